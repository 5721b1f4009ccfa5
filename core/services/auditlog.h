#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>

namespace lp {

// Who made a change, for the audit trail: a signed-in user, or the command-line operator.
struct Actor
{
    QString name;
    QString role;

    static Actor of(const Session& session) { return {session.userName(), toString(session.role())}; }
    static Actor commandLine();
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
