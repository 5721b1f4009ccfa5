// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "io/icalendar.h"
#include "security/session.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// The partner's dates as a calendar: the anniversary and its renewal reminders
// (docs/rules.md#competency-renewal-reminders), the next KPI reports (docs/rules.md#monthly-kpi-report), the
// directory listing's batch week and visibility (docs/rules.md#listing-batch-and-visibility), Action Pack and
// membership expiries (and the Action Pack's 30-day renewal window), and the MCTs' end dates. Sentences in
// the user's language.
class CalendarService
{
public:
    static constexpr int kReminderDaysBefore = 15;
    static constexpr int kReminderDaysAfter = 23;
    static constexpr int kActionPackRenewalDays = 30;
    static constexpr int kReportsAhead = 12;

    explicit CalendarService(Database& db) : m_db(db) {}

    Result<QList<CalendarEvent>> events(const Session& session, qint64 partnerId, const QDate& today) const;
    Result<QByteArray> exportIcs(const Session& session, qint64 partnerId, const QDate& today,
                                 const QDateTime& stamp) const;

private:
    Database& m_db;
};

} // namespace lp
