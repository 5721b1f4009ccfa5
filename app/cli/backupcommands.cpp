// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "services/backupservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

// The backup commands: db backup, db restore, db copy (docs/cli.md).
namespace lp::cli {
namespace {

// Parses `args`: the listed options are required, and exactly `positional` arguments.
std::optional<Error> parseArgs(QCommandLineParser& parser, const QStringList& args,
                               const QStringList& required, int positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return Error{QStringLiteral("USAGE"), {}, {parser.errorText()}};
    for (const QString& name : required) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return Error{QStringLiteral("REQUIRED"), QStringLiteral("--") + name, {}};
    }
    if (parser.positionalArguments().size() < positional)
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("FILE"), {}};
    if (parser.positionalArguments().size() > positional)
        return Error{QStringLiteral("USAGE"),
                     {},
                     {QCoreApplication::translate("lp::cli", "Unexpected argument \"%1\".")
                          .arg(parser.positionalArguments().value(positional))}};
    return std::nullopt;
}

QCommandLineOption locationOption(const QString& name)
{
    return {name, QStringLiteral("SQLite file or postgresql:// URL"), QStringLiteral("PATH|URL")};
}

// Which exit status an error of these commands gets: the input (which database, which file, a
// busy database) 2; a backup that fails its checks, a damaged database 3; anything else 1.
int failed(Error e, const QString& path = {})
{
    static const QStringList input{QStringLiteral("USAGE"),
                                   QStringLiteral("REQUIRED"),
                                   QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("DB_FILE_EMPTY"),
                                   QStringLiteral("DB_NOT_OURS"),
                                   QStringLiteral("DB_NEWER_SCHEMA"),
                                   QStringLiteral("DB_URL_INVALID"),
                                   QStringLiteral("DB_NOT_INITIALISED"),
                                   QStringLiteral("DB_NOT_EMPTY"),
                                   QStringLiteral("DB_UPGRADE_FIRST"),
                                   QStringLiteral("BACKUP_EXISTS"),
                                   QStringLiteral("DB_BUSY"),
                                   QStringLiteral("PERMISSION_DENIED")};
    static const QStringList broken{QStringLiteral("BACKUP_INVALID"), QStringLiteral("DB_DAMAGED")};
    if (e.path.isEmpty())
        e.path = path;
    if (input.contains(e.code))
        return fail(e, ExitBadInput);
    return fail(e, broken.contains(e.code) || e.code.startsWith(QLatin1String("AUDIT_")) ? ExitAuditBroken
                                                                                         : ExitInternal);
}

// On a terminal, says on standard error that the command waits for another one to finish.
BackupService::Options options()
{
    BackupService::Options o;
    if (isatty(STDERR_FILENO)) {
        o.waiting = [](qint64 waited, qint64 limit) {
            std::fprintf(stderr, "\r%s",
                         qPrintable(QCoreApplication::translate(
                                        "lp::cli", "The database is busy: waiting (%1 of %2 s)...")
                                        .arg(waited / 1000)
                                        .arg(limit / 1000)));
            std::fflush(stderr);
        };
    }
    return o;
}

QJsonObject rowsJson(const QMap<QString, qint64>& rows)
{
    QJsonObject out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject headJson(const AuditRepository::Head& head)
{
    return {{QStringLiteral("id"), head.id},
            {QStringLiteral("hash"), head.hash},
            {QStringLiteral("entries"), head.entries}};
}

int dbBackup(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(locationOption(QStringLiteral("db")));
    if (auto e = parseArgs(p, args, {QStringLiteral("db")}, 1))
        return failed(*e);
    auto r = BackupService(Actor::commandLine(), options())
                 .backup(p.value(QStringLiteral("db")), p.positionalArguments().first());
    if (!r)
        return failed(r.error());
    QJsonObject out = r->manifest.toJson();
    out.insert(QStringLiteral("file"), r->file);
    out.insert(QStringLiteral("database"), r->database);
    out.insert(QStringLiteral("auditIntact"), r->auditIntact);
    out.insert(QStringLiteral("anchor"), r->anchorFile);
    out.insert(QStringLiteral("elapsedMs"), r->elapsedMs);
    printJson(out);
    return ExitOk;
}

int dbRestore(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(locationOption(QStringLiteral("db")));
    if (auto e = parseArgs(p, args, {QStringLiteral("db")}, 1))
        return failed(*e);
    auto r = BackupService(Actor::commandLine(), options())
                 .restore(p.value(QStringLiteral("db")), p.positionalArguments().first());
    if (!r)
        return failed(r.error());
    printJson(QJsonObject{{QStringLiteral("database"), r->database},
                          {QStringLiteral("backup"), r->backup},
                          {QStringLiteral("verified"), true},
                          {QStringLiteral("manifest"), r->manifest.toJson()},
                          {QStringLiteral("safetyBackup"), r->safetyBackup},
                          {QStringLiteral("setAside"), r->setAside},
                          {QStringLiteral("auditHead"), headJson(r->head)},
                          {QStringLiteral("elapsedMs"), r->elapsedMs}});
    return ExitOk;
}

int dbCopy(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(locationOption(QStringLiteral("from")));
    p.addOption(locationOption(QStringLiteral("to")));
    if (auto e = parseArgs(p, args, {QStringLiteral("from"), QStringLiteral("to")}, 0))
        return failed(*e);
    auto r = BackupService(Actor::commandLine(), options())
                 .copy(p.value(QStringLiteral("from")), p.value(QStringLiteral("to")));
    if (!r)
        return failed(r.error());
    printJson(QJsonObject{{QStringLiteral("from"), r->from},
                          {QStringLiteral("to"), r->to},
                          {QStringLiteral("rows"), rowsJson(r->rows)},
                          {QStringLiteral("auditHead"), headJson(r->head)},
                          {QStringLiteral("elapsedMs"), r->elapsedMs}});
    return ExitOk;
}

} // namespace

int dbBackupCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("backup"))
        return dbBackup(args.mid(1));
    if (sub == QLatin1String("restore"))
        return dbRestore(args.mid(1));
    return dbCopy(args.mid(1));
}

} // namespace lp::cli
