// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "databasecopier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lp {
namespace {

// Rows to a statement: one round trip for many rows, and far below either driver's limit of
// bound values (SQLite 32766, PostgreSQL 65535) with our widest table.
constexpr int kBatchRows = 100;

QString placeholders(int columns, int rows)
{
    QStringList one;
    for (int i = 0; i < columns; ++i)
        one << QStringLiteral("?");
    const QString row = QLatin1Char('(') + one.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QLatin1String(", "));
}

} // namespace

const QStringList& DatabaseCopier::tables()
{
    static const QStringList list{
        QStringLiteral("partners"),      QStringLiteral("memberships"),
        QStringLiteral("trainers"),      QStringLiteral("exam_passes"),
        QStringLiteral("purchases"),     QStringLiteral("users"),
        QStringLiteral("enrollments"),   QStringLiteral("discrepancy_cases"),
        QStringLiteral("case_evidence"), QStringLiteral("listing_requests"),
        QStringLiteral("audit_log"),     QStringLiteral("rule_sets"),
        QStringLiteral("kpi_daily"),     QStringLiteral("user_marks"),
    };
    return list;
}

QStringList DatabaseCopier::tablesOf(const Database& db)
{
    // Version 1 has the first six tables only; rule_sets comes with version 6, kpi_daily with 8,
    // user_marks with 10.
    if (db.schemaVersion() >= 10)
        return tables();
    if (db.schemaVersion() >= 8)
        return tables().mid(0, 13);
    if (db.schemaVersion() >= 6)
        return tables().mid(0, 12);
    return db.schemaVersion() >= 2 ? tables().mid(0, 11) : tables().mid(0, 6);
}

bool DatabaseCopier::isSeeded(const QString& table)
{
    return table == QLatin1String("rule_sets");
}

Result<QMap<QString, qint64>> DatabaseCopier::countRows(const Database& db, const QString& schema)
{
    QMap<QString, qint64> counts;
    const QString prefix = schema.isEmpty() ? QString() : schema + QLatin1Char('.');
    for (const QString& table : tablesOf(db)) {
        QSqlQuery q(db.connection());
        // Table (and schema) names come from our own lists, never from input.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(prefix, table)) || !q.next())
            return db.queryError(q.lastError());
        counts.insert(table, q.value(0).toLongLong());
    }
    return counts;
}

Result<bool> DatabaseCopier::holdsData(const Database& db)
{
    for (const QString& table : tablesOf(db)) {
        if (isSeeded(table)) // every new database has them: they are no one's data
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return db.queryError(q.lastError());
        if (q.next())
            return true;
    }
    return false;
}

Status DatabaseCopier::beginSnapshot(const Database& db)
{
    if (db.isPostgres())
        return db.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (Status s = db.exec(QStringLiteral("BEGIN")); !s)
        return s;
    // SQLite starts the read transaction at the first read: take it now.
    return db.exec(QStringLiteral("SELECT count(*) FROM lp_meta"));
}

void DatabaseCopier::endSnapshot(const Database& db)
{
    (void)db.exec(QStringLiteral("COMMIT"));
}

Status DatabaseCopier::copyRows(const Database& from, Database& to, const Progress& progress)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error{QStringLiteral("DB_QUERY_FAILED"),
                     {},
                     {QStringLiteral("schema versions differ: %1 and %2")
                          .arg(from.schemaVersion())
                          .arg(to.schemaVersion())}};
    for (const QString& table : tablesOf(from)) {
        // A seeded table of the destination gives way to the source's rows.
        if (isSeeded(table)) {
            if (Status s = to.exec(QStringLiteral("DELETE FROM %1").arg(table)); !s)
                return s;
        }
        if (Status s = copyTable(from, to, table, progress); !s)
            return s;
    }
    QSqlQuery head(from.connection());
    head.prepare(QStringLiteral("SELECT value FROM lp_meta WHERE key = ?"));
    head.addBindValue(QStringLiteral("audit_head"));
    if (!head.exec())
        return from.queryError(head.lastError());
    QSqlQuery write(to.connection());
    if (head.next()) {
        write.prepare(QStringLiteral("INSERT INTO lp_meta (key, value) VALUES (?, ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        write.addBindValue(QStringLiteral("audit_head"));
        write.addBindValue(head.value(0).toString());
    } else {
        write.prepare(QStringLiteral("DELETE FROM lp_meta WHERE key = ?"));
        write.addBindValue(QStringLiteral("audit_head"));
    }
    return to.exec(write);
}

Status DatabaseCopier::copyTable(const Database& from, Database& to, const QString& table,
                                 const Progress& progress)
{
    const QSqlRecord record = to.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    if (columns.isEmpty())
        return Error{QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("no table %1").arg(table)}};
    const QString list = columns.join(QLatin1String(", "));

    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(list, table)))
        return from.queryError(read.lastError());

    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, list);
    QSqlQuery batch(to.connection());
    if (!batch.prepare(insert + placeholders(int(columns.size()), kBatchRows)))
        return to.queryError(batch.lastError());
    QVariantList pending;
    pending.reserve(kBatchRows * columns.size());
    qint64 copied = 0;
    auto flush = [&](QSqlQuery& q) -> Status {
        for (const QVariant& v : std::as_const(pending))
            q.addBindValue(v);
        pending.clear();
        return to.exec(q);
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            pending << read.value(i);
        ++copied;
        if (copied % kBatchRows == 0) {
            if (Status s = flush(batch); !s)
                return s;
            if (progress)
                progress(table, copied);
        }
    }
    if (read.lastError().isValid())
        return from.queryError(read.lastError());
    if (!pending.isEmpty()) {
        QSqlQuery tail(to.connection());
        if (!tail.prepare(insert + placeholders(int(columns.size()), int(pending.size() / columns.size()))))
            return to.queryError(tail.lastError());
        if (Status s = flush(tail); !s)
            return s;
    }
    if (progress)
        progress(table, copied);
    return {};
}

Status DatabaseCopier::attach(Database& to, const QString& file)
{
    QSqlQuery q(to.connection());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS lp_source"));
    q.addBindValue(file);
    return to.exec(q);
}

void DatabaseCopier::detach(Database& to)
{
    (void)to.exec(QStringLiteral("DETACH DATABASE lp_source"));
}

Status DatabaseCopier::copyAttached(Database& to)
{
    for (const QString& table : tablesOf(to)) {
        // A seeded table of the destination gives way to the source's rows, as in copyRows().
        if (isSeeded(table)) {
            if (Status s = to.exec(QStringLiteral("DELETE FROM main.%1").arg(table)); !s)
                return s;
        }
        const QSqlRecord record = to.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        const QString list = columns.join(QLatin1String(", "));
        if (Status s =
                to.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM lp_source.%1 ORDER BY 1")
                            .arg(table, list));
            !s)
            return s;
    }
    return to.exec(QStringLiteral("INSERT OR REPLACE INTO main.lp_meta (key, value)"
                                  " SELECT key, value FROM lp_source.lp_meta WHERE key = 'audit_head'"));
}

Status DatabaseCopier::beginBulkWrite(Database& db)
{
    if (db.isPostgres())
        return {};
    return db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

void DatabaseCopier::endBulkWrite(Database& db)
{
    if (db.isPostgres())
        return;
    (void)db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

Result<qint64> DatabaseCopier::foreignKeyProblems(const Database& db)
{
    if (db.isPostgres())
        return qint64(0);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA main.foreign_key_check")))
        return db.queryError(q.lastError());
    qint64 problems = 0;
    while (q.next())
        ++problems;
    return problems;
}

Status DatabaseCopier::clear(Database& db)
{
    if (db.isPostgres()) {
        // One statement for every table: TRUNCATE is transactional in PostgreSQL.
        if (Status s = db.exec(QStringLiteral("TRUNCATE %1").arg(tablesOf(db).join(QLatin1String(", ")))); !s)
            return s;
    } else {
        const QStringList present = tablesOf(db);
        for (auto it = present.crbegin(); it != present.crend(); ++it) {
            if (Status s = db.exec(QStringLiteral("DELETE FROM %1").arg(*it)); !s)
                return s;
        }
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM lp_meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("audit_head"));
    return db.exec(q);
}

Status DatabaseCopier::resetSequences(Database& db)
{
    if (!db.isPostgres())
        return {}; // SQLite's AUTOINCREMENT follows the ids written
    for (const QString& table : tablesOf(db)) {
        if (table == QLatin1String("case_evidence") || table == QLatin1String("kpi_daily") ||
            table == QLatin1String("user_marks"))
            continue; // keyed by their parents' ids, no id column of their own
        // The next id is one above the largest; an empty table starts again at 1.
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                           " COALESCE((SELECT max(id) FROM %1), 1),"
                                           " (SELECT max(id) FROM %1) IS NOT NULL)")
                                .arg(table);
        if (Status s = db.exec(sql); !s)
            return s;
    }
    return {};
}

Status DatabaseCopier::vacuumInto(const Database& db, const QString& file)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    return db.exec(q);
}

Status DatabaseCopier::useRollbackJournal(Database& db)
{
    if (db.isPostgres())
        return {};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return db.queryError(q.lastError());
    return {};
}

} // namespace lp
