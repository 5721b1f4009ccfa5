// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lp {

// An all-day event of an iCalendar file.
struct CalendarEvent
{
    QString uid; // stable, so re-imported calendars update rather than duplicate
    QDate start;
    QDate end; // inclusive; the same day for a one-day event
    QString summary;
    QString description;
    bool yearly = false;

    bool operator==(const CalendarEvent&) const = default;
};

// Writes RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets, TEXT values escaped,
// all-day events as DATE values with an exclusive DTEND.
class ICalendar
{
public:
    static QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                            const QString& calendarName);
    static QString escape(const QString& text);
};

} // namespace lp
