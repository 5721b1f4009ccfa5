#include "purchasewriter.h"

#include "repository.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

#include <array>

namespace lp {
namespace {

const QString kInsert =
    QStringLiteral("INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, "
                   "omlp_type, units, kpi_value,"
                   " revenue_cents, currency, competency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (partner_id, invoice, line) DO NOTHING");
const QString kExisting = QStringLiteral(
    "SELECT document_type, invoice_date, omlp_type, units, kpi_value, revenue_cents, currency, competency"
    " FROM purchases WHERE partner_id = ? AND invoice = ? AND line = ?");

// The same numbers, as a stored row and an imported one may write them.
bool sameKpiValue(double stored, double imported)
{
    return qFuzzyCompare(1.0 + stored, 1.0 + imported);
}

// The sqlite3 connection under a Qt SQLite connection, or null. Debian's Qt SQLite plugin
// (libqt6sql6-sqlite) links the system libsqlite3.so.0 -- `ldd` on
// /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so lists it -- which is the
// library we link (pkg-config sqlite3): one library, so the handle is one our calls may use.
// A Qt built with its own copy of SQLite (-qt-sqlite) would hand over a connection of another
// library; when the plugin's SQLite is not ours by its source id, Qt SQL writes the rows.
sqlite3* sqliteHandle(const QSqlDatabase& connection)
{
    if (connection.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    if (!db)
        return nullptr;
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return db;
}

} // namespace

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
        QString batch = kInsert;
        const QString values = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        batch.replace(values, QStringList(kBatchRows, values).join(QStringLiteral(", ")));
        for (auto [sql, statement] :
             {std::pair{kInsert, &m_insert}, std::pair{batch, &m_insertBatch},
              std::pair{kExisting, &m_existing},
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
                          sameKpiValue(sqlite3_column_double(s, 4), p.kpiValue) &&
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

PurchaseWriter::PurchaseWriter(Database& db, qint64 partnerId, Report report)
    : m_db(db), m_partnerId(partnerId), m_report(std::move(report))
{
}

PurchaseWriter::~PurchaseWriter()
{
    // Indexes still set aside (finish() was not reached): the transaction must not commit
    // without them. A failing nested transaction dooms the outer one to roll back.
    if (m_sqlite && m_sqlite->hasIndexesAside() && m_db.inTransaction())
        (void)m_db.transaction([] {
            return Status(
                Error{QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("indexes set aside")}});
        });
}

Result<std::unique_ptr<PurchaseWriter>> PurchaseWriter::open(Database& db, qint64 partnerId, Report report,
                                                             qint64 expectedRows)
{
    std::unique_ptr<PurchaseWriter> writer(new PurchaseWriter(db, partnerId, std::move(report)));
    if (sqlite3* handle = sqliteHandle(db.connection())) {
        writer->m_sqlite = std::make_unique<SqliteStatements>(handle, partnerId);
        // Only inside the caller's transaction may indexes go, and only for a while.
        if (db.inTransaction()) {
            auto bulk = writer->m_sqlite->isBulk(expectedRows);
            if (!bulk)
                return bulk.error();
            writer->m_bulk = bulk.value();
        }
        if (Status s = writer->m_sqlite->prepare(); !s)
            return s.error();
        writer->m_pending.reserve(kBatchRows);
        return writer;
    }
    QSqlQuery& insert = writer->m_insert.emplace(db.connection());
    QSqlQuery& existing = writer->m_existing.emplace(db.connection());
    existing.setForwardOnly(true);
    for (auto [query, sql] : {std::pair{&insert, &kInsert}, std::pair{&existing, &kExisting}}) {
        if (!query->prepare(*sql))
            return Error{QStringLiteral("DB_QUERY_FAILED"), {}, {query->lastError().text().trimmed()}};
    }
    return writer;
}

Status PurchaseWriter::write(int line, const Purchase& p)
{
    if (!m_sqlite || m_refused || m_rowByRow > 0) {
        if (Status s = flush(); !s)
            return s;
        if (m_rowByRow > 0)
            --m_rowByRow;
        if (m_sqlite)
            m_sqlite->encode(0, p);
        return writeOne(line, p, 0);
    }
    m_sqlite->encode(int(m_pending.size()), p);
    m_pending.append({line, p});
    return m_pending.size() == kBatchRows ? flush() : Status();
}

Status PurchaseWriter::refuse()
{
    Status s = flush();
    m_refused = true;
    return s;
}

Status PurchaseWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    return m_sqlite ? m_sqlite->restoreIndexes() : Status();
}

// Writes the batch gathered: in one statement when none of its rows is stored yet; else row by
// row (and the next rows too: a file that repeats stored rows tends to go on doing so).
Status PurchaseWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    bool written = false;
    if (m_pending.size() == kBatchRows) {
        auto added = m_sqlite->addBatch(m_pending);
        if (!added)
            return added.error();
        written = added.value();
    }
    if (written && m_bulk && !m_indexesAside) {
        m_indexesAside = true; // once: new rows come, and many
        if (Status s = m_sqlite->setIndexesAside(); !s)
            return s;
    }
    if (written) {
        for (const Pending& row : std::as_const(m_pending))
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

// One row, its outcome reported: added (or compared once the file is refused). On SQLite it
// is encoded in `slot` already.
Status PurchaseWriter::writeOne(int line, const Purchase& p, int slot)
{
    Result<Outcome> outcome = Outcome::Absent;
    if (m_sqlite) {
        outcome = m_refused ? m_sqlite->compare(slot, p) : m_sqlite->add(slot, p);
    } else {
        outcome = m_refused ? compareQt(p) : addQt(p);
    }
    if (!outcome)
        return outcome.error();
    if (outcome.value() == Outcome::Conflict)
        m_refused = true; // the file is refused: nothing more is written
    m_report(line, p, outcome.value());
    return {};
}

Result<PurchaseWriter::Outcome> PurchaseWriter::addQt(const Purchase& p)
{
    QSqlQuery& insert = *m_insert;
    insert.bindValue(0, m_partnerId);
    insert.bindValue(1, p.invoice);
    insert.bindValue(2, p.line);
    insert.bindValue(3, toString(p.documentType));
    insert.bindValue(4, Repository::dateValue(p.invoiceDate));
    insert.bindValue(5, p.omlpType);
    insert.bindValue(6, p.units);
    insert.bindValue(7, p.kpiValue);
    insert.bindValue(8, p.revenueCents);
    insert.bindValue(9, Repository::text(p.currency));
    insert.bindValue(10, Repository::text(p.competency));
    if (Status s = m_db.exec(insert); !s)
        return s.error();
    if (insert.numRowsAffected() == 1)
        return Outcome::Added;
    return compareQt(p); // already stored, earlier or on an earlier line of this file
}

Result<PurchaseWriter::Outcome> PurchaseWriter::compareQt(const Purchase& p)
{
    QSqlQuery& existing = *m_existing;
    existing.bindValue(0, m_partnerId);
    existing.bindValue(1, p.invoice);
    existing.bindValue(2, p.line);
    if (Status s = m_db.exec(existing); !s)
        return s.error();
    if (!existing.next())
        return Outcome::Absent;
    const bool same = existing.value(0).toString() == toString(p.documentType) &&
                      Repository::toDate(existing.value(1)) == p.invoiceDate &&
                      existing.value(2).toString() == p.omlpType && existing.value(3).toInt() == p.units &&
                      sameKpiValue(existing.value(4).toDouble(), p.kpiValue) &&
                      existing.value(5).toLongLong() == p.revenueCents &&
                      existing.value(6).toString() == p.currency &&
                      existing.value(7).toString() == p.competency;
    existing.finish();
    return same ? Outcome::Same : Outcome::Conflict;
}

} // namespace lp
