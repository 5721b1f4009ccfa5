// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "sqlitepurchasewriter.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace lp {

SqlitePurchaseWriter::SqlitePurchaseWriter(Database& db, sqlite3* handle, qint64 partnerId, Report report)
    : PurchaseWriter(partnerId, std::move(report)), m_db(db), m_statements(handle, partnerId)
{
    m_pending.reserve(kBatchRows);
}

SqlitePurchaseWriter::~SqlitePurchaseWriter()
{
    // Indexes still set aside (finish() was not reached): the transaction must not commit
    // without them. A failing nested transaction dooms the outer one to roll back.
    if (m_statements.hasIndexesAside() && m_db.inTransaction())
        (void)m_db.transaction([] {
            return Status(
                Error{QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("indexes set aside")}});
        });
}

Result<std::unique_ptr<PurchaseWriter>> SqlitePurchaseWriter::open(Database& db, sqlite3* handle,
                                                                   qint64 partnerId, Report report,
                                                                   qint64 expectedRows)
{
    std::unique_ptr<SqlitePurchaseWriter> writer(
        new SqlitePurchaseWriter(db, handle, partnerId, std::move(report)));
    // Only inside the caller's transaction may indexes go, and only for a while.
    if (db.inTransaction()) {
        auto bulk = writer->m_statements.isBulk(expectedRows);
        if (!bulk)
            return bulk.error();
        writer->m_bulk = bulk.value();
    }
    if (Status s = writer->m_statements.prepare(); !s)
        return s.error();
    return std::unique_ptr<PurchaseWriter>(std::move(writer));
}

Status SqlitePurchaseWriter::write(int line, const Purchase& p)
{
    if (m_refused || m_rowByRow > 0) {
        if (Status s = flush(); !s)
            return s;
        if (m_rowByRow > 0)
            --m_rowByRow;
        m_statements.encode(0, p);
        return writeOne(line, p, 0);
    }
    m_statements.encode(int(m_pending.size()), p);
    m_pending.append({line, p});
    return m_pending.size() == kBatchRows ? flush() : Status();
}

Status SqlitePurchaseWriter::refuse()
{
    Status s = flush();
    m_refused = true;
    return s;
}

Status SqlitePurchaseWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    return m_statements.restoreIndexes();
}

// Writes the batch gathered: in one statement when none of its rows is stored yet; else row by
// row (and the next rows too: a file that repeats stored rows tends to go on doing so).
Status SqlitePurchaseWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    bool written = false;
    if (m_pending.size() == kBatchRows) {
        auto added = m_statements.addBatch(m_pending);
        if (!added)
            return added.error();
        written = added.value();
    }
    if (written && m_bulk && !m_indexesAside) {
        m_indexesAside = true; // once: new rows come, and many
        if (Status s = m_statements.setIndexesAside(); !s)
            return s;
    }
    if (written) {
        for (const SqlitePurchaseStatements::Row& row : std::as_const(m_pending))
            m_report(row.line, row.purchase, Outcome::Added);
    } else {
        if (m_pending.size() == kBatchRows)
            m_rowByRow = 4 * kBatchRows;
        for (int i = 0; i < m_pending.size(); ++i) {
            if (Status s = writeOne(m_pending[i].line, m_pending[i].purchase, i); !s)
                return s;
        }
    }
    m_pending.clear();
    return {};
}

// One row, encoded in `slot` already, its outcome reported: added (or compared once the file
// is refused).
Status SqlitePurchaseWriter::writeOne(int line, const Purchase& p, int slot)
{
    return settle(line, p, m_refused ? m_statements.compare(slot, p) : m_statements.add(slot, p));
}

} // namespace lp
