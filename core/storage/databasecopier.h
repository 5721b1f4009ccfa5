// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "database.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace lp {

// Moves whole databases' rows between connections, SQLite or PostgreSQL, with bound values:
// the one list of our tables in dependency order (a row's references come before it), the
// counts, a read snapshot on the source, emptying a target, and, on SQLite, a consistent copy of
// the whole file (VACUUM INTO) while other connections keep working.
class DatabaseCopier
{
public:
    // Every table of the schema, parents before children (lp_meta apart: see copyRows()).
    static const QStringList& tables();
    // Those of them `db`'s schema version has.
    static QStringList tablesOf(const Database& db);
    // A table every new database is given rows in by its migrations (rule_sets): holdsData()
    // ignores it, and copyRows() replaces the destination's rows by the source's.
    static bool isSeeded(const QString& table);

    // Rows per table (of the attached database `schema`, e.g. "lp_source", when given).
    static Result<QMap<QString, qint64>> countRows(const Database& db, const QString& schema = {});
    // True when any table holds a row (the audit trail included; seeded tables not).
    static Result<bool> holdsData(const Database& db);

    // A read snapshot on `db` until endSnapshot(): PostgreSQL, one REPEATABLE READ READ ONLY
    // transaction; SQLite, one read transaction (WAL: writers go on, we see none of their work).
    static Status beginSnapshot(const Database& db);
    static void endSnapshot(const Database& db);

    // Inside a transaction of `to`: inserts every row of every table of `from` (ids kept), and the
    // audit head kept in lp_meta. Both databases must have the same schema version.
    using Progress = std::function<void(const QString& table, qint64 rows)>;
    static Status copyRows(const Database& from, Database& to, const Progress& progress = {});
    // SQLite to SQLite, the fast way: `file` is attached to `to` (outside any transaction) and,
    // inside a transaction of `to`, copyAttached() copies every row with INSERT ... SELECT.
    static Status attach(Database& to, const QString& file);
    static Status copyAttached(Database& to);
    static void detach(Database& to);
    // SQLite, outside any transaction, around a whole database's rows written in one: foreign keys
    // off (each row's references are then not looked up one by one, and emptying a table is one
    // truncation); endBulkWrite() turns them on again. Only for rows known to be consistent (a
    // verified backup), or checked with foreignKeyProblems() after. (A larger page cache was
    // measured too, bench/bench_backup: it made a restore into a new file twice as slow.)
    static Status beginBulkWrite(Database& db);
    static void endBulkWrite(Database& db);
    // SQLite: how many rows of `db` reference a row that is not there (PRAGMA foreign_key_check).
    static Result<qint64> foreignKeyProblems(const Database& db);
    // Inside a transaction of `db`: removes every row of every table, children first.
    static Status clear(Database& db);
    // PostgreSQL: each identity sequence follows its table's largest id (after rows with ids).
    static Status resetSequences(Database& db);

    // SQLite: writes a consistent copy of the database into `file`, which must not exist or be empty.
    static Status vacuumInto(const Database& db, const QString& file);
    // SQLite: the file's journal back to a rollback journal (no -wal side file once closed).
    static Status useRollbackJournal(Database& db);

private:
    static Status copyTable(const Database& from, Database& to, const QString& table,
                            const Progress& progress);
};

} // namespace lp
