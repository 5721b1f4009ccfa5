// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "purchasewriter.h"

#include <QByteArray>
#include <QList>
#include <QStringEncoder>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace lp {

// The statements of the invoice import on SQLite (SqlitePurchaseWriter's), prepared once on
// the connection's sqlite3 handle. Each row given is encoded into a slot of UTF-8 buffers
// reused row after row and bound from there (SQLITE_STATIC: they live until the next row of
// the slot), so a row costs no allocation of ours.
class SqlitePurchaseStatements
{
public:
    using Outcome = PurchaseWriter::Outcome;
    static constexpr int kBatchRows = PurchaseWriter::kBatchRows;
    // Helper threads of SQLite's sorter while the indexes set aside are built again.
    static constexpr int kSortThreads = 2;
    // A row of the file waiting in a batch, encoded in the slot of its place.
    struct Row
    {
        int line;
        Purchase purchase;
    };

    SqlitePurchaseStatements(sqlite3* db, qint64 partnerId);
    ~SqlitePurchaseStatements();
    SqlitePurchaseStatements(const SqlitePurchaseStatements&) = delete;
    SqlitePurchaseStatements& operator=(const SqlitePurchaseStatements&) = delete;

    Status prepare();

    // A bulk load: the file is expected to bring at least kBulkRows rows, and as many as the
    // table holds (all partners). Then the secondary indexes (the ledger's date index) are
    // dropped inside the import's transaction, once a first batch of new rows went in, and built
    // again by restoreIndexes(): a million rows dated over two years land on hundreds of places
    // of a date index, which costs SQLite more than the whole rest of the import; sorting them
    // once afterwards costs a second. A rollback (a refused or cancelled file) brings the
    // indexes back as they were.
    Result<bool> isBulk(qint64 expectedRows);
    Status setIndexesAside();
    bool hasIndexesAside() const { return !m_asideIndexes.isEmpty(); }
    Status restoreIndexes();

    // Encodes `p` into `slot` (0 to kBatchRows - 1) for the calls below.
    void encode(int slot, const Purchase& p);
    // Adds the row encoded in `slot` unless its (invoice, line) is stored: Added, Same or Conflict.
    // Rows go one by one where rows were found stored already: look first, insert if absent.
    Result<Outcome> add(int slot, const Purchase& p);
    // Compares the row encoded in `slot` with the stored one: Absent, Same or Conflict.
    Result<Outcome> compare(int slot, const Purchase& p);
    // Inserts the kBatchRows rows encoded in the slots in one statement: true when each was
    // added; false when some was stored already, and then nothing of the batch is (a savepoint
    // undoes it).
    Result<bool> addBatch(const QList<Row>& rows);

private:
    enum Text { Invoice, OmlpType, Currency, Competency, TextCount };
    struct Slot
    {
        std::array<QByteArray, TextCount> text;
        std::array<int, TextCount> length{};
        char date[10] = {};
        bool hasDate = false;
    };

    Error error() const;
    Status exec(const QByteArray& sql);
    // The first column of the first row of `sql`, as text.
    Result<QByteArray> single(const QByteArray& sql);
    Status run(sqlite3_stmt* s);
    // Binds the row of `slot` to the 11 parameters after `offset`.
    void bindRow(sqlite3_stmt* s, int offset, int slot, const Purchase& p);
    static QByteArrayView text(const Slot& e, Text t) { return {e.text[t].constData(), e.length[t]}; }
    static void bindText(sqlite3_stmt* s, int index, const Slot& e, Text t);
    static bool sameText(sqlite3_stmt* s, int column, QByteArrayView expected);

    sqlite3* m_db;
    qint64 m_partnerId;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_insertBatch = nullptr;
    sqlite3_stmt* m_existing = nullptr;
    sqlite3_stmt* m_savepoint = nullptr;
    sqlite3_stmt* m_release = nullptr;
    sqlite3_stmt* m_rollback = nullptr;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::array<QByteArray, 3> m_documentTypes;
    std::array<Slot, kBatchRows> m_slots;
    QList<QByteArray> m_asideIndexes; // CREATE INDEX statements of the indexes dropped for a bulk load
};

} // namespace lp
