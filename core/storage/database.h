#pragma once

#include "databaselocation.h"
#include "domain/error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace lp {

// One open connection to our database, SQLite (a file; WAL, foreign keys on, busy timeout)
// or PostgreSQL, through Qt SQL. Opening checks that the database is ours and of a schema
// version we know before anything is written: a foreign file or a newer schema is refused
// and left byte for byte as it was. An older schema is upgraded in one transaction.
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
    struct Options
    {
        Mode mode = Mode::Upgrade;
        int targetVersion = -1; // -1: the latest; tests may stop at an older version
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& location, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& location)
    {
        return open(location, Options{});
    }
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, Options options);
    // A second connection to the same database (for a worker thread), opened in the calling thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    static int latestSchemaVersion();

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

    // PRAGMA integrity_check (SQLite) or a catalogue check (PostgreSQL); "ok" when sound.
    Result<QString> integrityCheck() const;

private:
    Database(DatabaseLocation location, Mode mode);
    Status connect(bool readOnly);
    Result<int> inspect(); // our schema version, 0 for an empty database
    Status migrate(int from, int to);

    DatabaseLocation m_location;
    Mode m_mode;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace lp
