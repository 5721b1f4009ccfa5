// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "purchasewriter.h"
#include "sqlitepurchasestatements.h"

#include <QList>

class QSqlDatabase;

namespace lp {

// The import's rows on SQLite, through the sqlite3 C API on Qt's own connection: prepared
// once, bound and stepped without a QVariant, a placeholder name and a UTF-16 copy per value
// (what Qt SQL costs a million-row import), and 64 rows to a statement. A batch in which some
// row was stored already is undone (a savepoint) and written again row by row, so each row
// gets its exact outcome. A file larger than the table is a bulk load: the date index is
// dropped and built again by finish() (inside the transaction).
class SqlitePurchaseWriter : public PurchaseWriter
{
public:
    // A writer on `handle`, the sqlite3 connection of `db` (SqliteFile::handle()).
    static Result<std::unique_ptr<PurchaseWriter>> open(Database& db, sqlite3* handle, qint64 partnerId,
                                                        Report report, qint64 expectedRows);
    ~SqlitePurchaseWriter() override;

    Status write(int line, const Purchase& purchase) override;
    Status refuse() override;
    Status finish() override;
    bool usesSqliteApi() const override { return true; }
    bool isBulkLoad() const override { return m_bulk; }

private:
    SqlitePurchaseWriter(Database& db, sqlite3* handle, qint64 partnerId, Report report);
    Status writeOne(int line, const Purchase& p, int slot);
    Status flush();

    Database& m_db;
    SqlitePurchaseStatements m_statements;
    bool m_bulk = false; // a bulk load: the indexes go aside after a first batch of new rows
    bool m_indexesAside = false;
    QList<SqlitePurchaseStatements::Row> m_pending; // the batch being gathered
    int m_rowByRow = 0;                             // rows to write one by one after a batch that collided
};

} // namespace lp
