#pragma once
// Private to purchasewriter.cpp: the statements of the invoice import on SQLite, run through the
// sqlite3 C API on Qt's own connection.

#include "purchasewriter.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <array>

namespace lp {
namespace purchasesql {

inline const QString kInsert =
    QStringLiteral("INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, "
                   "omlp_type, units, kpi_value,"
                   " revenue_cents, currency, competency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (partner_id, invoice, line) DO NOTHING");
inline const QString kExisting = QStringLiteral(
    "SELECT document_type, invoice_date, omlp_type, units, kpi_value, revenue_cents, currency, competency"
    " FROM purchases WHERE partner_id = ? AND invoice = ? AND line = ?");

// The same numbers, as a stored row and an imported one may write them.
inline bool sameKpiValue(double stored, double imported)
{
    return qFuzzyCompare(1.0 + stored, 1.0 + imported);
}

} // namespace purchasesql

// The statements, prepared once on the connection's sqlite3 handle. Each row given is encoded
// into a slot of UTF-8 buffers reused row after row and bound from there (SQLITE_STATIC: they
// live until the next row of the slot), so a row costs no allocation of ours.
class PurchaseWriter::SqliteStatements
{
public:
    SqliteStatements(sqlite3* db, qint64 partnerId) : m_db(db), m_partnerId(partnerId)
    {
        for (DocumentType t :
             {DocumentType::Invoice, DocumentType::OrderConfirmation, DocumentType::PartnerReport})
            m_documentTypes[std::size_t(t)] = toString(t).toUtf8();
    }
    ~SqliteStatements()
    {
        for (sqlite3_stmt* s : {m_insert, m_insertBatch, m_existing, m_savepoint, m_release, m_rollback})
            sqlite3_finalize(s);
    }

    Status prepare()
    {
        QString batch = purchasesql::kInsert;
        const QString values = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        batch.replace(values, QStringList(kBatchRows, values).join(QStringLiteral(", ")));
        for (auto [sql, statement] :
             {std::pair{purchasesql::kInsert, &m_insert}, std::pair{batch, &m_insertBatch},
              std::pair{purchasesql::kExisting, &m_existing},
              std::pair{QStringLiteral("SAVEPOINT lp_import_batch"), &m_savepoint},
              std::pair{QStringLiteral("RELEASE lp_import_batch"), &m_release},
              std::pair{QStringLiteral("ROLLBACK TO lp_import_batch"), &m_rollback}}) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                   statement, nullptr) != SQLITE_OK)
                return error();
        }
        return {};
    }

    // A bulk load: the file is expected to bring at least kBulkRows rows, and as many as the
    // table holds (all partners). Then the secondary indexes (the ledger's date index) are
    // dropped inside the import's transaction, once a first batch of new rows went in, and built
    // again by restoreIndexes(): a million rows dated over two years land on hundreds of places
    // of a date index, which costs SQLite more than the whole rest of the import; sorting them
    // once afterwards costs a second. A rollback (a refused or cancelled file) brings the
    // indexes back as they were.
    Result<bool> isBulk(qint64 expectedRows)
    {
        if (expectedRows < kBulkRows)
            return false;
        auto stored = single(QByteArrayLiteral("SELECT coalesce(max(id), 0) FROM purchases"));
        if (!stored)
            return stored.error();
        return expectedRows >= stored->toLongLong();
    }
    Status setIndexesAside()
    {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(
                m_db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'purchases'"
                " AND sql IS NOT NULL ORDER BY name",
                -1, &q, nullptr) != SQLITE_OK)
            return error();
        QList<std::pair<QByteArray, QByteArray>> indexes;
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            indexes.append({QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                            QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)))});
        }
        std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
        sqlite3_finalize(q);
        if (failed)
            return *failed;
        for (const auto& [name, sql] : std::as_const(indexes)) {
            if (Status s = exec("DROP INDEX \"" + name + '"'); !s)
                return s;
            m_asideIndexes.append(sql);
        }
        return {};
    }
    bool hasIndexesAside() const { return !m_asideIndexes.isEmpty(); }
    Status restoreIndexes()
    {
        while (!m_asideIndexes.isEmpty()) {
            if (Status s = exec(m_asideIndexes.constFirst()); !s)
                return s;
            m_asideIndexes.removeFirst();
        }
        return {};
    }

    void encode(int slot, const Purchase& p)
    {
        Slot& e = m_slots[slot];
        for (auto [t, text] : {std::pair{Invoice, &p.invoice}, std::pair{OmlpType, &p.omlpType},
                               std::pair{Currency, &p.currency}, std::pair{Competency, &p.competency}}) {
            QByteArray& buffer = e.text[t];
            if (buffer.size() < m_utf8.requiredSpace(text->size()))
                buffer.resize(m_utf8.requiredSpace(text->size()));
            e.length[t] = int(m_utf8.appendToBuffer(buffer.data(), *text) - buffer.constData());
        }
        e.hasDate = p.invoiceDate.isValid();
        if (e.hasDate) {
            // YYYY-MM-DD, as Repository::isoDate() writes it.
            char* out = e.date;
            auto twoDigits = [&](int v) {
                *out++ = char('0' + v / 10);
                *out++ = char('0' + v % 10);
            };
            twoDigits(p.invoiceDate.year() / 100);
            twoDigits(p.invoiceDate.year() % 100);
            *out++ = '-';
            twoDigits(p.invoiceDate.month());
            *out++ = '-';
            twoDigits(p.invoiceDate.day());
        }
    }

    // Adds the row encoded in `slot` unless its (invoice, line) is stored: Added, Same or Conflict.
    // Rows go one by one where rows were found stored already: look first, insert if absent.
    Result<Outcome> add(int slot, const Purchase& p)
    {
        auto stored = compare(slot, p);
        if (!stored || stored.value() != Outcome::Absent)
            return stored;
        bindRow(m_insert, 0, slot, p);
        const int rc = sqlite3_step(m_insert);
        std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
        sqlite3_reset(m_insert);
        if (failed)
            return *failed;
        return sqlite3_changes(m_db) == 1 ? Result<Outcome>(Outcome::Added) : compare(slot, p);
    }

    // Compares the row encoded in `slot` with the stored one: Absent, Same or Conflict.
    Result<Outcome> compare(int slot, const Purchase& p)
    {
        const Slot& e = m_slots[slot];
        sqlite3_stmt* s = m_existing;
        sqlite3_bind_int64(s, 1, m_partnerId);
        bindText(s, 2, e, Invoice);
        sqlite3_bind_int(s, 3, p.line);
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW) {
            std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
            sqlite3_reset(s);
            if (failed)
                return *failed;
            return Outcome::Absent;
        }
        const bool same = sameText(s, 0, m_documentTypes[std::size_t(p.documentType)]) &&
                          (e.hasDate ? sameText(s, 1, QByteArrayView(e.date, sizeof e.date))
                                     : sqlite3_column_type(s, 1) == SQLITE_NULL) &&
                          sameText(s, 2, text(e, OmlpType)) && sqlite3_column_int64(s, 3) == p.units &&
                          purchasesql::sameKpiValue(sqlite3_column_double(s, 4), p.kpiValue) &&
                          sqlite3_column_int64(s, 5) == p.revenueCents && sameText(s, 6, text(e, Currency)) &&
                          sameText(s, 7, text(e, Competency));
        sqlite3_reset(s);
        return same ? Outcome::Same : Outcome::Conflict;
    }

    // Inserts the kBatchRows rows encoded in the slots in one statement: true when each was
    // added; false when some was stored already, and then nothing of the batch is (a savepoint
    // undoes it).
    Result<bool> addBatch(const QList<Pending>& rows)
    {
        Q_ASSERT(rows.size() == kBatchRows);
        if (Status s = run(m_savepoint); !s)
            return s.error();
        for (int i = 0; i < kBatchRows; ++i)
            bindRow(m_insertBatch, i * 11, i, rows[i].purchase);
        const int rc = sqlite3_step(m_insertBatch);
        std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
        sqlite3_reset(m_insertBatch);
        const bool allAdded = !failed && sqlite3_changes(m_db) == kBatchRows;
        if (!allAdded) {
            if (Status s = run(m_rollback); !s && !failed)
                failed = s.error();
        }
        if (Status s = run(m_release); !s && !failed)
            failed = s.error();
        if (failed)
            return *failed;
        return allAdded;
    }

private:
    enum Text { Invoice, OmlpType, Currency, Competency, TextCount };
    struct Slot
    {
        std::array<QByteArray, TextCount> text;
        std::array<int, TextCount> length{};
        char date[10] = {};
        bool hasDate = false;
    };

    Error error() const
    {
        return {QStringLiteral("DB_QUERY_FAILED"), {}, {QString::fromUtf8(sqlite3_errmsg(m_db))}};
    }
    Status exec(const QByteArray& sql)
    {
        return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK ? Status()
                                                                                           : Status(error());
    }
    // The first column of the first row of `sql`, as text.
    Result<QByteArray> single(const QByteArray& sql)
    {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK)
            return error();
        const int rc = sqlite3_step(q);
        Result<QByteArray> value =
            rc == SQLITE_ROW
                ? Result<QByteArray>(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))))
                : Result<QByteArray>(error());
        sqlite3_finalize(q);
        return value;
    }
    Status run(sqlite3_stmt* s)
    {
        const int rc = sqlite3_step(s);
        std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
        sqlite3_reset(s);
        return failed ? Status(*failed) : Status();
    }

    static QByteArrayView text(const Slot& e, Text t) { return {e.text[t].constData(), e.length[t]}; }
    static void bindText(sqlite3_stmt* s, int index, const Slot& e, Text t)
    {
        // Never a null pointer: an empty text binds as '' (the columns are NOT NULL), not as NULL.
        sqlite3_bind_text(s, index, e.text[t].constData(), e.length[t], SQLITE_STATIC);
    }
    // Binds the row of `slot` to the 11 parameters after `offset`.
    void bindRow(sqlite3_stmt* s, int offset, int slot, const Purchase& p)
    {
        const Slot& e = m_slots[slot];
        sqlite3_bind_int64(s, offset + 1, m_partnerId);
        bindText(s, offset + 2, e, Invoice);
        sqlite3_bind_int(s, offset + 3, p.line);
        const QByteArray& type = m_documentTypes[std::size_t(p.documentType)];
        sqlite3_bind_text(s, offset + 4, type.constData(), int(type.size()), SQLITE_STATIC);
        if (e.hasDate)
            sqlite3_bind_text(s, offset + 5, e.date, int(sizeof e.date), SQLITE_STATIC);
        else
            sqlite3_bind_null(s, offset + 5);
        bindText(s, offset + 6, e, OmlpType);
        sqlite3_bind_int(s, offset + 7, p.units);
        sqlite3_bind_double(s, offset + 8, p.kpiValue);
        sqlite3_bind_int64(s, offset + 9, p.revenueCents);
        bindText(s, offset + 10, e, Currency);
        bindText(s, offset + 11, e, Competency);
    }
    static bool sameText(sqlite3_stmt* s, int column, QByteArrayView expected)
    {
        const auto* stored = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
        return stored && QByteArrayView(stored, sqlite3_column_bytes(s, column)) == expected;
    }

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
