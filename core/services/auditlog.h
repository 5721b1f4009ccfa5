// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>

namespace lp {

// Who made a change, for the audit trail: a signed-in user, or the local operator (the command
// line, or the desktop application on its own).
struct Actor
{
    QString name;
    QString role;

    static Actor of(const Session& session) { return {session.userName(), toString(session.role())}; }
    static Actor commandLine();
    // The desktop application acting on its own database for the person running it (automatic
    // backups, restoring a damaged file at start-up): like the command line, the local operator.
    static Actor desktop();
};

// Appends one entry to the audit trail; call it inside the transaction of the change.
class AuditLog
{
public:
    static Status record(Database& db, const Actor& actor, const QString& action, const QString& entity,
                         const QString& entityId, qint64 partnerId, const QJsonObject& before,
                         const QJsonObject& after);
};

} // namespace lp
