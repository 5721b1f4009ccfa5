// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "kpisummaryrepository.h"
#include "migrations.h"

namespace lp {

// Version 8: the KPI summary (docs/architecture.md#the-kpi-summary). The purchases summed per
// partner, day, document type and competency, kept by every write of purchases in its own
// transaction, so the dashboard, the wizard and every decision read a few hundred rows whatever
// the ledger's size. The revenue is summed in two parts (whole thousand millions of cents and the
// rest), each far from any 64-bit limit, so no day's sum can fail to be written: a sum too wide
// for a 64-bit total is found when it is read (TOTAL_OUT_OF_RANGE, docs/rules.md#input-bounds).
// The table is filled from the purchases already stored, in the migration's transaction.
Migration Migrations::kpiSummary()
{
    return {
        8,
        QStringLiteral("the KPI summary: purchases summed per partner, day, document type and competency"),
        {
            QStringLiteral("CREATE TABLE kpi_daily ("
                           " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                           " day TEXT NOT NULL,"
                           " document_type TEXT NOT NULL,"
                           " competency TEXT NOT NULL,"
                           " kpi_value {REAL} NOT NULL,"
                           " lines {INT64} NOT NULL CHECK (lines >= 1),"
                           " units {INT64} NOT NULL,"
                           " revenue_high {INT64} NOT NULL,"
                           " revenue_low {INT64} NOT NULL,"
                           " PRIMARY KEY (partner_id, day, document_type, competency))"),
        },
        {},
        {},
        &KpiSummaryRepository::rebuildAll};
}

} // namespace lp
