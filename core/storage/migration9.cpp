// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "migrations.h"

namespace lp {

// Version 9: the ledger's index. Every view of the KPI ledger
// (docs/architecture.md#the-ledger-at-a-million-rows) reads one partner's purchases newest first (invoice
// date, then id) and filters them on the date, the document type, the OMLP type and the competency. The index
// that replaces the date index of version 1 holds all of those, in that order: a page is read from it in its
// order, and a count or a filter on any of those columns is decided in the index alone, never reading the
// rows it does not show. Versions 8 and others are other changes'; a database goes from 7 to 9
// where 8 is not in the list.
Migration Migrations::ledgerIndex()
{
    return {
        9,
        QStringLiteral("the ledger's index: date, id and the filtered columns"),
        {
            QStringLiteral("CREATE INDEX purchases_ledger ON purchases"
                           " (partner_id, invoice_date, id, document_type, omlp_type, competency)"),
            QStringLiteral("DROP INDEX purchases_partner_date"),
        },
        {},
        {},
    };
}

} // namespace lp
