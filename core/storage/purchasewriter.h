#pragma once

#include "database.h"
#include "domain/purchase.h"

#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace lp {

// Writes the rows of one invoice import inside the transaction the caller opened with
// Database::transaction() (so the import stays all or nothing, whatever path wrote them).
// A row whose (invoice, line) is not stored for the partner is added; otherwise it is compared
// with the stored row: the same values, or a conflict. Once the file is refused (a bad row,
// or a conflict) nothing more is written; rows are only compared, so every conflict is found.
//
// On SQLite the statements run through the sqlite3 C API on Qt's own connection: prepared
// once, bound and stepped without a QVariant, a placeholder name and a UTF-16 copy per value
// (what Qt SQL costs a million-row import), and 64 rows to a statement. A batch in which some
// row was stored already is undone (a savepoint) and written again row by row, so each row
// gets its exact outcome. A file larger than the table is a bulk load: the date index is
// dropped and built again by finish() (inside the transaction). On PostgreSQL the rows go
// through Qt SQL one by one, as before.
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

    // Prepares the statements on `db`'s connection, for the purchases of `partnerId`.
    // `expectedRows`: how many rows the file may bring (0: unknown).
    static Result<std::unique_ptr<PurchaseWriter>> open(Database& db, qint64 partnerId, Report report,
                                                        qint64 expectedRows = 0);
    ~PurchaseWriter();
    PurchaseWriter(const PurchaseWriter&) = delete;
    PurchaseWriter& operator=(const PurchaseWriter&) = delete;

    // Adds the row of file line `line`, or only compares it once the file is refused.
    Status write(int line, const Purchase& purchase);
    // The file is refused (a bad row at the line after those given so far): the rows given are
    // reported, and the later ones are only compared.
    Status refuse();
    // Writes and reports the rows still held; builds again any index set aside for a bulk load.
    Status finish();
    bool isRefused() const { return m_refused; }

    // True when the rows go through the sqlite3 C API (the tests and the benchmark ask).
    bool usesSqliteApi() const { return m_sqlite != nullptr; }
    // True when the secondary indexes go aside until finish() once new rows come (a bulk load, SQLite).
    bool isBulkLoad() const { return m_bulk; }

private:
    class SqliteStatements;
    struct Pending
    {
        int line;
        Purchase purchase;
    };

    PurchaseWriter(Database& db, qint64 partnerId, Report report);
    Status writeOne(int line, const Purchase& p, int slot);
    Status flush();
    Result<Outcome> addQt(const Purchase& p);
    Result<Outcome> compareQt(const Purchase& p);

    Database& m_db;
    qint64 m_partnerId;
    Report m_report;
    bool m_refused = false;
    bool m_bulk = false; // SQLite: a bulk load, the indexes set aside after a first batch
    bool m_indexesAside = false;
    std::unique_ptr<SqliteStatements> m_sqlite;
    QList<Pending> m_pending;          // SQLite: the batch being gathered
    int m_rowByRow = 0;                // SQLite: rows to write one by one after a batch that collided
    std::optional<QSqlQuery> m_insert; // Qt SQL (PostgreSQL)
    std::optional<QSqlQuery> m_existing;
};

} // namespace lp
