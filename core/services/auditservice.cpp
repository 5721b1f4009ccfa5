// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditservice.h"

#include "security/authorizer.h"

namespace lp {

Result<QList<AuditEntry>> AuditService::entries(const Session& session, qint64 partnerId, int limit) const
{
    if (Status s = Authorizer::check(session, Permission::ViewAudit); !s)
        return s.error();
    return AuditRepository(m_db).list(partnerId, limit);
}

Result<QList<AuditEntry>> AuditService::entries(const Session& session, const AuditFilter& filter) const
{
    if (Status s = Authorizer::check(session, Permission::ViewAudit); !s)
        return s.error();
    return AuditRepository(m_db).search(filter);
}

Result<QList<AuditPerson>> AuditService::people(const Session& session) const
{
    if (Status s = Authorizer::check(session, Permission::ViewAudit); !s)
        return s.error();
    return AuditRepository(m_db).people();
}

Result<AuditRepository::Verification> AuditService::verify(const Session& session) const
{
    if (Status s = Authorizer::check(session, Permission::ViewAudit); !s)
        return s.error();
    return AuditRepository(m_db).verify();
}

Result<AuditRepository::Verification> AuditService::verify(const Actor& actor) const
{
    Q_UNUSED(actor); // the operator of the command line: no session to check
    return AuditRepository(m_db).verify();
}

} // namespace lp
