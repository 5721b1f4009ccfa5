// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "backupservice.h"

#include "security/authorizer.h"
#include "storage/auditanchor.h"
#include "storage/databasecopier.h"
#include "storage/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace lp {
namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// `dir`/`base`-`stamp``suffix`, or with -2, -3 ... when that is taken.
QString freshName(const QString& dir, const QString& base, const QString& suffix)
{
    const QString first = QDir(dir).filePath(QStringLiteral("%1-%2%3").arg(base, stamp(), suffix));
    QString name = first;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral(".part")); ++n)
        name = QDir(dir).filePath(QStringLiteral("%1-%2-%3%4").arg(base, stamp()).arg(n).arg(suffix));
    return name;
}

QString baseNameOf(const DatabaseLocation& location)
{
    if (location.driver == DatabaseLocation::Driver::PostgreSQL)
        return location.databaseName;
    return QFileInfo(location.path).completeBaseName();
}

void removeWithSideFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

AuditAnchor anchorOf(const AuditRepository::Head& head, const DatabaseLocation& location,
                     const QString& backup)
{
    AuditAnchor a;
    a.auditId = head.id;
    a.auditHash = head.hash;
    a.entries = head.entries;
    a.at = QDateTime::currentDateTimeUtc();
    a.database = location.display();
    a.backup = backup;
    return a;
}

Error invalid(const QString& file, const QString& why)
{
    return {QStringLiteral("BACKUP_INVALID"), {}, {file, why}};
}

} // namespace

BackupService::BackupService(Actor actor) : m_actor(std::move(actor)) {}

BackupService::BackupService(Actor actor, Options options)
    : m_actor(std::move(actor)), m_options(std::move(options))
{
}

BackupService::BackupService(const Session& session) : BackupService(session, Options{}) {}

BackupService::BackupService(const Session& session, Options options)
    : m_actor(Actor::of(session)), m_options(std::move(options)), m_session(session)
{
}

Status BackupService::allowed(Permission permission, const QString& location) const
{
    if (!m_session) {
        if (m_actor.role == QLatin1String("operator") || m_actor.role == QLatin1String("frontlineSupport"))
            return {};
        return Error{QStringLiteral("PERMISSION_DENIED"), {}, {m_actor.role, describe(permission)}};
    }
    if (Status s = Authorizer::check(*m_session, permission); !s)
        return s;
    // docs/accounts.md#backups: a shared PostgreSQL database holds other partners' data.
    const auto where = DatabaseLocation::parse(location);
    if (!isSupportRole(m_session->role()) && where && where->driver == DatabaseLocation::Driver::PostgreSQL)
        return Error{
            QStringLiteral("PERMISSION_DENIED"), {}, {toString(m_session->role()), describe(permission)}};
    return {};
}

Result<std::unique_ptr<Database>> BackupService::open(const QString& location,
                                                      Database::Options options) const
{
    auto db = Database::open(location, options);
    if (!db)
        return db.error();
    if (m_options.waitMs >= 0)
        db.value()->setBusyWait(m_options.waitMs);
    if (m_options.waiting)
        db.value()->setWaitObserver(m_options.waiting);
    return db;
}

Result<BackupService::BackupReport> BackupService::backup(const QString& source, const QString& file) const
{
    if (Status s = allowed(Permission::BackUpDatabase, source); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto src = open(source, {Database::Mode::ReadOnly, -1, Database::Create::No});
    if (!src)
        return src.error();
    if (!src.value()->isPostgres()) {
        // VACUUM INTO needs a connection that may write (to the new file only): reopen the
        // database, which is ours, at the version it has (no upgrade).
        const int version = src.value()->schemaVersion();
        src = open(source, {Database::Mode::Upgrade, version, Database::Create::No});
        if (!src)
            return src.error();
    }
    auto report = backupOpen(*src.value(), file);
    if (report)
        report.value().elapsedMs = timer.elapsed();
    return report;
}

Result<BackupService::BackupReport> BackupService::backupOpen(const Database& source,
                                                              const QString& file) const
{
    QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo(file).isDir() || file.endsWith(QLatin1Char('/'))) {
        // A folder (made if missing): a timestamped file in it.
        if (Status s = SqliteFile::makePrivateDirs(target); !s)
            return s.error();
        target = freshName(target, baseNameOf(source.location()), QStringLiteral(".sqlite"));
    } else if (QFileInfo::exists(file)) {
        return Error{QStringLiteral("BACKUP_EXISTS"), {}, {file}};
    }
    const QString dir = QFileInfo(target).absolutePath();
    const QString part = target + QStringLiteral(".part");
    removeWithSideFiles(part); // what a backup stopped half-way left
    if (Status s = SqliteFile::createPrivate(part); !s)
        return s.error();

    BackupReport report;
    Status written = [&]() -> Status {
        if (!source.isPostgres()) {
            if (Status s = DatabaseCopier::vacuumInto(source, part); !s)
                return s;
        }
        auto backup =
            Database::open(part, {Database::Mode::Upgrade, source.schemaVersion(), Database::Create::Yes});
        if (!backup)
            return backup.error();
        Database& b = *backup.value();
        if (source.isPostgres()) {
            if (Status s = DatabaseCopier::beginSnapshot(source); !s)
                return s;
            Status copied = b.transaction([&] { return DatabaseCopier::copyRows(source, b); });
            DatabaseCopier::endSnapshot(source);
            if (!copied)
                return copied;
        }
        // The manifest describes the file as written, so it is consistent with it by construction.
        auto rows = DatabaseCopier::countRows(b);
        if (!rows)
            return rows.error();
        auto head = AuditRepository(b).head();
        if (!head)
            return head.error();
        auto chain = AuditRepository(b).verify();
        if (!chain)
            return chain.error();
        report.auditIntact = chain->intact;
        BackupManifest& m = report.manifest;
        m.createdAt = QDateTime::currentDateTimeUtc();
        m.schemaVersion = b.schemaVersion();
        m.applicationVersion = QCoreApplication::applicationVersion();
        m.source = source.location().display();
        m.rows = rows.value();
        m.auditId = head->id;
        m.auditHash = head->hash;
        m.auditEntries = head->entries;
        if (Status s = b.transaction([&] { return m.writeTo(b); }); !s)
            return s;
        return DatabaseCopier::useRollbackJournal(b);
    }();
    if (written && !QFile::rename(part, target))
        written = Error{QStringLiteral("FILE_UNWRITABLE"), {}, {target, QStringLiteral("rename failed")}};
    if (!written) {
        removeWithSideFiles(part);
        return written.error();
    }
    const BackupManifest& m = report.manifest;
    const AuditAnchor anchor =
        anchorOf(AuditRepository::Head{m.auditId, m.auditHash, m.auditEntries}, source.location(), target);
    if (Status s = AuditAnchor::record(source.location(), anchor, dir); !s)
        return s.error();
    report.file = target;
    report.database = source.location().display();
    report.anchorFile = AuditAnchor::fileFor(source.location());
    return report;
}

Result<BackupManifest> BackupService::verify(const QString& file) const
{
    switch (SqliteFile::inspect(file)) {
    case SqliteFile::Kind::Missing:
        return Error{QStringLiteral("NOT_FOUND"), {}, {file}};
    case SqliteFile::Kind::Empty:
        return Error{QStringLiteral("DB_FILE_EMPTY"), {}, {file}};
    case SqliteFile::Kind::NotAFile:
    case SqliteFile::Kind::NotSqlite:
        return invalid(file, QStringLiteral("not a SQLite file"));
    case SqliteFile::Kind::Truncated:
        return invalid(file, QStringLiteral("the file is shorter than its header says"));
    case SqliteFile::Kind::Sqlite:
        break;
    }
    auto db = Database::open(file, {Database::Mode::ReadOnly, -1, Database::Create::No});
    if (!db) {
        const Error& e = db.error();
        if (e.code == QLatin1String("DB_NOT_OURS") || e.code == QLatin1String("DB_DAMAGED") ||
            e.code == QLatin1String("DB_NOT_INITIALISED"))
            return invalid(file, e.args.value(1, e.code));
        return e;
    }
    auto integrity = db.value()->integrityCheck();
    if (!integrity)
        return invalid(file, integrity.error().args.join(QLatin1String(": ")));
    if (integrity.value() != QLatin1String("ok"))
        return invalid(file, integrity.value());
    auto manifest = BackupManifest::readFrom(*db.value());
    if (!manifest)
        return manifest.error();
    if (!manifest->has_value())
        return invalid(file, QStringLiteral("no manifest"));
    const BackupManifest& m = **manifest;
    if (m.schemaVersion != db.value()->schemaVersion())
        return invalid(file, QStringLiteral("schema version %1, the manifest says %2")
                                 .arg(db.value()->schemaVersion())
                                 .arg(m.schemaVersion));
    auto rows = DatabaseCopier::countRows(*db.value());
    if (!rows)
        return rows.error();
    if (rows.value() != m.rows)
        return invalid(file, QStringLiteral("the row counts differ from the manifest"));
    auto head = AuditRepository(*db.value()).head();
    if (!head)
        return head.error();
    if (head->id != m.auditId || head->hash != m.auditHash)
        return invalid(file, QStringLiteral("the audit head differs from the manifest"));
    return m;
}

Result<BackupService::RestoreReport> BackupService::restore(const QString& target, const QString& file) const
{
    if (Status s = allowed(Permission::RestoreDatabase, target); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto manifest = verify(file);
    if (!manifest)
        return manifest.error();

    // An older backup is upgraded in a scratch copy, never in place.
    QTemporaryDir scratch;
    QString sourcePath = file;
    if (manifest->schemaVersion < Database::latestSchemaVersion()) {
        sourcePath = scratch.filePath(QStringLiteral("backup.sqlite"));
        if (!scratch.isValid() || !QFile::copy(file, sourcePath))
            return Error{QStringLiteral("FILE_UNWRITABLE"), {}, {sourcePath, QStringLiteral("copy failed")}};
        QFile::setPermissions(sourcePath, QFile::ReadOwner | QFile::WriteOwner);
        if (auto upgraded = Database::open(sourcePath, {Database::Mode::Upgrade, -1, Database::Create::No});
            !upgraded)
            return upgraded.error();
    }
    auto src = Database::open(sourcePath, {Database::Mode::ReadOnly, -1, Database::Create::No});
    if (!src)
        return src.error();

    auto location = DatabaseLocation::parse(target);
    if (!location)
        return location.error();
    RestoreReport report;
    report.backup = QFileInfo(file).absoluteFilePath();
    report.manifest = manifest.value();
    report.database = location->display();
    const QString backupDir = QFileInfo(file).absolutePath();

    std::unique_ptr<Database> dst;
    bool fresh = false; // the target starts empty: nothing to back up first
    if (location->driver == DatabaseLocation::Driver::SQLite) {
        const QString path = location->path;
        SqliteFile::Kind kind = SqliteFile::inspect(path);
        if (kind == SqliteFile::Kind::Empty)
            return Error{QStringLiteral("DB_FILE_EMPTY"), {}, {path}};
        if (kind == SqliteFile::Kind::NotAFile || kind == SqliteFile::Kind::NotSqlite)
            return Error{QStringLiteral("DB_NOT_OURS"), {}, {path}};
        if (kind == SqliteFile::Kind::Sqlite) {
            auto opened = open(target, {Database::Mode::Upgrade, -1, Database::Create::No});
            if (opened)
                dst = std::move(opened.value());
            else if (opened.error().code == QLatin1String("DB_DAMAGED"))
                kind = SqliteFile::Kind::Truncated;
            else
                return opened.error();
        }
        if (kind == SqliteFile::Kind::Truncated) {
            // A damaged file cannot be backed up by SQLite: it is set aside byte for byte, with
            // its side files, and the database is made again from the backup.
            report.setAside = QStringLiteral("%1.damaged-%2").arg(path, stamp());
            for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
                const QString side = path + QLatin1String(suffix);
                if (QFileInfo::exists(side) && !QFile::rename(side, report.setAside + QLatin1String(suffix)))
                    return Error{
                        QStringLiteral("FILE_UNWRITABLE"), {}, {side, QStringLiteral("rename failed")}};
            }
            kind = SqliteFile::Kind::Missing;
        }
        if (kind == SqliteFile::Kind::Missing) {
            auto created = open(target, {Database::Mode::Upgrade, -1, Database::Create::Yes});
            if (!created)
                return created.error();
            dst = std::move(created.value());
            fresh = true;
        }
    } else {
        auto opened = open(target, {Database::Mode::Upgrade, -1, Database::Create::Yes});
        if (!opened)
            return opened.error();
        dst = std::move(opened.value());
    }

    if (!fresh) {
        auto holds = DatabaseCopier::holdsData(*dst);
        if (!holds)
            return holds.error();
        if (holds.value()) {
            const QString dir = dst->isPostgres() ? backupDir : QFileInfo(location->path).absolutePath();
            const QString safety =
                freshName(dir, baseNameOf(dst->location()) + QStringLiteral("-before-restore"),
                          QStringLiteral(".sqlite"));
            auto saved = backupOpen(*dst, safety);
            if (!saved)
                return saved.error();
            report.safetyBackup = saved->file;
        }
    }

    // SQLite into SQLite: the backup attached, its rows copied by SQLite itself.
    const bool attached = !dst->isPostgres();
    if (attached) {
        src.value().reset();
        if (Status s = DatabaseCopier::attach(*dst, sourcePath); !s)
            return s.error();
        // The backup passed its check (foreign keys included): no row-by-row lookups.
        if (Status s = DatabaseCopier::beginBulkWrite(*dst); !s) {
            DatabaseCopier::detach(*dst);
            return s.error();
        }
    }
    Status replaced = dst->transaction([&]() -> Status {
        if (Status s = DatabaseCopier::clear(*dst); !s)
            return s;
        if (Status s =
                attached ? DatabaseCopier::copyAttached(*dst) : DatabaseCopier::copyRows(*src.value(), *dst);
            !s)
            return s;
        if (Status s = DatabaseCopier::resetSequences(*dst); !s)
            return s;
        return AuditLog::record(*dst, m_actor, QStringLiteral("database.restore"), QStringLiteral("database"),
                                dst->location().display(), 0, {},
                                QJsonObject{{QStringLiteral("backup"), report.backup},
                                            {QStringLiteral("manifest"), report.manifest.toJson()},
                                            {QStringLiteral("safetyBackup"), report.safetyBackup},
                                            {QStringLiteral("setAside"), report.setAside}});
    });
    if (attached) {
        DatabaseCopier::endBulkWrite(*dst);
        DatabaseCopier::detach(*dst);
    }
    if (!replaced)
        return replaced.error();
    auto head = AuditRepository(*dst).head();
    if (!head)
        return head.error();
    report.head = head.value();
    // The trail now ends where the backup's did, plus the restore's entry: that is the new anchor.
    if (Status s = AuditAnchor::record(dst->location(), anchorOf(report.head, dst->location(), report.backup),
                                       backupDir);
        !s)
        return s.error();
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<BackupService::CopyReport> BackupService::copy(const QString& from, const QString& to) const
{
    if (Status s = allowed(Permission::BackUpDatabase, from); !s)
        return s.error();
    if (Status s = allowed(Permission::RestoreDatabase, to); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto src = open(from, {Database::Mode::ReadOnly, -1, Database::Create::No});
    if (!src)
        return src.error();
    if (src.value()->schemaVersion() != Database::latestSchemaVersion())
        return Error{QStringLiteral("DB_UPGRADE_FIRST"),
                     {},
                     {src.value()->location().display(), QString::number(src.value()->schemaVersion()),
                      QString::number(Database::latestSchemaVersion())}};
    auto location = DatabaseLocation::parse(to);
    if (!location)
        return location.error();
    Database::Create create = Database::Create::Yes; // an empty PostgreSQL database, a new file
    if (location->driver == DatabaseLocation::Driver::SQLite) {
        const SqliteFile::Kind kind = SqliteFile::inspect(location->path);
        if (kind == SqliteFile::Kind::Empty)
            return Error{QStringLiteral("DB_FILE_EMPTY"), {}, {location->path}};
        if (kind != SqliteFile::Kind::Missing)
            create = Database::Create::No;
    }
    auto dst = open(to, {Database::Mode::Upgrade, -1, create});
    if (!dst)
        return dst.error();
    Database& d = *dst.value();
    const Database& s = *src.value();

    CopyReport report;
    report.from = s.location().display();
    report.to = d.location().display();
    // SQLite to SQLite: the source attached to the target and read in the target's transaction
    // (one snapshot), its rows copied by SQLite itself, foreign keys checked once at the end.
    const bool attached = !s.isPostgres() && !d.isPostgres();
    if (attached) {
        if (Status st = DatabaseCopier::attach(d, s.location().path); !st)
            return st.error();
        if (Status st = DatabaseCopier::beginBulkWrite(d); !st) {
            DatabaseCopier::detach(d);
            return st.error();
        }
    } else if (Status begun = DatabaseCopier::beginSnapshot(s); !begun) {
        return begun.error();
    }
    Status copied = d.transaction([&]() -> Status {
        auto holds = DatabaseCopier::holdsData(d);
        if (!holds)
            return holds.error();
        if (holds.value())
            return Error{QStringLiteral("DB_NOT_EMPTY"), {}, {report.to}};
        if (Status st = attached ? DatabaseCopier::copyAttached(d) : DatabaseCopier::copyRows(s, d); !st)
            return st;
        if (attached) {
            auto problems = DatabaseCopier::foreignKeyProblems(d);
            if (!problems)
                return problems.error();
            if (problems.value() > 0)
                return Error{QStringLiteral("DB_QUERY_FAILED"),
                             {},
                             {QStringLiteral("%1 rows of the source reference rows that are not there")
                                  .arg(problems.value())}};
        }
        if (Status st = DatabaseCopier::resetSequences(d); !st)
            return st;
        auto expected = attached ? DatabaseCopier::countRows(d, QStringLiteral("lp_source"))
                                 : DatabaseCopier::countRows(s);
        if (!expected)
            return expected.error();
        auto actual = DatabaseCopier::countRows(d);
        if (!actual)
            return actual.error();
        if (expected.value() != actual.value())
            return Error{
                QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("row counts differ after the copy")}};
        report.rows = actual.value();
        return AuditLog::record(d, m_actor, QStringLiteral("database.copy"), QStringLiteral("database"),
                                report.to, 0, {}, QJsonObject{{QStringLiteral("from"), report.from}});
    });
    if (attached) {
        DatabaseCopier::endBulkWrite(d);
        DatabaseCopier::detach(d);
    } else {
        DatabaseCopier::endSnapshot(s);
    }
    if (!copied)
        return copied.error();
    auto head = AuditRepository(d).head();
    if (!head)
        return head.error();
    report.head = head.value();
    if (Status st = AuditAnchor::record(d.location(), anchorOf(report.head, d.location(), QString())); !st)
        return st.error();
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace lp
