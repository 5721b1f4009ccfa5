// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "sqlitepurchasestatements.h"

#include <sqlite3.h>

#include <optional>

namespace lp {

SqlitePurchaseStatements::SqlitePurchaseStatements(sqlite3* db, qint64 partnerId)
    : m_db(db), m_partnerId(partnerId)
{
    for (DocumentType t :
         {DocumentType::Invoice, DocumentType::OrderConfirmation, DocumentType::PartnerReport})
        m_documentTypes[std::size_t(t)] = toString(t).toUtf8();
}

SqlitePurchaseStatements::~SqlitePurchaseStatements()
{
    for (sqlite3_stmt* s : {m_insert, m_insertBatch, m_existing, m_savepoint, m_release, m_rollback})
        sqlite3_finalize(s);
}

Status SqlitePurchaseStatements::prepare()
{
    const QString insert = PurchaseWriter::insertStatement();
    QString batch = insert;
    const QString values = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    batch.replace(values, QStringList(kBatchRows, values).join(QStringLiteral(", ")));
    for (auto [sql, statement] : {std::pair{insert, &m_insert}, std::pair{batch, &m_insertBatch},
                                  std::pair{PurchaseWriter::existingStatement(), &m_existing},
                                  std::pair{QStringLiteral("SAVEPOINT lp_import_batch"), &m_savepoint},
                                  std::pair{QStringLiteral("RELEASE lp_import_batch"), &m_release},
                                  std::pair{QStringLiteral("ROLLBACK TO lp_import_batch"), &m_rollback}}) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, statement,
                               nullptr) != SQLITE_OK)
            return error();
    }
    return {};
}

Result<bool> SqlitePurchaseStatements::isBulk(qint64 expectedRows)
{
    if (expectedRows < PurchaseWriter::kBulkRows)
        return false;
    auto stored = single(QByteArrayLiteral("SELECT coalesce(max(id), 0) FROM purchases"));
    if (!stored)
        return stored.error();
    return expectedRows >= stored->toLongLong();
}

Status SqlitePurchaseStatements::setIndexesAside()
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
        // The name comes from sqlite_master, not from input; an identifier cannot be bound.
        if (Status s = exec("DROP INDEX \"" + name + '"'); !s)
            return s;
        m_asideIndexes.append(sql);
    }
    return {};
}

Status SqlitePurchaseStatements::restoreIndexes()
{
    if (m_asideIndexes.isEmpty())
        return {};
    // Building an index sorts every row's key: SQLite's sorter may share that with helper threads
    // (the reading thread of the import is done by then). Only for these statements.
    auto threads = single(QByteArrayLiteral("PRAGMA threads"));
    if (!threads)
        return threads.error();
    if (Status s = exec(QByteArrayLiteral("PRAGMA threads = ") + QByteArray::number(kSortThreads)); !s)
        return s;
    Status built;
    while (built && !m_asideIndexes.isEmpty()) {
        built = exec(m_asideIndexes.constFirst());
        if (built)
            m_asideIndexes.removeFirst();
    }
    if (Status s = exec("PRAGMA threads = " + QByteArray::number(threads->toInt())); !s && built)
        return s;
    return built;
}

void SqlitePurchaseStatements::encode(int slot, const Purchase& p)
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

Result<SqlitePurchaseStatements::Outcome> SqlitePurchaseStatements::add(int slot, const Purchase& p)
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

Result<SqlitePurchaseStatements::Outcome> SqlitePurchaseStatements::compare(int slot, const Purchase& p)
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
                      PurchaseWriter::sameKpiValue(sqlite3_column_double(s, 4), p.kpiValue) &&
                      sqlite3_column_int64(s, 5) == p.revenueCents && sameText(s, 6, text(e, Currency)) &&
                      sameText(s, 7, text(e, Competency));
    sqlite3_reset(s);
    return same ? Outcome::Same : Outcome::Conflict;
}

Result<bool> SqlitePurchaseStatements::addBatch(const QList<Row>& rows)
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

Error SqlitePurchaseStatements::error() const
{
    return {QStringLiteral("DB_QUERY_FAILED"), {}, {QString::fromUtf8(sqlite3_errmsg(m_db))}};
}

Status SqlitePurchaseStatements::exec(const QByteArray& sql)
{
    return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK ? Status()
                                                                                       : Status(error());
}

Result<QByteArray> SqlitePurchaseStatements::single(const QByteArray& sql)
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

Status SqlitePurchaseStatements::run(sqlite3_stmt* s)
{
    const int rc = sqlite3_step(s);
    std::optional<Error> failed = rc == SQLITE_DONE ? std::nullopt : std::optional<Error>(error());
    sqlite3_reset(s);
    return failed ? Status(*failed) : Status();
}

void SqlitePurchaseStatements::bindText(sqlite3_stmt* s, int index, const Slot& e, Text t)
{
    // Never a null pointer: an empty text binds as '' (the columns are NOT NULL), not as NULL.
    sqlite3_bind_text(s, index, e.text[t].constData(), e.length[t], SQLITE_STATIC);
}

void SqlitePurchaseStatements::bindRow(sqlite3_stmt* s, int offset, int slot, const Purchase& p)
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

bool SqlitePurchaseStatements::sameText(sqlite3_stmt* s, int column, QByteArrayView expected)
{
    const auto* stored = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return stored && QByteArrayView(stored, sqlite3_column_bytes(s, column)) == expected;
}

} // namespace lp
