// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "backupmanifest.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lp {
namespace {

const QString kRowsPrefix = QStringLiteral("rows.");

} // namespace

QJsonObject BackupManifest::toJson() const
{
    QJsonObject counts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        counts.insert(it.key(), it.value());
    return {{QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("applicationVersion"), applicationVersion},
            {QStringLiteral("source"), source},
            {QStringLiteral("rows"), counts},
            {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("id"), auditId},
                                                      {QStringLiteral("hash"), auditHash},
                                                      {QStringLiteral("entries"), auditEntries}}}};
}

Status BackupManifest::writeTo(Database& backup) const
{
    if (Status s = backup.exec(QStringLiteral("CREATE TABLE lp_backup_manifest"
                                              " (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !s)
        return s;
    QList<std::pair<QString, QString>> values{
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schema_version"), QString::number(schemaVersion)},
        {QStringLiteral("application_version"), applicationVersion},
        {QStringLiteral("source"), source},
        {QStringLiteral("audit_head_id"), QString::number(auditId)},
        {QStringLiteral("audit_head_hash"), auditHash},
        {QStringLiteral("audit_entries"), QString::number(auditEntries)},
    };
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        values.append({kRowsPrefix + it.key(), QString::number(it.value())});
    QSqlQuery q(backup.connection());
    q.prepare(QStringLiteral("INSERT INTO lp_backup_manifest (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : values) {
        q.addBindValue(key);
        // A null QString binds as NULL: an empty trail's hash or an unset version is "".
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
        if (Status s = backup.exec(q); !s)
            return s;
    }
    return {};
}

Result<std::optional<BackupManifest>> BackupManifest::readFrom(const Database& backup)
{
    QSqlQuery q(backup.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name = 'lp_backup_manifest'")))
        return backup.queryError(q.lastError());
    if (!q.next())
        return std::optional<BackupManifest>();
    if (!q.exec(QStringLiteral("SELECT key, value FROM lp_backup_manifest")))
        return backup.queryError(q.lastError());
    BackupManifest m;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("created_at"))
            m.createdAt = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("schema_version"))
            m.schemaVersion = value.toInt();
        else if (key == QLatin1String("application_version"))
            m.applicationVersion = value;
        else if (key == QLatin1String("source"))
            m.source = value;
        else if (key == QLatin1String("audit_head_id"))
            m.auditId = value.toLongLong();
        else if (key == QLatin1String("audit_head_hash"))
            m.auditHash = value;
        else if (key == QLatin1String("audit_entries"))
            m.auditEntries = value.toLongLong();
        else if (key.startsWith(kRowsPrefix))
            m.rows.insert(key.mid(kRowsPrefix.size()), value.toLongLong());
    }
    return std::optional<BackupManifest>(m);
}

} // namespace lp
