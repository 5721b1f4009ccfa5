// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditfilter.h"
#include "domain/auditentry.h"
#include "repository.h"

#include <QList>

namespace lp {

// The append-only audit trail. Each entry's hash is SHA-256 over the previous entry's
// hash and this entry's content, so any edited, removed or reordered entry is detected.
class AuditRepository : public Repository
{
public:
    using Repository::Repository;

    // Appends `entry` (its id, prevHash and hash are filled in); must run inside the
    // transaction of the change it records.
    Result<AuditEntry> append(AuditEntry entry);
    Result<QList<AuditEntry>> list(qint64 partnerId = 0, int limit = 1000) const;
    // The entries the filter matches, newest first (the filter applied in SQL).
    Result<QList<AuditEntry>> search(const AuditFilter& filter) const;
    // Everyone who appears in the trail, by name.
    Result<QList<AuditPerson>> people() const;

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadId = 0;  // the first entry whose chain does not hold
        Error problem;          // AUDIT_ENTRY_MISSING, AUDIT_ENTRY_OUT_OF_ORDER, AUDIT_ENTRY_CHANGED,
                                // AUDIT_ENTRIES_REMOVED, AUDIT_TRUNCATED, AUDIT_ANCHOR_MISMATCH
        qint64 anchoredId = -1; // the newest anchor's entry (AuditAnchor), -1 without one
    };
    // Checks the chain, the head kept in lp_meta, and the newest anchor outside the database:
    // the trail must still hold the anchored entry, with the anchored hash.
    Result<Verification> verify() const;

    // The newest entry's id and hash (0 and empty for an empty trail), and how many entries.
    struct Head
    {
        qint64 id = 0;
        QString hash;
        qint64 entries = 0;
    };
    Result<Head> head() const;

    static QByteArray computeHash(const AuditEntry& entry);

private:
    Result<AuditEntry> appendInTransaction(AuditEntry entry);
};

} // namespace lp
