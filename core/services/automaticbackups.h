// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "backuppolicy.h"
#include "backupservice.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// The desktop application's own backups of its SQLite database (docs/architecture.md#backups):
// taken by BackupService as the local operator (Actor::desktop()) into one folder, 0700, files
// 0600; BackupPolicy decides when one is due and which to delete. A PostgreSQL database is the
// server's to back up (or `db backup`'s): nothing is done for it here.
class AutomaticBackups
{
public:
    enum class When {
        Start, // the first start of the day only
        Exit,  // every exit
    };
    struct Outcome
    {
        bool taken = false;
        QString file;       // the backup written
        QStringList pruned; // the older ones deleted
    };
    struct Found
    {
        QString file; // "" when none passes
        BackupManifest manifest;
        QStringList rejected; // newer files that failed the check, each with the reason
    };

    // `kept` 0: automatic backups are off.
    AutomaticBackups(QString folder, int kept);

    const QString& folder() const { return m_folder; }
    // The automatic backups of the database at `location` in the folder, newest first.
    QList<BackupPolicy::Backup> list(const QString& location) const;
    // Backs up `location` when the policy says so, then deletes the backups beyond the newest N.
    Result<Outcome> run(const QString& location, When when, const QDate& today = QDate::currentDate()) const;
    // The newest backup of `location` in the folder that passes BackupService::verify(), and
    // the newer ones that did not (with why).
    Found newestGood(const QString& location) const;

    // The name backups of `location` start with (its file name without the extension).
    static QString baseName(const QString& location);

private:
    QString m_folder;
    int m_kept;
};

} // namespace lp
