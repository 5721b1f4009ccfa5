#include "purchasewriter.h"

#include "purchasewritersqlite.h"
#include "repository.h"

#include <QSqlDriver>
#include <QSqlError>

namespace lp {

using purchasesql::kExisting;
using purchasesql::kInsert;
using purchasesql::sameKpiValue;

namespace {

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
