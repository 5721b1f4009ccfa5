// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "purchasewriter.h"
#include "sqlitefile.h"

#include "postgrespurchasewriter.h"
#include "sqlitepurchasewriter.h"
#include "sqlpurchasewriter.h"

#include <QSqlQuery>

namespace lp {
namespace {
// The first key of the advisory locks an invoice import takes (the second is the partner's id).
constexpr int kImportLockClass = 0x4c50'4931; // "LPI1"
} // namespace

PurchaseWriter::PurchaseWriter(qint64 partnerId, Report report)
    : m_partnerId(partnerId), m_report(std::move(report))
{
}

Result<std::unique_ptr<PurchaseWriter>> PurchaseWriter::open(Database& db, qint64 partnerId, Report report,
                                                             qint64 expectedRows)
{
    // The fast path only where our sqlite3 calls may use the connection Qt opened.
    if (sqlite3* handle = SqliteFile::handle(db.connection()))
        return SqlitePurchaseWriter::open(db, handle, partnerId, std::move(report), expectedRows);
    if (db.isPostgres()) {
        // Two imports of one partner would insert the same keys in different orders and deadlock
        // (40P01): the second waits here for the first's transaction instead, as long as --wait
        // allows (lock_timeout, then DB_BUSY). One lock per partner, in the "invoice import" class.
        QSqlQuery lock(db.connection());
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
        lock.addBindValue(kImportLockClass);
        lock.addBindValue(int(partnerId));
        if (Status s = db.exec(lock); !s)
            return s.error();
        if (PGconn* conn = PostgresPurchaseWriter::handle(db))
            return PostgresPurchaseWriter::open(db, conn, partnerId, std::move(report));
    }
    return SqlPurchaseWriter::open(db, partnerId, std::move(report));
}

QString PurchaseWriter::insertStatement()
{
    return QStringLiteral("INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, "
                          "omlp_type, units, kpi_value,"
                          " revenue_cents, currency, competency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (partner_id, invoice, line) DO NOTHING");
}

QString PurchaseWriter::existingStatement()
{
    return QStringLiteral(
        "SELECT document_type, invoice_date, omlp_type, units, kpi_value, revenue_cents, currency, competency"
        " FROM purchases WHERE partner_id = ? AND invoice = ? AND line = ?");
}

// The same numbers, as a stored row and an imported one may write them.
bool PurchaseWriter::sameKpiValue(double stored, double imported)
{
    return qFuzzyCompare(1.0 + stored, 1.0 + imported);
}

Status PurchaseWriter::settle(int line, const Purchase& purchase, const Result<Outcome>& outcome)
{
    if (!outcome)
        return outcome.error();
    if (outcome.value() == Outcome::Conflict)
        m_refused = true; // the file is refused: nothing more is written
    m_report(line, purchase, outcome.value());
    return {};
}

} // namespace lp
