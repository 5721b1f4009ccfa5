// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace lp {

// What a backup file says of itself, in a table of its own (lp_backup_manifest: key, value):
// when it was taken, the schema and application versions, where from, the rows of every table
// and the audit trail's head. A restore checks the file against it before using it.
class BackupManifest
{
public:
    QDateTime createdAt;
    int schemaVersion = 0;
    QString applicationVersion;
    QString source;
    QMap<QString, qint64> rows;
    qint64 auditId = 0;
    QString auditHash;
    qint64 auditEntries = 0;

    QJsonObject toJson() const;

    // Writes the manifest into the backup (inside a transaction of `backup`).
    Status writeTo(Database& backup) const;
    // The backup's manifest; nothing when the file has none (not a backup).
    static Result<std::optional<BackupManifest>> readFrom(const Database& backup);
};

} // namespace lp
