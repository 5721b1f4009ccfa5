// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "security/session.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

namespace lp {

// What a reminder is about (docs/architecture.md#reminders-and-getting-started).
enum class NoticeKind {
    RenewalAhead, // 15 days before the anniversary, until it (docs/rules.md#competency-renewal-reminders)
    RenewalPast,  // 23 days after the anniversary, for kRenewalPastDays
    ActionPackRenewal, // the Action Pack has expired and its renewal window is open
                       // (docs/rules.md#action-pack-renewal)
    TrainerEnding,     // an MCT's validity ends within 60 days (docs/rules.md#expiring-trainers)
    CaseAnswered,      // support resolved one of the partner's cases
    CaseFiled,         // support: an open case in the queue
};

// Where a reminder is acted on; the main window opens it.
enum class NoticePlace { Overview, Enrollment, People, Cases, CaseQueue };

// One reminder that is due, with what its sentence needs and the account's state of it.
struct Notice
{
    QString key; // stable: the same reminder has the same key on every check
    NoticeKind kind = NoticeKind::RenewalAhead;
    NoticePlace place = NoticePlace::Overview;
    QDate date; // the day it concerns: the anniversary, the end of a window or of an MCT, the case's date
    QString subject;        // the trainer's name, the case's invoice number
    QString reference;      // the trainer's MCT ID, the case's partner (support)
    qint64 caseId = 0;      // CaseAnswered, CaseFiled
    bool announced = false; // already announced on the desktop to this account
    bool read = false;      // already seen in the list by this account

    bool isNew() const { return !read; }
    bool operator==(const Notice&) const = default;
};

// Which reminders are due for the signed-in account on a day, and what the account has already been told
// of them. Partner roles: the renewal reminders and the Action Pack renewal window of their partner, its
// MCTs ending within 60 days, its cases support has answered (for kCaseAnsweredDays, or until read).
// Support: every open case in the queue. Nothing here sends anything: the desktop shows and announces.
class NotificationService
{
public:
    static constexpr int kRenewalPastDays = 30;  // how long the reminder after the anniversary stays listed
    static constexpr int kCaseAnsweredDays = 30; // how long an answered case stays listed once read
    static constexpr int kCheckIntervalMinutes = 5; // how often the desktop checks again while open

    explicit NotificationService(Database& db) : m_db(db) {}

    // The reminders due on `today`, new ones first, then by date.
    Result<QList<Notice>> due(const Session& session, const QDate& today) const;
    // Records that these reminders were announced on the desktop, or read in the list, by the account.
    Status markAnnounced(const Session& session, const QStringList& keys, const QDateTime& at);
    Status markRead(const Session& session, const QStringList& keys, const QDateTime& at);

private:
    Status mark(const Session& session, const QString& prefix, const QStringList& keys, const QDateTime& at);
    Result<QList<Notice>> partnerNotices(const Session& session, const QDate& today,
                                         const QSet<QString>& read) const;
    Result<QList<Notice>> supportNotices(const Session& session, const QDate& today) const;

    Database& m_db;
};

} // namespace lp
