// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "database.h"
#include "domain/purchase.h"

#include <QString>

#include <functional>
#include <memory>

namespace lp {

// Writes the rows of one invoice import inside the transaction the caller opened with
// Database::transaction() (so the import stays all or nothing, whatever path wrote them).
// A row whose (invoice, line) is not stored for the partner is added; otherwise it is compared
// with the stored row: the same values, or a conflict. Once the file is refused (a bad row,
// or a conflict) nothing more is written; rows are only compared, so every conflict is found.
//
// One writer per backend behind this interface, chosen by open() from the connection's
// driver: SqlitePurchaseWriter (the sqlite3 C API on Qt's own connection, 64 rows to a
// statement, a bulk load without the secondary indexes), PostgresPurchaseWriter (libpq on Qt's
// own connection: COPY into a staging table, then set-based statements) and SqlPurchaseWriter
// (Qt SQL, row by row: a driver whose library is not the one we link).
class PurchaseWriter
{
public:
    enum class Outcome {
        Added,    // was not stored; is now
        Absent,   // is not stored (compared only: the file is refused)
        Same,     // stored with the same values
        Conflict, // stored with other values
    };
    // Hears the outcome of every row written, in the order they were given; a row may be
    // reported after later ones were given, by refuse() or finish() at the latest.
    using Report = std::function<void(int line, const Purchase& purchase, Outcome outcome)>;

    static constexpr int kBatchRows = 64;
    // SQLite: a file expected to bring at least this many rows, and as many as the table holds
    // already, is written without the table's secondary indexes, which are built again at the end.
    static constexpr qint64 kBulkRows = 50000;

    // The writer for `db`'s driver, its statements prepared on `db`'s connection, for the
    // purchases of `partnerId`. `expectedRows`: how many rows the file may bring (0: unknown).
    static Result<std::unique_ptr<PurchaseWriter>> open(Database& db, qint64 partnerId, Report report,
                                                        qint64 expectedRows = 0);
    virtual ~PurchaseWriter() = default;
    PurchaseWriter(const PurchaseWriter&) = delete;
    PurchaseWriter& operator=(const PurchaseWriter&) = delete;

    // Adds the row of file line `line`, or only compares it once the file is refused.
    virtual Status write(int line, const Purchase& purchase) = 0;
    // The file is refused (a bad row at the line after those given so far): the rows given are
    // reported, and the later ones are only compared.
    virtual Status refuse() = 0;
    // Writes and reports the rows still held; builds again any index set aside for a bulk load.
    virtual Status finish() = 0;
    bool isRefused() const { return m_refused; }

    // True when the rows go through the sqlite3 C API (the tests and the benchmark ask).
    virtual bool usesSqliteApi() const { return false; }
    // True when the rows go through PostgreSQL's COPY (libpq).
    virtual bool usesCopy() const { return false; }
    // True when the secondary indexes go aside until finish() once new rows come (a bulk load, SQLite).
    virtual bool isBulkLoad() const { return false; }

    // What the writers share: the one-row statements (bound values: partner id, then the
    // columns in the order of the INSERT; the SELECT by partner id, invoice and line), and
    // when a stored KPI value and an imported one are the same number.
    static QString insertStatement();
    static QString existingStatement();
    static bool sameKpiValue(double stored, double imported);

protected:
    PurchaseWriter(qint64 partnerId, Report report);
    // Reports the outcome of a row; a conflict refuses the file.
    Status settle(int line, const Purchase& purchase, const Result<Outcome>& outcome);

    const qint64 m_partnerId;
    const Report m_report;
    bool m_refused = false;
};

} // namespace lp
