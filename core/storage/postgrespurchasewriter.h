// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "purchasewriter.h"

#include <QByteArray>
#include <QList>

#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace lp {

// The import's rows on PostgreSQL, through libpq on Qt's own connection (QSqlDriver::handle()):
// the rows go by COPY ... FROM STDIN into a temporary staging table, kCopyRows at a time, and
// each such chunk is settled by two set-based statements: one SELECT finds the rows whose
// (invoice, line) is stored already or came earlier in the chunk (compared there, column by
// column, as the SQLite writer compares), one INSERT ... SELECT adds the others in file order.
// Same rules and outcomes as the other writers (docs/architecture.md#invoice-import): a
// conflict refuses the file, the rows after it are only compared, all inside the caller's
// transaction. Memory stays one chunk of rows whatever the file's size.
class PostgresPurchaseWriter : public PurchaseWriter
{
public:
    static constexpr int kCopyRows = 50000;

    // The libpq connection under `db`'s Qt connection, or null (another driver, another libpq).
    static PGconn* handle(Database& db);
    static Result<std::unique_ptr<PurchaseWriter>> open(Database& db, PGconn* conn, qint64 partnerId,
                                                        Report report);

    Status write(int line, const Purchase& purchase) override;
    Status refuse() override;
    Status finish() override;
    bool usesCopy() const override { return true; }

private:
    PostgresPurchaseWriter(Database& db, PGconn* conn, qint64 partnerId, Report report);
    // What the staging table says of one row of the chunk that is not simply new.
    struct Found
    {
        int seq = 0;
        bool stored = false; // its (invoice, line) is in purchases
        bool sameAsStored = false;
        int firstSeq = -1; // an earlier row of the chunk with its (invoice, line), or -1
        bool sameAsFirst = false;
    };

    // Appends `p` to the COPY buffer, in COPY's text format.
    void encode(int seq, const Purchase& p);
    static void appendText(QByteArray& out, const QString& text);
    // Sends the chunk through COPY, settles it and reports each of its rows in order.
    Status flush();
    Status copyChunk();
    Status checkStatistics();
    Result<std::vector<Found>> findKnown();
    // Adds the new rows of the chunk before `before`; how many.
    Result<qint64> insertNew(int before, const std::vector<Found>& known);
    Status exec(const char* sql);
    Error error(PGresult* result = nullptr) const;

    Database& m_db;
    PGconn* m_conn;
    QByteArray m_copy;                      // the chunk's rows, encoded for COPY
    QList<std::pair<int, Purchase>> m_rows; // the chunk's rows: file line and purchase
    qint64 m_added = 0;                     // rows added by this writer
};

} // namespace lp
