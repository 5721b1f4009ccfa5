// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "migrations.h"

namespace lp {

// Version 11: what PostgreSQL's planner needs to know of the ledger's text filters
// (docs/architecture.md#the-ledger-at-a-million-rows). The OMLP type and the competency are matched
// as lower(...) LIKE '%text%'; without statistics on lower(...) the planner guesses that almost no row
// matches, and reads a view that matches every row (a million "Official courseware") by scanning the
// whole table and sorting it instead of reading the ledger's index in its order until the page is full
// (1 s against 1 ms). Statistics on the two expressions (gathered by ANALYZE and autovacuum, nothing
// at write time) let it choose. SQLite has no such planner input and nothing to change.
Migration Migrations::ledgerTextStatistics()
{
    return {
        11,
        QStringLiteral("statistics on the ledger's text filters (PostgreSQL)"),
        {},
        {},
        {
            QStringLiteral(
                "CREATE STATISTICS purchases_omlp_type_lower ON (lower(omlp_type)) FROM purchases"),
            QStringLiteral(
                "CREATE STATISTICS purchases_competency_lower ON (lower(competency)) FROM purchases"),
            QStringLiteral("ANALYZE purchases"),
        },
        nullptr,
    };
}

} // namespace lp
