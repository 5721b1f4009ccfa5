#pragma once

#include "auditlog.h"
#include "domain/membership.h"
#include "domain/partner.h"
#include "security/session.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>

namespace lp {

// Partners: creation (first run, command line), reading, and the partner profile.
class PartnerService
{
public:
    explicit PartnerService(Database& db) : m_db(db) {}

    // Field-level validation of a partner (MPN ID, name, country, anniversary).
    static Status validate(const Partner& partner);
    static QJsonObject toJson(const Partner& partner);

    // Adds a partner as `actor` (the command line, or first-run set-up), audited.
    Result<Partner> add(const Actor& actor, Partner partner);
    Result<Partner> get(const Session& session, qint64 partnerId) const;
    Result<QList<Partner>> list(const Session& session) const;
    Result<QList<Membership>> memberships(const Session& session, qint64 partnerId) const;

private:
    Database& m_db;
};

} // namespace lp
