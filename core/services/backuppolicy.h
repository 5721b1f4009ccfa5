// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// When the desktop application backs up on its own, and which of its backups it keeps
// (docs/architecture.md#backups): one at the first start of each day and one at every exit, into
// the folder of the preferences, as <database>-<yyyyMMdd-HHmmss>[-n].sqlite (the time in UTC, as
// BackupService names a backup written into a folder); the newest N are kept. Pure decisions on
// file names and dates, so they are tested without a clock or a disk.
class BackupPolicy
{
public:
    static constexpr int kDefaultKept = 7;
    static constexpr int kMaximumKept = 365;

    struct Backup
    {
        QString fileName;
        QDateTime takenAt; // UTC
        bool operator==(const Backup&) const = default;
    };

    // When `fileName` names a backup of the database called `base`: the time it was taken.
    static std::optional<QDateTime> takenAt(const QString& fileName, const QString& base);
    // The backups of `base` among `fileNames` (others are ignored), newest first.
    static QList<Backup> select(const QStringList& fileNames, const QString& base);
    // At start-up: due when none of `backups` was taken on `today` (a local date).
    static bool dueAtStart(const QList<Backup>& backups, const QDate& today);
    // The backups to delete so that the newest `kept` remain (`backups` newest first); with
    // `kept` 0 (automatic backups off) none is deleted.
    static QList<Backup> toPrune(const QList<Backup>& backups, int kept);
};

} // namespace lp
