#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lp {

// The numbered schema migrations. Each is written once for both drivers with a few
// placeholders that Migrations::sql() turns into the dialect's types:
//   {ID}    an auto-numbered 64-bit primary key
//   {INT64} a 64-bit integer   {REAL} a double   {BLOB} bytes
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    QStringList sqliteStatements;   // run on SQLite only, after `statements`
    QStringList postgresStatements; // run on PostgreSQL only, after `statements`
};

class Migrations
{
public:
    static const QList<Migration>& all();
    static int latest();
    static QString sql(const QString& statement, bool postgres);
    // Version 7 (migration7.cpp): withdrawn cases and listing requests, the case's description.
    static Migration withdrawals();
};

} // namespace lp
