// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/error.h"
#include "security/permission.h"
#include "security/session.h"
#include "storage/auditrepository.h"
#include "storage/backupmanifest.h"
#include "storage/database.h"

#include <QString>

#include <optional>

namespace lp {

// Backups, restores and copies of whole databases. One backup format: a Learning Partner Desk
// SQLite file with our schema and a manifest (BackupManifest), written 0600 in folders 0700,
// under its final name only once complete.
//  - backup: from SQLite, VACUUM INTO (others keep working); from PostgreSQL, the rows read in
//    one REPEATABLE READ transaction into a new file made by our migrations. The audit head goes
//    into the manifest and into the anchors (AuditAnchor), so a trail cut later is reported.
//  - restore: the backup is verified first (integrity, schema, rows and audit head against the
//    manifest, the chain); the target is backed up next to itself (a damaged SQLite file is set
//    aside as it was); then its content is replaced in one transaction, with an audit entry.
//  - copy: a whole database to another (SQLite to PostgreSQL and back) that holds no data yet.
// Who may (docs/accounts.md#backups): the command-line operator and the desktop application on
// its own (automatic backups, the offer to restore a damaged file) always; a signed-in user as
// Permission::BackUpDatabase and Permission::RestoreDatabase say, and a partner role only on a
// SQLite database (a shared PostgreSQL database holds other partners' data).
class BackupService
{
public:
    struct Options
    {
        qint64 waitMs = -1; // how long a write waits for a busy database; -1: Database's default
        Database::WaitObserver waiting;
    };

    struct BackupReport
    {
        QString file;
        QString database;
        BackupManifest manifest;
        bool auditIntact = true;
        QString anchorFile;
        qint64 elapsedMs = 0;
    };
    struct RestoreReport
    {
        QString database;
        QString backup;
        BackupManifest manifest;
        QString safetyBackup; // the target as it was, backed up first ("" when it held nothing)
        QString setAside;     // a damaged target file, moved aside as it was
        AuditRepository::Head head;
        qint64 elapsedMs = 0;
    };
    struct CopyReport
    {
        QString from;
        QString to;
        QMap<QString, qint64> rows;
        AuditRepository::Head head;
        qint64 elapsedMs = 0;
    };

    explicit BackupService(Actor actor);
    BackupService(Actor actor, Options options);
    // A signed-in user: the session's role is checked (Authorizer) before anything is read.
    explicit BackupService(const Session& session);
    BackupService(const Session& session, Options options);

    // `file`: the backup to write (must not exist), or a folder to write a timestamped one in.
    Result<BackupReport> backup(const QString& source, const QString& file) const;
    Result<RestoreReport> restore(const QString& target, const QString& file) const;
    Result<CopyReport> copy(const QString& from, const QString& to) const;
    // Checks a backup file; its manifest when sound, else BACKUP_INVALID (or the reason it cannot be read).
    Result<BackupManifest> verify(const QString& file) const;

private:
    Status allowed(Permission permission, const QString& location) const;
    Result<std::unique_ptr<Database>> open(const QString& location, Database::Options options) const;
    Result<BackupReport> backupOpen(const Database& source, const QString& file) const;

    Actor m_actor;
    Options m_options;
    std::optional<Session> m_session;
};

} // namespace lp
