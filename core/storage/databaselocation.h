// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QString>

namespace lp {

// Where a database lives: a SQLite file, or a PostgreSQL server named by
// postgresql://user@host:port/dbname (a Unix-socket directory may be given as ?host=/dir,
// as libpq does). A password never comes from the location: only from PGPASSWORD.
struct DatabaseLocation
{
    enum class Driver { SQLite, PostgreSQL };

    Driver driver = Driver::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL: host name or socket directory
    int port = 5432;
    QString user;
    QString databaseName;

    static Result<DatabaseLocation> parse(const QString& text);
    // For humans (status bar, messages): never shows a password.
    QString display() const;
    // A text parse() reads back as this location (a SQLite path, or a postgresql:// URL).
    QString text() const;
    bool operator==(const DatabaseLocation&) const = default;
};

} // namespace lp
