// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "databaselocation.h"
#include "domain/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace lp {

// One open connection to our database, SQLite (a file; WAL, foreign keys on, busy timeout)
// or PostgreSQL, through Qt SQL. Opening checks that the database is ours and of a schema
// version we know before anything is written: a foreign file or a newer schema is refused
// and left byte for byte as it was. An older schema is upgraded in one transaction.
//
// A new SQLite file is created readable by its owner only (0600), in folders made 0700. A file
// that is not ours yet (missing, or zero bytes) is only made a database when the caller allows
// creation (the default, which learnpartner-cli turns off for everything but "db init"); else it
// is refused (NOT_FOUND, DB_FILE_EMPTY) and left as it was. A damaged file (shorter than its
// header says, or reported corrupt by SQLite) gives DB_DAMAGED.
//
// A busy database makes a writer wait, up to busyWait() milliseconds (60 s by default), for the
// write lock (SQLite: BEGIN IMMEDIATE through a busy handler; PostgreSQL: lock_timeout), then
// DB_BUSY. setWaitObserver() hears that a wait goes on, so a front end can say so.
//
// A Database is used from the thread that opened it; a worker thread opens its own with
// openAnother().
class Database
{
public:
    enum class Mode {
        Upgrade,  // create or upgrade the schema as needed (the normal open)
        ReadOnly, // inspect only: refuse a database without our schema, never write
    };
    enum class Create {
        Default, // as setCreateAllowed() says for the process (allowed unless turned off)
        Yes,     // a missing or zero-byte file, or an empty PostgreSQL database, becomes ours
        No,      // only a database that is ours already
    };
    struct Options
    {
        Mode mode = Mode::Upgrade;
        int targetVersion = -1; // -1: the latest; tests may stop at an older version
        Create create = Create::Default;
    };
    // Called now and then while a write waits for another connection to finish, with the time
    // waited so far and the limit (milliseconds), in the thread that waits.
    using WaitObserver = std::function<void(qint64 waitedMs, qint64 limitMs)>;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& location)
    {
        return open(location, Options{});
    }
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, Options options);
    // A second connection to the same database (for a worker thread), opened in the calling thread,
    // with this one's busy wait and wait observer (which must then bear being called from that thread).
    Result<std::unique_ptr<Database>> openAnother() const;

    static int latestSchemaVersion();

    // Process-wide defaults for databases opened from now on.
    static void setCreateAllowed(bool allowed);
    static bool createAllowed();
    static void setDefaultBusyWait(qint64 ms);
    static qint64 defaultBusyWait();

    qint64 busyWait() const { return m_busyWaitMs; }
    void setBusyWait(qint64 ms);
    void setWaitObserver(WaitObserver observer) { m_waitObserver = std::move(observer); }

    QSqlDatabase connection() const;
    const DatabaseLocation& location() const { return m_location; }
    bool isPostgres() const { return m_location.driver == DatabaseLocation::Driver::PostgreSQL; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Runs `work` inside one transaction: committed when it returns success, rolled back
    // when it returns an error (or throws). Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Prepares `sql` on this connection; executes with the bound values. Returns the
    // DB_QUERY_FAILED error with the driver's text when it fails.
    Status exec(QSqlQuery& query) const;
    Status exec(const QString& sql) const;

    // One thing integrityFindings() found wrong: `code` says what (DB_INTEGRITY: a line of
    // SQLite's integrity_check; DB_FOREIGN_KEY; DB_TABLE_UNREADABLE; AUDIT_UNREADABLE; or the audit
    // trail's own code, AUDIT_TRUNCATED, AUDIT_ANCHOR_MISMATCH, AUDIT_ENTRY_CHANGED ...), `detail`
    // the words, `entry` the first audit entry concerned (0: none).
    struct Finding
    {
        QString code;
        QString detail;
        qint64 entry = 0;
    };
    // PRAGMA integrity_check (SQLite) or a catalogue check (PostgreSQL), then the audit trail's
    // chain and its newest anchor outside the database (AuditRepository::verify()); none when sound.
    Result<QList<Finding>> integrityFindings() const;
    // The same in one text: "ok" when sound, else the findings' details joined.
    Result<QString> integrityCheck() const;

    // The error for a failed statement: DB_BUSY, DB_DAMAGED, or DB_QUERY_FAILED with the driver's text.
    Error queryError(const QSqlError& error) const;

private:
    Database(DatabaseLocation location, Mode mode);
    Status connect(bool readOnly);
    Result<int> inspect(); // our schema version, 0 for an empty database
    Status migrate(int from, int to);
    void installBusyHandler();
    static int onBusy(void* self, int count);

    DatabaseLocation m_location;
    Mode m_mode;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    qint64 m_busyWaitMs = 60000;
    QElapsedTimer m_busyTimer;
    qint64 m_busyReported = -1;
    WaitObserver m_waitObserver;
};

} // namespace lp
