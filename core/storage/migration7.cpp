// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "migrations.h"

namespace lp {

// Version 7: a partner withdraws what it asked for (docs/rules.md#withdrawing-a-request), and a
// case carries the partner's own description. Version 6 is another change's (rule sets); a
// database goes from 5 to 7 where 6 is not in the list.
//
// The new 'withdrawn' state does not pass version 2's status CHECKs. PostgreSQL replaces them by
// name. SQLite cannot change a CHECK in place, so both tables are rebuilt (as in version 3) with
// the same columns, rows, ids and sequence. case_evidence refers to discrepancy_cases: dropping
// the old cases table while foreign keys are on would delete the evidence with it (ON DELETE
// CASCADE), so the evidence moves first to a table that refers to the new one, which SQLite
// renames along with it.
Migration Migrations::withdrawals()
{
    return {
        7,
        QStringLiteral("withdrawn cases and listing requests, the case's description"),
        {
            QStringLiteral("ALTER TABLE discrepancy_cases ADD COLUMN description TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE listing_requests ADD COLUMN withdrawn_by TEXT"),
            QStringLiteral("ALTER TABLE listing_requests ADD COLUMN withdrawn_at TEXT"),
            QStringLiteral("ALTER TABLE listing_requests ADD COLUMN withdrawal_reason TEXT"),
        },
        {
            QStringLiteral(
                "CREATE TABLE discrepancy_cases_v7 ("
                " id {ID},"
                " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                " month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
                " year INTEGER NOT NULL,"
                " omlp_type TEXT NOT NULL,"
                " purchase_unit INTEGER NOT NULL CHECK (purchase_unit >= 1),"
                " invoice_number TEXT NOT NULL,"
                " kpi_value {REAL} NOT NULL CHECK (kpi_value >= 0),"
                " revenue_cents {INT64} NOT NULL CHECK (revenue_cents >= 0),"
                " currency TEXT NOT NULL DEFAULT '',"
                " evidence_type TEXT NOT NULL DEFAULT 'invoice',"
                " triage TEXT NOT NULL,"
                " status TEXT NOT NULL CHECK (status = 'open' OR status = 'corrected' OR status = 'rejected'"
                "  OR status = 'withdrawn'),"
                " filed_by TEXT NOT NULL,"
                " filed_at TEXT NOT NULL,"
                " resolved_by TEXT,"
                " resolved_at TEXT,"
                " resolution_note TEXT,"
                " triage_fields TEXT NOT NULL DEFAULT '',"
                " resolution_triage TEXT NOT NULL DEFAULT '',"
                " resolution_triage_fields TEXT NOT NULL DEFAULT '',"
                " description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq)"
                           " SELECT 'discrepancy_cases_v7', seq FROM sqlite_sequence"
                           " WHERE name = 'discrepancy_cases'"),
            QStringLiteral(
                "INSERT INTO discrepancy_cases_v7 (id, partner_id, month, year, omlp_type, purchase_unit,"
                " invoice_number, kpi_value, revenue_cents, currency, evidence_type, triage, status, "
                "filed_by,"
                " filed_at, resolved_by, resolved_at, resolution_note, triage_fields, resolution_triage,"
                " resolution_triage_fields, description)"
                " SELECT id, partner_id, month, year, omlp_type, purchase_unit, invoice_number, kpi_value,"
                " revenue_cents, currency, evidence_type, triage, status, filed_by, filed_at, resolved_by,"
                " resolved_at, resolution_note, triage_fields, resolution_triage, resolution_triage_fields,"
                " description FROM discrepancy_cases ORDER BY id"),
            QStringLiteral(
                "CREATE TABLE case_evidence_v7 ("
                " case_id {INT64} PRIMARY KEY REFERENCES discrepancy_cases_v7(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " mime_type TEXT NOT NULL,"
                " sha256 TEXT NOT NULL,"
                " data {BLOB} NOT NULL)"),
            QStringLiteral(
                "INSERT INTO case_evidence_v7 (case_id, name, mime_type, sha256, data)"
                " SELECT case_id, name, mime_type, sha256, data FROM case_evidence ORDER BY case_id"),
            QStringLiteral("DROP TABLE case_evidence"),
            QStringLiteral("DROP TABLE discrepancy_cases"),
            QStringLiteral("ALTER TABLE discrepancy_cases_v7 RENAME TO discrepancy_cases"),
            QStringLiteral("ALTER TABLE case_evidence_v7 RENAME TO case_evidence"),
            QStringLiteral("CREATE INDEX discrepancy_cases_status ON discrepancy_cases (status, filed_at)"),
            QStringLiteral(
                "CREATE INDEX discrepancy_cases_partner ON discrepancy_cases (partner_id, filed_at)"),

            QStringLiteral("CREATE TABLE listing_requests_v7 ("
                           " id {ID},"
                           " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                           " display_name TEXT NOT NULL,"
                           " country TEXT NOT NULL,"
                           " landing_url TEXT NOT NULL,"
                           " about_partner_only INTEGER NOT NULL DEFAULT 0,"
                           " no_competitors INTEGER NOT NULL DEFAULT 0,"
                           " owned_by_partner INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL CHECK (status = 'draft' OR status = 'queued'"
                           "  OR status = 'sentInBatch' OR status = 'visible' OR status = 'withdrawn'),"
                           " received_on TEXT,"
                           " batch_month TEXT,"
                           " sent_on TEXT,"
                           " visible_on TEXT,"
                           " withdrawn_by TEXT,"
                           " withdrawn_at TEXT,"
                           " withdrawal_reason TEXT)"),
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq)"
                           " SELECT 'listing_requests_v7', seq FROM sqlite_sequence"
                           " WHERE name = 'listing_requests'"),
            QStringLiteral(
                "INSERT INTO listing_requests_v7 (id, partner_id, display_name, country, landing_url,"
                " about_partner_only, no_competitors, owned_by_partner, status, received_on, batch_month,"
                " sent_on, visible_on, withdrawn_by, withdrawn_at, withdrawal_reason)"
                " SELECT id, partner_id, display_name, country, landing_url, about_partner_only,"
                " no_competitors, owned_by_partner, status, received_on, batch_month, sent_on, visible_on,"
                " withdrawn_by, withdrawn_at, withdrawal_reason FROM listing_requests ORDER BY id"),
            QStringLiteral("DROP TABLE listing_requests"),
            QStringLiteral("ALTER TABLE listing_requests_v7 RENAME TO listing_requests"),
        },
        {
            // The names PostgreSQL gave version 2's column checks: <table>_<column>_check.
            QStringLiteral("ALTER TABLE discrepancy_cases DROP CONSTRAINT discrepancy_cases_status_check"),
            QStringLiteral("ALTER TABLE discrepancy_cases ADD CONSTRAINT discrepancy_cases_status_check"
                           " CHECK (status IN ('open', 'corrected', 'rejected', 'withdrawn'))"),
            QStringLiteral("ALTER TABLE listing_requests DROP CONSTRAINT listing_requests_status_check"),
            QStringLiteral("ALTER TABLE listing_requests ADD CONSTRAINT listing_requests_status_check"
                           " CHECK (status IN ('draft', 'queued', 'sentInBatch', 'visible', 'withdrawn'))"),
        },
    };
}

} // namespace lp
