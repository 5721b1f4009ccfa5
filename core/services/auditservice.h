// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/auditentry.h"
#include "security/session.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// Reading and verifying the audit trail: Partner Frontline Support only.
class AuditService
{
public:
    explicit AuditService(Database& db) : m_db(db) {}

    // The newest entries first; `partnerId` 0 for every partner.
    Result<QList<AuditEntry>> entries(const Session& session, qint64 partnerId = 0, int limit = 1000) const;
    // The entries the filter matches, newest first.
    Result<QList<AuditEntry>> entries(const Session& session, const AuditFilter& filter) const;
    // Everyone who appears in the trail (for the filter by person).
    Result<QList<AuditPerson>> people(const Session& session) const;
    Result<AuditRepository::Verification> verify(const Session& session) const;
    // The same for the command-line operator, who holds the database itself.
    Result<AuditRepository::Verification> verify(const Actor& actor) const;

private:
    Database& m_db;
};

} // namespace lp
