// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditanchor.h"

#include "sqlitefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace lp {
namespace {

// The same database gets the same key whichever way its path was written.
QString keyOf(const DatabaseLocation& location)
{
    QString text;
    if (location.driver == DatabaseLocation::Driver::SQLite) {
        const QFileInfo info(location.path);
        const QString canonical = info.canonicalFilePath();
        text = QStringLiteral("sqlite:") + (canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    } else {
        text = QStringLiteral("postgresql:%1@%2:%3/%4")
                   .arg(location.user, location.host)
                   .arg(location.port)
                   .arg(location.databaseName);
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString anchorDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/LearningPartnerDesk/audit-anchors");
}

Result<QJsonObject> readJson(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject();
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("FILE_UNREADABLE"), {}, {path, f.errorString()}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("AUDIT_ANCHOR_UNREADABLE"), {}, {path}};
    return doc.object();
}

} // namespace

QJsonObject AuditAnchor::toJson() const
{
    return {{QStringLiteral("auditId"), auditId},   {QStringLiteral("auditHash"), auditHash},
            {QStringLiteral("entries"), entries},   {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("database"), database}, {QStringLiteral("backup"), backup}};
}

AuditAnchor AuditAnchor::fromJson(const QJsonObject& json)
{
    AuditAnchor a;
    a.auditId = json.value(QStringLiteral("auditId")).toInteger();
    a.auditHash = json.value(QStringLiteral("auditHash")).toString();
    a.entries = json.value(QStringLiteral("entries")).toInteger();
    a.at = QDateTime::fromString(json.value(QStringLiteral("at")).toString(), Qt::ISODate);
    a.database = json.value(QStringLiteral("database")).toString();
    a.backup = json.value(QStringLiteral("backup")).toString();
    return a;
}

QString AuditAnchor::fileFor(const DatabaseLocation& location)
{
    return anchorDir() + QLatin1Char('/') + keyOf(location) + QStringLiteral(".json");
}

Result<std::optional<AuditAnchor>> AuditAnchor::newest(const DatabaseLocation& location)
{
    auto json = readJson(fileFor(location));
    if (!json)
        return json.error();
    if (json->isEmpty())
        return std::optional<AuditAnchor>();
    return std::optional<AuditAnchor>(fromJson(json.value()));
}

Status AuditAnchor::record(const DatabaseLocation& location, const AuditAnchor& anchor,
                           const QString& backupDir)
{
    if (Status s = writeJson(fileFor(location), anchor.toJson()); !s)
        return s;
    if (backupDir.isEmpty())
        return {};
    // Next to the backups: the newest anchor of each database backed up in that folder.
    const QString shared = QDir(backupDir).filePath(QStringLiteral("audit-anchor.json"));
    auto json = readJson(shared);
    QJsonObject all = json ? json.value() : QJsonObject();
    all.insert(keyOf(location), anchor.toJson());
    return writeJson(shared, all);
}

Status AuditAnchor::writeJson(const QString& path, const QJsonObject& json)
{
    if (Status s = SqliteFile::makePrivateDirs(QFileInfo(path).absolutePath()); !s)
        return s;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("FILE_UNWRITABLE"), {}, {path, f.errorString()}};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error{QStringLiteral("FILE_UNWRITABLE"), {}, {path, f.errorString()}};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace lp
