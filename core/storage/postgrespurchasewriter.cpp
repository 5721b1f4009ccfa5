// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "postgrespurchasewriter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

#include <memory>

namespace lp {
namespace {

// A PGresult freed when it goes out of scope.
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;
PgResult own(PGresult* r)
{
    return PgResult(r, &PQclear);
}

// The staging table: a session's own (temporary), emptied before each chunk. `seq` is the row's
// place in the chunk; the other columns are those of purchases, in the same types.
constexpr const char* kCreateStaging =
    "CREATE TEMPORARY TABLE lp_import_staging ("
    " seq integer NOT NULL, invoice text NOT NULL, line integer NOT NULL, document_type text NOT NULL,"
    " invoice_date text, omlp_type text NOT NULL, units integer NOT NULL,"
    " kpi_value double precision NOT NULL, revenue_cents bigint NOT NULL, currency text NOT NULL,"
    " competency text NOT NULL)";

constexpr const char* kTransactionSettings = "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off";

constexpr const char* kStaleStatistics =
    "SELECT relpages > 0 AND reltuples < relpages FROM pg_class WHERE oid = 'purchases'::regclass";

constexpr const char* kCopy =
    "COPY lp_import_staging (seq, invoice, line, document_type, invoice_date, omlp_type, units,"
    " kpi_value, revenue_cents, currency, competency) FROM STDIN";

// The same values in rows `a` and `b` (column prefixes: "s." and "p.", or "s." and "s.f_"), as
// PurchaseWriter::sameKpiValue() compares the KPI value (qFuzzyCompare of 1 + each) and the other
// writers compare the rest.
#define LP_SAME_ROW(a, b)                                                                                    \
    "(" a "document_type = " b "document_type AND " a "invoice_date IS NOT DISTINCT FROM " b                 \
    "invoice_date AND " a "omlp_type = " b "omlp_type AND " a "units = " b "units"                           \
    " AND abs((1::float8 + " a "kpi_value) - (1::float8 + " b "kpi_value)) * 1e12::float8"                   \
    " <= least(abs(1::float8 + " a "kpi_value), abs(1::float8 + " b "kpi_value)) AND " a                     \
    "revenue_cents = " b "revenue_cents AND " a "currency = " b "currency AND " a "competency = " b          \
    "competency)"

// The columns of the first row of the chunk with the row's (invoice, line), beside the row's own.
#define LP_FIRST(column) " first_value(st." column ") OVER w AS f_" column

// The rows of the chunk that are not simply new, in file order: stored already (and whether with
// the same values), or after an earlier row of the chunk with the same (invoice, line) (and
// whether with its values). $1: the partner's id. The plan is the same whatever the planner knows
// of the staging table (it has no statistics): one sort of the chunk for the window that gives each
// row its key's first row, then one probe of the unique index (partner, invoice, line) per row (a
// LATERAL subquery with LIMIT is never turned into a join), then the few rows found sorted back in
// file order. Its cost follows the chunk, not the ledger (docs/architecture.md#invoice-import).
// clang-format off
constexpr const char* kKnown =
    "SELECT s.seq, p.invoice IS NOT NULL, coalesce(" LP_SAME_ROW("s.", "p.") ", false),"
    "  CASE WHEN s.f_seq < s.seq THEN s.f_seq ELSE -1 END, " LP_SAME_ROW("s.", "s.f_")
    " FROM (SELECT st.*," LP_FIRST("seq") "," LP_FIRST("document_type") "," LP_FIRST("invoice_date") ","
    "        " LP_FIRST("omlp_type") "," LP_FIRST("units") "," LP_FIRST("kpi_value") ","
    "        " LP_FIRST("revenue_cents") "," LP_FIRST("currency") "," LP_FIRST("competency")
    "       FROM lp_import_staging st WINDOW w AS (PARTITION BY st.invoice, st.line ORDER BY st.seq)) s"
    " LEFT JOIN LATERAL (SELECT pp.invoice, pp.document_type, pp.invoice_date, pp.omlp_type, pp.units,"
    "   pp.kpi_value, pp.revenue_cents, pp.currency, pp.competency FROM purchases pp"
    "   WHERE pp.partner_id = $1::bigint AND pp.invoice = s.invoice AND pp.line = s.line LIMIT 1) p ON true"
    " WHERE p.invoice IS NOT NULL OR s.f_seq < s.seq"
    " ORDER BY s.seq";
// clang-format on

// Adds the rows of the chunk before $2 that are neither stored nor repeated, in file order.
// $1: the partner's id; $3: the places of the rows known (stored or repeated), as an array.
constexpr const char* kInsert =
    "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, omlp_type, units,"
    " kpi_value, revenue_cents, currency, competency)"
    " SELECT $1::bigint, s.invoice, s.line, s.document_type, s.invoice_date, s.omlp_type, s.units,"
    "  s.kpi_value, s.revenue_cents, s.currency, s.competency"
    " FROM lp_import_staging s"
    " WHERE s.seq < $2::integer"
    "  AND NOT EXISTS (SELECT 1 FROM unnest($3::integer[]) AS k(seq) WHERE k.seq = s.seq)"
    " ORDER BY s.seq";

} // namespace

PostgresPurchaseWriter::PostgresPurchaseWriter(Database& db, PGconn* conn, qint64 partnerId, Report report)
    : PurchaseWriter(partnerId, std::move(report)), m_db(db), m_conn(conn)
{
}

PGconn* PostgresPurchaseWriter::handle(Database& db)
{
    const QVariant h = db.connection().driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef; Qt 5 named it after the typedef.
    if (!db.isPostgres() || !h.isValid() ||
        (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(h.data());
}

Result<std::unique_ptr<PurchaseWriter>> PostgresPurchaseWriter::open(Database& db, PGconn* conn,
                                                                     qint64 partnerId, Report report)
{
    std::unique_ptr<PostgresPurchaseWriter> writer(
        new PostgresPurchaseWriter(db, conn, partnerId, std::move(report)));
    // The staging table lives as long as the session, or until the transaction that made it
    // rolls back; it is made when missing (to_regclass: no notice, no error).
    auto exists = own(PQexec(conn, "SELECT to_regclass('pg_temp.lp_import_staging') IS NOT NULL"));
    if (PQresultStatus(exists.get()) != PGRES_TUPLES_OK)
        return writer->error(exists.get());
    if (qstrcmp(PQgetvalue(exists.get(), 0, 0), "t") != 0) {
        if (Status s = writer->exec(kCreateStaging); !s)
            return s.error();
    }
    // For the caller's transaction only (SET LOCAL): the chunk's sorts stay in memory, and no
    // statement is compiled by JIT, which the planner would choose for the chunk's size and which
    // costs more to compile than these statements take to run.
    if (PQtransactionStatus(conn) == PQTRANS_INTRANS) {
        if (Status s = writer->exec(kTransactionSettings); !s)
            return s.error();
    }
    writer->m_rows.reserve(kCopyRows);
    return std::unique_ptr<PurchaseWriter>(std::move(writer));
}

Status PostgresPurchaseWriter::write(int line, const Purchase& p)
{
    encode(int(m_rows.size()), p);
    m_rows.append({line, p});
    return m_rows.size() == kCopyRows ? flush() : Status();
}

Status PostgresPurchaseWriter::refuse()
{
    Status s = flush(); // the rows given so far are written as they would have been
    m_refused = true;
    return s;
}

Status PostgresPurchaseWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    // Many new rows: the planner learns of them now rather than when autovacuum comes by, so the
    // ledger's first views after the import read them through the right index.
    if (!m_refused && m_added >= kCopyRows)
        return exec("ANALYZE purchases");
    return {};
}

void PostgresPurchaseWriter::encode(int seq, const Purchase& p)
{
    QByteArray& out = m_copy;
    out += QByteArray::number(seq);
    out += '\t';
    appendText(out, p.invoice);
    out += '\t';
    out += QByteArray::number(p.line);
    out += '\t';
    out += toString(p.documentType).toLatin1();
    out += '\t';
    if (p.invoiceDate.isValid())
        out += p.invoiceDate.toString(Qt::ISODate).toLatin1(); // as Repository::isoDate() writes it
    else
        out += "\\N";
    out += '\t';
    appendText(out, p.omlpType);
    out += '\t';
    out += QByteArray::number(p.units);
    out += '\t';
    out += QByteArray::number(p.kpiValue, 'g', 17); // 17 digits: the same double back
    out += '\t';
    out += QByteArray::number(p.revenueCents);
    out += '\t';
    appendText(out, p.currency);
    out += '\t';
    appendText(out, p.competency);
    out += '\n';
}

// COPY's text format: a backslash, a tab, a line feed or a carriage return inside a value is
// written as a backslash sequence; everything else goes as its UTF-8 bytes.
void PostgresPurchaseWriter::appendText(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

Status PostgresPurchaseWriter::flush()
{
    if (m_rows.isEmpty())
        return {};
    if (Status s = copyChunk(); !s)
        return s;
    if (Status s = checkStatistics(); !s)
        return s;
    auto found = findKnown();
    if (!found)
        return found.error();
    const int n = int(m_rows.size());
    std::vector<int> knownAt(std::size_t(n), -1);
    for (std::size_t i = 0; i < found->size(); ++i)
        knownAt[std::size_t((*found)[i].seq)] = int(i);

    // Where the file is refused in this chunk: its first conflict, with a stored row or with an
    // earlier row of the chunk. The rows after it are only compared.
    const bool refusedBefore = m_refused;
    int refusedAt = refusedBefore ? 0 : n;
    if (!refusedBefore) {
        for (const Found& f : std::as_const(found.value())) {
            const bool conflict = f.stored ? !f.sameAsStored : (f.firstSeq >= 0 && !f.sameAsFirst);
            if (conflict) {
                refusedAt = f.seq;
                break;
            }
        }
        if (refusedAt > 0) {
            auto added = insertNew(refusedAt, found.value());
            if (!added)
                return added.error();
            m_added += added.value();
        }
    }
    for (int seq = 0; seq < n; ++seq) {
        Outcome outcome = seq < refusedAt ? Outcome::Added : Outcome::Absent;
        if (knownAt[std::size_t(seq)] >= 0) {
            const Found& f = (*found)[std::size_t(knownAt[std::size_t(seq)])];
            if (f.stored)
                outcome = f.sameAsStored ? Outcome::Same : Outcome::Conflict;
            else if (refusedBefore || f.firstSeq >= refusedAt)
                outcome = Outcome::Absent; // its earlier row was only compared: nothing to compare with
            else
                outcome = f.sameAsFirst ? Outcome::Same : Outcome::Conflict;
        }
        const auto& [line, purchase] = m_rows[seq];
        if (Status s = settle(line, purchase, outcome); !s)
            return s;
    }
    m_rows.clear();
    m_copy.clear();
    return {};
}

Status PostgresPurchaseWriter::copyChunk()
{
    if (Status s = exec("TRUNCATE lp_import_staging"); !s)
        return s;
    auto started = own(PQexec(m_conn, kCopy));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return error(started.get());
    const bool sent = PQputCopyData(m_conn, m_copy.constData(), int(m_copy.size())) == 1;
    if (PQputCopyEnd(m_conn, sent ? nullptr : "the import stopped sending rows") != 1)
        return error();
    // The COPY's own result, then the end of the command.
    Status status;
    while (PGresult* r = PQgetResult(m_conn)) {
        auto result = own(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
            status = error(r);
    }
    return status;
}

// Statistics that give purchases less than a row per page (an ANALYZE while its pages held no
// committed row: while another import's rows were being written, or a refused import's were dead)
// would have the planner expect no stored row of the partner and find each staged row by reading
// all of them: counted again first (this transaction's own rows count as live).
Status PostgresPurchaseWriter::checkStatistics()
{
    auto stats = own(PQexec(m_conn, kStaleStatistics));
    if (PQresultStatus(stats.get()) != PGRES_TUPLES_OK)
        return error(stats.get());
    if (qstrcmp(PQgetvalue(stats.get(), 0, 0), "t") != 0)
        return {};
    return exec("ANALYZE purchases");
}

Result<std::vector<PostgresPurchaseWriter::Found>> PostgresPurchaseWriter::findKnown()
{
    const QByteArray partner = QByteArray::number(m_partnerId);
    const char* values[] = {partner.constData()};
    auto r = own(PQexecParams(m_conn, kKnown, 1, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return error(r.get());
    const int rows = PQntuples(r.get());
    std::vector<Found> found;
    found.reserve(std::size_t(rows));
    auto flag = [&](int row, int column) { return PQgetvalue(r.get(), row, column)[0] == 't'; };
    for (int i = 0; i < rows; ++i) {
        found.push_back({std::atoi(PQgetvalue(r.get(), i, 0)), flag(i, 1), flag(i, 2),
                         std::atoi(PQgetvalue(r.get(), i, 3)), flag(i, 4)});
    }
    return found;
}

Result<qint64> PostgresPurchaseWriter::insertNew(int before, const std::vector<Found>& known)
{
    QByteArray skipped = "{";
    int expected = before;
    for (const Found& f : known) {
        if (f.seq >= before)
            break;
        if (skipped.size() > 1)
            skipped += ',';
        skipped += QByteArray::number(f.seq);
        --expected;
    }
    skipped += '}';
    if (expected == 0)
        return 0;
    const QByteArray partner = QByteArray::number(m_partnerId);
    const QByteArray limit = QByteArray::number(before);
    const char* values[] = {partner.constData(), limit.constData(), skipped.constData()};
    auto r = own(PQexecParams(m_conn, kInsert, 3, nullptr, values, nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return error(r.get());
    if (std::atoi(PQcmdTuples(r.get())) != expected) // cannot happen under the import's lock
        return Error{QStringLiteral("DB_QUERY_FAILED"),
                     {},
                     {QStringLiteral("%1 rows added, %2 expected").arg(PQcmdTuples(r.get())).arg(expected)}};
    return expected;
}

Status PostgresPurchaseWriter::exec(const char* sql)
{
    auto r = own(PQexec(m_conn, sql));
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return error(r.get());
    return {};
}

// The error as Database words a failed statement: DB_BUSY (lock_timeout), DB_DAMAGED or DB_QUERY_FAILED.
Error PostgresPurchaseWriter::error(PGresult* result) const
{
    QString text =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return m_db.queryError(
        QSqlError(QString(), text, QSqlError::StatementError, QString::fromLatin1(state ? state : "")));
}

} // namespace lp
