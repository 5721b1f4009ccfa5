// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditlog.h"

#include "storage/auditrepository.h"

#include <QJsonDocument>

namespace lp {

namespace {

QString localUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

} // namespace

Actor Actor::commandLine()
{
    return {QStringLiteral("cli:") + localUser(), QStringLiteral("operator")};
}

Actor Actor::desktop()
{
    return {QStringLiteral("desk:") + localUser(), QStringLiteral("operator")};
}

Status AuditLog::record(Database& db, const Actor& actor, const QString& action, const QString& entity,
                        const QString& entityId, qint64 partnerId, const QJsonObject& before,
                        const QJsonObject& after)
{
    AuditEntry e;
    e.userName = actor.name;
    e.role = actor.role;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.partnerId = partnerId;
    e.before = before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact);
    e.after = after.isEmpty() ? QByteArray() : QJsonDocument(after).toJson(QJsonDocument::Compact);
    auto appended = AuditRepository(db).append(e);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace lp
