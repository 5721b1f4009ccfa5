// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace lp {

// What a SQLite database file is before anything opens it, and the files we create: a database
// or a backup holds password hashes, so it is readable by its owner only (0600) and so are the
// folders we make for it (0700). Nothing here writes to a file that exists already.
class SqliteFile
{
public:
    enum class Kind {
        Missing,   // no file there
        Empty,     // a zero-byte file: not ours yet
        NotAFile,  // a folder, a device...
        NotSqlite, // does not start with SQLite's header
        Truncated, // shorter than its own header says: damaged
        Sqlite,    // a SQLite database file (ours or not: Database::open looks inside)
    };
    static Kind inspect(const QString& path);

    // Creates `path` as a new empty file (0600), and the folders missing on its way (0700).
    // Refuses a path that exists.
    static Status createPrivate(const QString& path);
    // Creates the folders missing on the way to `dir`, each 0700.
    static Status makePrivateDirs(const QString& dir);

    // The sqlite3 connection under a Qt SQLite connection when it is the library we link; else null.
    static sqlite3* handle(const QSqlDatabase& connection);
};

} // namespace lp
