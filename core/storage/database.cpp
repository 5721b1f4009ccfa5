// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "database.h"

#include "auditrepository.h"
#include "databasecopier.h"
#include "kpisummaryrepository.h"
#include "migrations.h"
#include "sqlitefile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace lp {
namespace {

const QLatin1String kApplication("learnpartner");

std::atomic<bool> s_createAllowed{true};
std::atomic<qint64> s_defaultBusyWait{60000};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("lp-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A read-only look at a WAL-mode file still makes SQLite create its -wal and -shm side
// files. When we refuse a database, those must not be left behind: this removes the ones
// that were not there before and hold nothing.
class SideFileGuard
{
public:
    explicit SideFileGuard(const QString& path)
    {
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString side = path + QLatin1String(suffix);
            if (!QFile::exists(side))
                m_created << side;
        }
    }
    void removeLeftovers() const
    {
        for (const QString& side : m_created) {
            const QFileInfo info(side);
            if (info.exists() && (info.size() == 0 || side.endsWith(QLatin1String("-shm"))))
                QFile::remove(side);
        }
    }

private:
    QStringList m_created;
};

} // namespace

Database::Database(DatabaseLocation location, Mode mode)
    : m_location(std::move(location)), m_mode(mode), m_connectionName(nextConnectionName()),
      m_busyWaitMs(s_defaultBusyWait.load())
{
}

void Database::setCreateAllowed(bool allowed)
{
    s_createAllowed = allowed;
}

bool Database::createAllowed()
{
    return s_createAllowed;
}

void Database::setDefaultBusyWait(qint64 ms)
{
    s_defaultBusyWait = std::max<qint64>(0, ms);
}

qint64 Database::defaultBusyWait()
{
    return s_defaultBusyWait;
}

void Database::setBusyWait(qint64 ms)
{
    m_busyWaitMs = std::max<qint64>(0, ms);
    if (isPostgres() && connection().isOpen())
        (void)exec(QStringLiteral("SET lock_timeout = %1").arg(std::max<qint64>(1, m_busyWaitMs)));
}

Error Database::queryError(const QSqlError& e) const
{
    const QString text = e.text().trimmed();
    const QString where = isPostgres() ? m_location.display() : m_location.path;
    const QString native = e.nativeErrorCode();
    bool busy = false;
    bool damaged = false;
    if (isPostgres()) {
        busy = native == QLatin1String("55P03"); // lock_not_available: lock_timeout ran out
        damaged = native == QLatin1String("XX001") || native == QLatin1String("XX002");
    } else {
        const int code = native.toInt() & 0xff;
        busy = code == SQLITE_BUSY || code == SQLITE_LOCKED;
        damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    }
    if (busy)
        return {QStringLiteral("DB_BUSY"), {}, {where, QString::number(double(m_busyWaitMs) / 1000.0)}};
    if (damaged)
        return {QStringLiteral("DB_DAMAGED"), {}, {where, text}};
    return {QStringLiteral("DB_QUERY_FAILED"), {}, {text.isEmpty() ? QStringLiteral("unknown error") : text}};
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, Options options)
{
    auto loc = DatabaseLocation::parse(location);
    if (!loc)
        return loc.error();
    return open(loc.value(), options);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, Options options)
{
    std::unique_ptr<Database> db(new Database(location, options.mode));
    const int target = options.targetVersion < 0 ? Migrations::latest() : options.targetVersion;
    const bool readOnly = options.mode == Mode::ReadOnly;

    const bool create =
        options.create == Create::Yes || (options.create == Create::Default && s_createAllowed);
    int version = 0;
    if (location.driver == DatabaseLocation::Driver::SQLite) {
        const QFileInfo info(location.path);
        const SqliteFile::Kind kind = SqliteFile::inspect(location.path);
        switch (kind) {
        case SqliteFile::Kind::NotAFile:
        case SqliteFile::Kind::NotSqlite:
            return Error{QStringLiteral("DB_NOT_OURS"), {}, {location.path}};
        case SqliteFile::Kind::Truncated:
            return Error{QStringLiteral("DB_DAMAGED"),
                         {},
                         {location.path, QStringLiteral("the file is shorter than its header says")}};
        case SqliteFile::Kind::Missing:
            if (readOnly || !create)
                return Error{QStringLiteral("NOT_FOUND"), {}, {location.path}};
            break;
        case SqliteFile::Kind::Empty:
            if (readOnly || !create)
                return Error{QStringLiteral("DB_FILE_EMPTY"), {}, {location.path}};
            break;
        case SqliteFile::Kind::Sqlite: {
            // Look before we touch: a read-only connection cannot change a byte of a file
            // that turns out not to be ours (setting WAL mode alone would rewrite its header).
            const SideFileGuard sideFiles(location.path);
            if (Status s = db->connect(true); !s)
                return s.error();
            auto v = db->inspect();
            const bool refused = !v || v.value() > Migrations::latest() || v.value() == 0;
            if (refused || !readOnly) {
                QSqlDatabase::database(db->m_connectionName, false).close();
                QSqlDatabase::removeDatabase(db->m_connectionName);
            }
            if (refused)
                sideFiles.removeLeftovers();
            if (!v)
                return v.error();
            // A SQLite file without any table of ours yet is not ours to fill, except by db init.
            if (v.value() == 0 && (readOnly || !create))
                return Error{QStringLiteral("DB_NOT_INITIALISED"), {}, {}};
            version = v.value();
            break;
        }
        }
        if (!readOnly) {
            if (kind == SqliteFile::Kind::Missing) {
                if (Status s = SqliteFile::createPrivate(info.absoluteFilePath()); !s)
                    return s.error();
            } else if (kind == SqliteFile::Kind::Empty) {
                QFile::setPermissions(location.path, QFile::ReadOwner | QFile::WriteOwner);
            }
            if (Status s = db->connect(false); !s)
                return s.error();
        }
    } else {
        if (Status s = db->connect(readOnly); !s)
            return s.error();
        auto v = db->inspect();
        if (!v)
            return v.error();
        version = v.value();
        if (version == 0 && !readOnly && !create)
            return Error{QStringLiteral("DB_NOT_INITIALISED"), {}, {}};
    }

    if (version > Migrations::latest())
        return Error{QStringLiteral("DB_NEWER_SCHEMA"),
                     {},
                     {QString::number(version), QString::number(Migrations::latest())}};
    if (readOnly) {
        if (version == 0)
            return Error{QStringLiteral("DB_NOT_INITIALISED"), {}, {}};
        db->m_schemaVersion = version;
        return db;
    }
    db->m_schemaVersion = version;
    if (version < target) {
        if (Status s = db->migrate(version, target); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    auto other = open(m_location, Options{m_mode, m_schemaVersion});
    if (other) {
        // The worker waits as this connection would, and is heard by the same observer.
        other.value()->setBusyWait(m_busyWaitMs);
        other.value()->setWaitObserver(m_waitObserver);
    }
    return other;
}

Status Database::connect(bool readOnly)
{
    const bool pg = isPostgres();
    const QString driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{QStringLiteral("DB_OPEN_FAILED"),
                     {},
                     {QStringLiteral("Qt SQL driver %1 is not installed").arg(driver)}};

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (pg) {
        // The password, when one is needed, comes from PGPASSWORD, which libpq reads itself.
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        db.setDatabaseName(m_location.path);
        // The busy timeout is the fallback; installBusyHandler() replaces it with one that reports.
        const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyWaitMs);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout : timeout);
    }
    if (!db.open())
        return Error{QStringLiteral("DB_OPEN_FAILED"), {}, {db.lastError().text().trimmed()}};
    if (!pg)
        installBusyHandler();

    QStringList setup;
    if (pg) {
        setup << QStringLiteral("SET client_min_messages TO WARNING")
              << QStringLiteral("SET lock_timeout = %1").arg(std::max<qint64>(1, m_busyWaitMs));
        if (readOnly)
            setup << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    } else if (readOnly) {
        setup << QStringLiteral("PRAGMA query_only = ON");
    } else {
        // 16 KiB pages for a new database (an existing one keeps its own; this is a no-op there):
        // a million-row ledger's b-trees are a level shallower and split less often than with
        // SQLite's 4 KiB, which takes a tenth off a bulk import (bench_ledger). A 32 MB page cache
        // (SQLite's default is 2 MB) keeps a large ledger's indexes in memory.
        setup << QStringLiteral("PRAGMA page_size = 16384") << QStringLiteral("PRAGMA journal_mode = WAL")
              << QStringLiteral("PRAGMA synchronous = NORMAL") << QStringLiteral("PRAGMA foreign_keys = ON")
              << QStringLiteral("PRAGMA cache_size = -32768");
    }
    for (const QString& sql : setup) {
        if (Status s = exec(sql); !s)
            return s;
    }
    return {};
}

void Database::installBusyHandler()
{
    if (sqlite3* handle = SqliteFile::handle(connection()))
        sqlite3_busy_handler(handle, &Database::onBusy, this);
}

// SQLite calls this while another connection holds the lock we need (count: 0 on the first call
// of each wait). Returning 1 tries again; 0 gives up with SQLITE_BUSY, which becomes DB_BUSY.
int Database::onBusy(void* self, int count)
{
    auto* d = static_cast<Database*>(self);
    if (count == 0) {
        d->m_busyTimer.start();
        d->m_busyReported = -1;
    }
    const qint64 waited = d->m_busyTimer.elapsed();
    if (waited >= d->m_busyWaitMs)
        return 0;
    if (d->m_waitObserver && (d->m_busyReported < 0 || waited - d->m_busyReported >= 250)) {
        d->m_busyReported = waited;
        d->m_waitObserver(waited, d->m_busyWaitMs);
    }
    // Short sleeps first (most locks are held for milliseconds), then a tenth of a second.
    const qint64 step = std::min<qint64>(count < 10 ? 2 * (count + 1) : 100, d->m_busyWaitMs - waited);
    QThread::msleep(quint64(std::max<qint64>(1, step)));
    return 1;
}

Result<int> Database::inspect()
{
    QSqlQuery q(connection());
    const QString tablesSql = isPostgres()
                                  ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                   " WHERE table_schema = current_schema()")
                                  : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                                   " AND name NOT LIKE 'sqlite_%'");
    if (!q.exec(tablesSql))
        return queryError(q.lastError());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return 0;
    const QString where = isPostgres() ? m_location.display() : m_location.path;
    if (!tables.contains(QLatin1String("lp_meta")))
        return Error{QStringLiteral("DB_NOT_OURS"), {}, {where}};

    if (!q.exec(QStringLiteral("SELECT key, value FROM lp_meta")))
        return queryError(q.lastError());
    QString application;
    int version = -1;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("application"))
            application = q.value(1).toString();
        else if (key == QLatin1String("schema_version"))
            version = q.value(1).toString().toInt();
    }
    if (application != kApplication || version < 1)
        return Error{QStringLiteral("DB_NOT_OURS"), {}, {where}};
    return version;
}

Status Database::migrate(int from, int to)
{
    const bool pg = isPostgres();
    Status result = transaction([&]() -> Status {
        for (const Migration& m : Migrations::all()) {
            if (m.version <= from || m.version > to)
                continue;
            const QStringList statements =
                pg ? m.statements + m.postgresStatements : m.statements + m.sqliteStatements;
            for (const QString& statement : statements) {
                QSqlQuery q(connection());
                if (!q.exec(Migrations::sql(statement, pg)))
                    return Error{QStringLiteral("DB_MIGRATION_FAILED"),
                                 {},
                                 {QString::number(m.version), q.lastError().text().trimmed()}};
            }
            if (m.seed) {
                if (Status s = m.seed(*this); !s)
                    return Error{
                        QStringLiteral("DB_MIGRATION_FAILED"),
                        {},
                        {QString::number(m.version), s.error().code + QLatin1Char(' ') + s.error().path}};
            }
        }
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("INSERT INTO lp_meta (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto& [key, value] : {std::pair{QStringLiteral("application"), QString(kApplication)},
                                         std::pair{QStringLiteral("schema_version"), QString::number(to)}}) {
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return Error{QStringLiteral("DB_MIGRATION_FAILED"),
                             {},
                             {QString::number(to), q.lastError().text().trimmed()}};
        }
        return {};
    });
    if (result)
        m_schemaVersion = to;
    return result;
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_mode == Mode::ReadOnly)
        return Error{QStringLiteral("DB_READ_ONLY"), {}, {}};
    if (m_transactionDepth > 0) {
        // Join the outer transaction; an inner failure dooms it.
        ++m_transactionDepth;
        Status s;
        try {
            s = work();
        } catch (...) {
            --m_transactionDepth;
            m_rollbackOnly = true;
            throw;
        }
        --m_transactionDepth;
        if (!s)
            m_rollbackOnly = true;
        return s;
    }

    // SQLite: take the write lock at once, so two writers wait on the busy timeout
    // instead of failing when one upgrades a read lock.
    if (Status s = exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    Status s;
    try {
        s = work();
    } catch (...) {
        m_transactionDepth = 0;
        (void)exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    m_transactionDepth = 0;
    if (!s || m_rollbackOnly) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return s ? Status(Error{QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("rolled back")}}) : s;
    }
    if (Status c = exec(QStringLiteral("COMMIT")); !c) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return c;
    }
    return {};
}

Status Database::exec(QSqlQuery& query) const
{
    if (!query.exec())
        return queryError(query.lastError());
    return {};
}

Status Database::exec(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return queryError(q.lastError());
    return {};
}

Result<QList<Database::Finding>> Database::integrityFindings() const
{
    QSqlQuery q(connection());
    QList<Finding> findings;
    if (!isPostgres()) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return queryError(q.lastError());
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                findings.append({QStringLiteral("DB_INTEGRITY"), line});
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return queryError(q.lastError());
        while (q.next())
            findings.append({QStringLiteral("DB_FOREIGN_KEY"),
                             QStringLiteral("foreign key: %1 row %2 -> %3")
                                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())});
    }
    // Both drivers: every table of the schema is there and readable.
    for (const QString& table : DatabaseCopier::tablesOf(*this)) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)))
            findings.append({QStringLiteral("DB_TABLE_UNREADABLE"),
                             QStringLiteral("%1: %2").arg(table, q.lastError().text().trimmed())});
    }
    // The KPI summary against a recount of the purchases (docs/architecture.md#the-kpi-summary).
    if (m_schemaVersion >= KpiSummaryRepository::kSinceVersion && findings.isEmpty()) {
        auto stale = KpiSummaryRepository(const_cast<Database&>(*this)).staleRows();
        if (!stale)
            findings.append({QStringLiteral("DB_TABLE_UNREADABLE"),
                             QStringLiteral("kpi_daily: %1").arg(stale.error().args.value(0))});
        else if (stale.value() > 0)
            findings.append(
                {QStringLiteral("KPI_SUMMARY_STALE"),
                 QStringLiteral("KPI summary: %1 day sums differ from the purchases").arg(stale.value())});
    }
    // The audit trail's chain, and its head against the newest anchor kept outside the database.
    if (m_schemaVersion >= 2 && findings.isEmpty()) {
        auto audit = AuditRepository(const_cast<Database&>(*this)).verify();
        if (!audit)
            findings.append({QStringLiteral("AUDIT_UNREADABLE"), audit.error().args.value(0)});
        else if (!audit->intact)
            findings.append(
                {audit->problem.code,
                 QStringLiteral("audit trail: %1 (entry %2)").arg(audit->problem.code).arg(audit->firstBadId),
                 audit->firstBadId});
    }
    return findings;
}

Result<QString> Database::integrityCheck() const
{
    auto findings = integrityFindings();
    if (!findings)
        return findings.error();
    QStringList problems;
    for (const Finding& f : findings.value())
        problems << f.detail;
    return problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1String("; "));
}

} // namespace lp
