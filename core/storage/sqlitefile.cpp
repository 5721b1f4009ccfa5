// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lp {
namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes[offset + i]);
    return v;
}

} // namespace

SqliteFile::Kind SqliteFile::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    if (!info.isFile())
        return Kind::NotAFile;
    if (info.size() == 0)
        return Kind::Empty;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Kind::NotSqlite;
    const QByteArray head = f.read(100);
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Kind::NotSqlite;
    if (head.size() < 100)
        return Kind::Truncated;
    // The file format (sqlite.org/fileformat2.html, "the database header"): the page size at
    // offset 16 (1 means 65536), the size in pages at 28, valid when the change counter at 24
    // equals the version-valid-for number at 92. A file shorter than that lost its end.
    quint32 pageSize = (quint32(quint8(head[16])) << 8) | quint8(head[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian32(head, 28);
    const bool sizeValid = pages > 0 && bigEndian32(head, 24) == bigEndian32(head, 92);
    if (sizeValid && qint64(pages) * pageSize > info.size())
        return Kind::Truncated;
    return Kind::Sqlite;
}

Status SqliteFile::makePrivateDirs(const QString& dir)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    QStringList missing;
    QString at = absolute;
    while (!at.isEmpty() && !QFileInfo::exists(at)) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).absolutePath();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString& d : missing) {
        if (::mkdir(QFile::encodeName(d).constData(), 0700) != 0 && errno != EEXIST)
            return Error{QStringLiteral("DB_OPEN_FAILED"),
                         {},
                         {d + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))}};
    }
    return {};
}

Status SqliteFile::createPrivate(const QString& path)
{
    const QFileInfo info(path);
    if (Status s = makePrivateDirs(info.absolutePath()); !s)
        return s;
    const int fd = ::open(QFile::encodeName(info.absoluteFilePath()).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QStringLiteral("DB_OPEN_FAILED"),
                     {},
                     {path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno))}};
    // The umask may only take bits away; make sure it is exactly owner read and write.
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

// Debian's Qt SQLite plugin (libqt6sql6-sqlite) links the system libsqlite3.so.0, which is the library
// we link (pkg-config sqlite3): one library, so the handle is one our calls may use. A Qt built with its
// own copy of SQLite (-qt-sqlite) would hand over a connection of another library: the source ids differ,
// and the callers fall back to Qt SQL.
sqlite3* SqliteFile::handle(const QSqlDatabase& connection)
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

} // namespace lp
