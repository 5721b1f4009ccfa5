// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "migrations.h"

#include "rulesetrepository.h"

namespace lp {
namespace {

QList<Migration> build()
{
    QList<Migration> list;

    // Version 1: the partner, its people and its purchases, and the accounts.
    list.append(
        {1,
         QStringLiteral("partners, memberships, trainers, exam passes, purchases, users"),
         {
             QStringLiteral("CREATE TABLE lp_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE partners ("
                            " id {ID},"
                            " mpn_id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " country TEXT NOT NULL CHECK (length(country) = 2),"
                            " anniversary TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE memberships ("
                            " id {ID},"
                            " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " type TEXT NOT NULL CHECK (type IN ('actionPack', 'silver', 'gold')),"
                            " competency TEXT NOT NULL DEFAULT '',"
                            " learning INTEGER NOT NULL DEFAULT 1 CHECK (learning IN (0, 1)),"
                            " valid_from TEXT NOT NULL,"
                            " valid_to TEXT NOT NULL,"
                            " CHECK (valid_from <= valid_to),"
                            " CHECK ((type = 'actionPack') = (competency = '')))"),
             QStringLiteral("CREATE INDEX memberships_partner ON memberships (partner_id)"),
             QStringLiteral("CREATE TABLE trainers ("
                            " id {ID},"
                            " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " mct_id TEXT NOT NULL,"
                            " valid_from TEXT,"
                            " valid_to TEXT NOT NULL,"
                            " UNIQUE (partner_id, mct_id))"),
             QStringLiteral("CREATE TABLE exam_passes ("
                            " id {ID},"
                            " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " person TEXT NOT NULL,"
                            " exam TEXT NOT NULL,"
                            " passed_on TEXT NOT NULL,"
                            " competency TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX exam_passes_partner ON exam_passes (partner_id)"),
             QStringLiteral("CREATE TABLE purchases ("
                            " id {ID},"
                            " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " invoice TEXT NOT NULL,"
                            " line INTEGER NOT NULL CHECK (line >= 1),"
                            " document_type TEXT NOT NULL"
                            "  CHECK (document_type IN ('invoice', 'orderConfirmation', 'partnerReport')),"
                            " invoice_date TEXT NOT NULL,"
                            " omlp_type TEXT NOT NULL,"
                            " units INTEGER NOT NULL CHECK (units >= 1),"
                            " kpi_value {REAL} NOT NULL CHECK (kpi_value >= 0),"
                            " revenue_cents {INT64} NOT NULL CHECK (revenue_cents >= 0),"
                            " currency TEXT NOT NULL DEFAULT '',"
                            " competency TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (partner_id, invoice, line))"),
             QStringLiteral("CREATE INDEX purchases_partner_date ON purchases (partner_id, invoice_date)"),
             QStringLiteral(
                 "CREATE TABLE users ("
                 " id {ID},"
                 " name TEXT NOT NULL UNIQUE,"
                 " role TEXT NOT NULL"
                 "  CHECK (role IN ('partnerAdmin', 'accountAdmin', 'frontlineSupport', 'viewer')),"
                 " partner_id {INT64} REFERENCES partners(id) ON DELETE CASCADE,"
                 " password_hash TEXT NOT NULL,"
                 " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                 " created_at TEXT NOT NULL,"
                 " CHECK ((role = 'frontlineSupport') = (partner_id IS NULL)))"),
         }});

    // Version 2: what users do with it: enrollments (with drafts), KPI discrepancy cases
    // and their evidence, directory listing requests, and the chained audit trail.
    list.append(
        {2,
         QStringLiteral("enrollments, discrepancy cases, listing requests, audit trail"),
         {
             QStringLiteral(
                 "CREATE TABLE enrollments ("
                 " id {ID},"
                 " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                 " path TEXT NOT NULL CHECK (path IN ('actionPack', 'silver', 'gold')),"
                 " competency TEXT NOT NULL DEFAULT '',"
                 " kind TEXT NOT NULL CHECK (kind IN ('enroll', 'renew')),"
                 " status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'active', 'withdrawn')),"
                 " answers TEXT NOT NULL DEFAULT '{}',"
                 " rule_set_id TEXT NOT NULL DEFAULT '',"
                 " evaluated_on TEXT,"
                 " subscription_on TEXT,"
                 " profile_requested_on TEXT,"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL,"
                 " submitted_at TEXT,"
                 " CHECK ((path = 'actionPack') = (competency = '')))"),
             // One open draft per partner, path and competency.
             QStringLiteral("CREATE UNIQUE INDEX enrollments_one_draft"
                            " ON enrollments (partner_id, path, competency) WHERE status = 'draft'"),
             QStringLiteral("CREATE TABLE discrepancy_cases ("
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
                            " status TEXT NOT NULL CHECK (status IN ('open', 'corrected', 'rejected')),"
                            " filed_by TEXT NOT NULL,"
                            " filed_at TEXT NOT NULL,"
                            " resolved_by TEXT,"
                            " resolved_at TEXT,"
                            " resolution_note TEXT)"),
             QStringLiteral("CREATE INDEX discrepancy_cases_status ON discrepancy_cases (status, filed_at)"),
             QStringLiteral("CREATE TABLE case_evidence ("
                            " case_id {INT64} PRIMARY KEY REFERENCES discrepancy_cases(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " mime_type TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " data {BLOB} NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE listing_requests ("
                 " id {ID},"
                 " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                 " display_name TEXT NOT NULL,"
                 " country TEXT NOT NULL,"
                 " landing_url TEXT NOT NULL,"
                 " about_partner_only INTEGER NOT NULL DEFAULT 0,"
                 " no_competitors INTEGER NOT NULL DEFAULT 0,"
                 " owned_by_partner INTEGER NOT NULL DEFAULT 0,"
                 " status TEXT NOT NULL CHECK (status IN ('draft', 'queued', 'sentInBatch', 'visible')),"
                 " received_on TEXT,"
                 " batch_month TEXT,"
                 " sent_on TEXT,"
                 " visible_on TEXT)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id {ID},"
                            " at TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " role TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id TEXT NOT NULL,"
                            " partner_id {INT64},"
                            " before_json TEXT NOT NULL DEFAULT '',"
                            " after_json TEXT NOT NULL DEFAULT '',"
                            " prev_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL UNIQUE)"),
         }});

    // Version 3: on SQLite, the purchases' document type is checked with comparisons instead of
    // IN: SQLite evaluates `IN` with three or more constants through a temporary b-tree that it
    // builds afresh for every row inserted, a third of a million-row import's time. SQLite cannot
    // change a CHECK in place, so the table is rebuilt (sqlite.org/lang_altertable.html, "other
    // kinds of table schema changes"): same columns, rows, ids and AUTOINCREMENT sequence; nothing
    // refers to purchases. PostgreSQL evaluates IN as = ANY (array): nothing to do there.
    list.append(
        {3,
         QStringLiteral("purchases: the document type checked without IN (SQLite)"),
         {},
         {
             QStringLiteral("CREATE TABLE purchases_v3 ("
                            " id {ID},"
                            " partner_id {INT64} NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " invoice TEXT NOT NULL,"
                            " line INTEGER NOT NULL CHECK (line >= 1),"
                            " document_type TEXT NOT NULL CHECK (document_type = 'invoice'"
                            "  OR document_type = 'orderConfirmation' OR document_type = 'partnerReport'),"
                            " invoice_date TEXT NOT NULL,"
                            " omlp_type TEXT NOT NULL,"
                            " units INTEGER NOT NULL CHECK (units >= 1),"
                            " kpi_value {REAL} NOT NULL CHECK (kpi_value >= 0),"
                            " revenue_cents {INT64} NOT NULL CHECK (revenue_cents >= 0),"
                            " currency TEXT NOT NULL DEFAULT '',"
                            " competency TEXT NOT NULL DEFAULT '',"
                            " UNIQUE (partner_id, invoice, line))"),
             // Ids are never given twice, not even those of rows deleted before.
             QStringLiteral("INSERT INTO sqlite_sequence (name, seq)"
                            " SELECT 'purchases_v3', seq FROM sqlite_sequence WHERE name = 'purchases'"),
             QStringLiteral(
                 "INSERT INTO purchases_v3 (id, partner_id, invoice, line, document_type, invoice_date,"
                 " omlp_type, units, kpi_value, revenue_cents, currency, competency)"
                 " SELECT id, partner_id, invoice, line, document_type, invoice_date, omlp_type, units,"
                 " kpi_value, revenue_cents, currency, competency FROM purchases ORDER BY id"),
             QStringLiteral("DROP TABLE purchases"),
             QStringLiteral("ALTER TABLE purchases_v3 RENAME TO purchases"),
             QStringLiteral("CREATE INDEX purchases_partner_date ON purchases (partner_id, invoice_date)"),
         }});
    // Version 4: accounts the organization runs itself. Sign-in throttling shared by every
    // workstation of one database (the count of failures, the lock), the last sign-in, the
    // one-time password that must be changed, and the support lead role (a support account
    // that manages support accounts; it belongs to no partner, like frontline support).
    // The role checks are column and table CHECKs of version 1: PostgreSQL replaces them by
    // name; SQLite cannot, so its users table is rebuilt with the same rows, ids and sequence
    // (nothing refers to users: the audit trail names users by name).
    list.append(
        {4,
         QStringLiteral("users: sign-in throttling, password state, the support lead role"),
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE users ADD COLUMN last_failed_at TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN locked_until TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN last_sign_in_at TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"
                            " CHECK (must_change_password IN (0, 1))"),
         },
         {
             QStringLiteral(
                 "CREATE TABLE users_v4 ("
                 " id {ID},"
                 " name TEXT NOT NULL UNIQUE,"
                 " role TEXT NOT NULL CHECK (role = 'partnerAdmin' OR role = 'accountAdmin'"
                 "  OR role = 'frontlineSupport' OR role = 'viewer' OR role = 'supportLead'),"
                 " partner_id {INT64} REFERENCES partners(id) ON DELETE CASCADE,"
                 " password_hash TEXT NOT NULL,"
                 " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                 " created_at TEXT NOT NULL,"
                 " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                 " last_failed_at TEXT,"
                 " locked_until TEXT,"
                 " last_sign_in_at TEXT,"
                 " must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),"
                 " CHECK ((role = 'frontlineSupport' OR role = 'supportLead') = (partner_id IS NULL)))"),
             QStringLiteral("INSERT INTO sqlite_sequence (name, seq)"
                            " SELECT 'users_v4', seq FROM sqlite_sequence WHERE name = 'users'"),
             QStringLiteral(
                 "INSERT INTO users_v4 (id, name, role, partner_id, password_hash, disabled, created_at,"
                 " failed_attempts, last_failed_at, locked_until, last_sign_in_at,"
                 " must_change_password)"
                 " SELECT id, name, role, partner_id, password_hash, disabled, created_at,"
                 " failed_attempts, last_failed_at, locked_until, last_sign_in_at,"
                 " must_change_password FROM users ORDER BY id"),
             QStringLiteral("DROP TABLE users"),
             QStringLiteral("ALTER TABLE users_v4 RENAME TO users"),
         },
         {
             // The names PostgreSQL gave version 1's unnamed checks: <table>_<column>_check for
             // a check on one column, <table>_check for one on several.
             QStringLiteral("ALTER TABLE users DROP CONSTRAINT users_role_check"),
             QStringLiteral("ALTER TABLE users DROP CONSTRAINT users_check"),
             QStringLiteral(
                 "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN"
                 " ('partnerAdmin', 'accountAdmin', 'frontlineSupport', 'viewer', 'supportLead'))"),
             QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_check CHECK"
                            " ((role IN ('frontlineSupport', 'supportLead')) = (partner_id IS NULL))"),
         }});

    // Version 5: a case keeps the fields its triage found different at filing, and the triage
    // as it stood when the case was resolved (a correction makes the ledger agree afterwards).
    list.append(
        {5,
         QStringLiteral("discrepancy cases: the triage's fields at filing and the triage at resolution"),
         {
             QStringLiteral(
                 "ALTER TABLE discrepancy_cases ADD COLUMN triage_fields TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(
                 "ALTER TABLE discrepancy_cases ADD COLUMN resolution_triage TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE discrepancy_cases ADD COLUMN resolution_triage_fields TEXT NOT "
                            "NULL DEFAULT ''"),
             QStringLiteral(
                 "CREATE INDEX discrepancy_cases_partner ON discrepancy_cases (partner_id, filed_at)"),
         },
         {}});

    // Version 6: rule sets are data the organisation administers (docs/rules-admin.md): every
    // program year's file as imported, its SHA-256 and provenance, who imported it and when,
    // and which set of each program year is active (one at most: a partial unique index). The
    // shipped sets are seeded as builtin-illustrative. An enrollment keeps the SHA-256 of the
    // set it was decided under.
    list.append(
        {6,
         QStringLiteral("rule sets in the database; the rule set's hash on enrollments"),
         {
             QStringLiteral("CREATE TABLE rule_sets ("
                            " id {ID},"
                            " program_year TEXT NOT NULL CHECK (length(program_year) > 0),"
                            " effective_from TEXT NOT NULL,"
                            " effective_to TEXT NOT NULL,"
                            " json TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL UNIQUE,"
                            " provenance TEXT NOT NULL CHECK (provenance IN"
                            "  ('builtin-illustrative', 'imported', 'local-edit')),"
                            " source_note TEXT NOT NULL DEFAULT '',"
                            " imported_by TEXT NOT NULL DEFAULT '',"
                            " imported_at TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),"
                            " CHECK (effective_from <= effective_to))"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX rule_sets_one_active ON rule_sets (program_year) WHERE active = 1"),
             QStringLiteral("ALTER TABLE enrollments ADD COLUMN rule_set_sha256 TEXT NOT NULL DEFAULT ''"),
         },
         {},
         {},
         &RuleSetRepository::seedShipped});
    list.append(Migrations::withdrawals());
    list.append(Migrations::kpiSummary());
    list.append(Migrations::ledgerIndex());
    list.append(Migrations::userMarks());
    list.append(Migrations::ledgerTextStatistics());
    return list;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list = build();
    return list;
}

int Migrations::latest()
{
    return all().constLast().version;
}

QString Migrations::sql(const QString& statement, bool postgres)
{
    QString s = statement;
    if (postgres) {
        s.replace(QLatin1String("{ID}"),
                  QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(QLatin1String("{INT64}"), QLatin1String("BIGINT"));
        s.replace(QLatin1String("{REAL}"), QLatin1String("DOUBLE PRECISION"));
        s.replace(QLatin1String("{BLOB}"), QLatin1String("BYTEA"));
    } else {
        s.replace(QLatin1String("{ID}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QLatin1String("{INT64}"), QLatin1String("INTEGER"));
        s.replace(QLatin1String("{REAL}"), QLatin1String("REAL"));
        s.replace(QLatin1String("{BLOB}"), QLatin1String("BLOB"));
    }
    return s;
}

} // namespace lp
