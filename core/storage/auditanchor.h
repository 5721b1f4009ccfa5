// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "databaselocation.h"
#include "domain/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lp {

// The audit trail's head (the id and hash of its newest entry) written down outside the
// database, by every backup: so a trail cut after the backup (its newest entries removed and the
// head kept in lp_meta rewritten) no longer matches and is reported (AUDIT_TRUNCATED).
//
// Two files, both JSON, 0600, in folders 0700: one per database in the data directory shared by
// the GUI and the command line (<generic data>/LearningPartnerDesk/audit-anchors/<key>.json,
// where <key> is a hash of the database's location), which verification reads; and
// audit-anchor.json next to the backups, the newest anchor of each database backed up there.
class AuditAnchor
{
public:
    qint64 auditId = 0; // 0: the trail was empty
    QString auditHash;
    qint64 entries = 0;
    QDateTime at;
    QString database; // the location, for people (display(): never a password)
    QString backup;   // the backup file that recorded it

    QJsonObject toJson() const;
    static AuditAnchor fromJson(const QJsonObject& json);

    // The per-database anchor file of `location`.
    static QString fileFor(const DatabaseLocation& location);
    // The newest anchor of `location`, if any backup recorded one.
    static Result<std::optional<AuditAnchor>> newest(const DatabaseLocation& location);
    // Records `anchor` as the newest of `location`; also in <backupDir>/audit-anchor.json
    // when `backupDir` is given.
    static Status record(const DatabaseLocation& location, const AuditAnchor& anchor,
                         const QString& backupDir = {});

private:
    static Status writeJson(const QString& path, const QJsonObject& json);
};

} // namespace lp
