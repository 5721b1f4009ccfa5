// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lp {

class Database;

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
    // Rows the version brings (the shipped rule sets of version 6), written after the
    // statements in the same transaction; never an audit entry: no one made them.
    Status (*seed)(Database& db) = nullptr;
};

class Migrations
{
public:
    static const QList<Migration>& all();
    static int latest();
    static QString sql(const QString& statement, bool postgres);
    // Version 7 (migration7.cpp): withdrawn cases and listing requests, the case's description.
    static Migration withdrawals();
    // Version 8 (migration8.cpp): the KPI summary table, filled from the purchases.
    static Migration kpiSummary();
    // Version 9 (migration9.cpp): the ledger's index.
    static Migration ledgerIndex();
    // Version 10 (migration10.cpp): per-account marks (reminders announced and read, the checklist).
    static Migration userMarks();
    // Version 11 (migration11.cpp): PostgreSQL's statistics on the ledger's text filters.
    static Migration ledgerTextStatistics();
};

} // namespace lp
