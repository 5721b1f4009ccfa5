// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "domain/messages.h"
#include "services/auditservice.h"
#include "services/ledgerservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

// The database commands: db init, db check, partner add (user commands: usercommands.cpp).
namespace lp::cli {
namespace {

Error usageError(const QString& text)
{
    return {QStringLiteral("USAGE"), {}, {text}};
}

// Parses `args` (the words after the command) with the given options; every listed option
// is required. Returns the error to print, or nothing.
std::optional<Error> parse(QCommandLineParser& parser, const QStringList& args, const QStringList& required)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("lp::cli", "Unexpected argument \"%1\".")
                              .arg(parser.positionalArguments().first()));
    for (const QString& name : required) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return Error{QStringLiteral("REQUIRED"), QStringLiteral("--") + name, {}};
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL"),
            QStringLiteral("PATH|URL")};
}

// Opening errors are about the input (which database), so they exit 2, except a
// database that could not be reached or written for another reason.
int openFailed(const Error& e)
{
    const bool input = e.code == QLatin1String("DB_NOT_OURS") || e.code == QLatin1String("DB_NEWER_SCHEMA") ||
                       e.code == QLatin1String("DB_URL_INVALID") || e.code == QLatin1String("NOT_FOUND") ||
                       e.code == QLatin1String("DB_NOT_INITIALISED");
    return fail(e, input ? ExitBadInput : ExitInternal);
}

int dbInit(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    if (auto e = parse(p, args, {QStringLiteral("db")}))
        return fail(*e);
    // Learn the version before the upgrade, without writing anything.
    int before = 0;
    if (auto existing = Database::open(p.value(QStringLiteral("db")), {Database::Mode::ReadOnly, -1}))
        before = existing.value()->schemaVersion();
    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return openFailed(db.error());
    printJson(QJsonObject{{QStringLiteral("database"), db.value()->location().display()},
                          {QStringLiteral("schemaVersion"), db.value()->schemaVersion()},
                          {QStringLiteral("previousSchemaVersion"), before},
                          {QStringLiteral("upgraded"), before != db.value()->schemaVersion()}});
    return ExitOk;
}

int dbCheck(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    if (auto e = parse(p, args, {QStringLiteral("db")}))
        return fail(*e);
    auto db = Database::open(p.value(QStringLiteral("db")), {Database::Mode::ReadOnly, -1});
    if (!db)
        return openFailed(db.error());
    auto found = db.value()->integrityFindings();
    if (!found)
        return fail(found.error(), ExitInternal);
    // Each finding with its own code (docs/cli.md#db-check); `integrity` says them in one text.
    QJsonArray findings;
    QStringList details;
    for (const Database::Finding& f : found.value()) {
        QJsonObject finding{{QStringLiteral("code"), f.code}, {QStringLiteral("detail"), f.detail}};
        if (f.entry > 0)
            finding.insert(QStringLiteral("entry"), f.entry);
        findings.append(finding);
        details << f.detail;
    }
    const bool ok = findings.isEmpty();
    printJson(QJsonObject{
        {QStringLiteral("database"), db.value()->location().display()},
        {QStringLiteral("schemaVersion"), db.value()->schemaVersion()},
        {QStringLiteral("latestSchemaVersion"), Database::latestSchemaVersion()},
        {QStringLiteral("upToDate"), db.value()->schemaVersion() == Database::latestSchemaVersion()},
        {QStringLiteral("integrity"), ok ? QStringLiteral("ok") : details.join(QLatin1String("; "))},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("ok"), ok}});
    return ok ? ExitOk : ExitAuditBroken;
}

int partnerAdd(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("mpn-id"), QStringLiteral("MPN ID"), QStringLiteral("ID")});
    p.addOption({QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("country"), QStringLiteral("ISO 3166-1 alpha-2"), QStringLiteral("CC")});
    p.addOption({QStringLiteral("anniversary"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("DATE")});
    if (auto e = parse(p, args,
                       {QStringLiteral("db"), QStringLiteral("mpn-id"), QStringLiteral("name"),
                        QStringLiteral("country"), QStringLiteral("anniversary")}))
        return fail(*e);
    Partner partner;
    partner.mpnId = p.value(QStringLiteral("mpn-id"));
    partner.name = p.value(QStringLiteral("name"));
    partner.country = p.value(QStringLiteral("country"));
    partner.anniversary = QDate::fromString(p.value(QStringLiteral("anniversary")), Qt::ISODate);
    if (!partner.anniversary.isValid())
        return fail({QStringLiteral("INVALID_DATE"),
                     QStringLiteral("--anniversary"),
                     {p.value(QStringLiteral("anniversary"))}});
    const QHash<QString, QString> optionOf{{QStringLiteral("mpnId"), QStringLiteral("--mpn-id")},
                                           {QStringLiteral("name"), QStringLiteral("--name")},
                                           {QStringLiteral("country"), QStringLiteral("--country")},
                                           {QStringLiteral("anniversary"), QStringLiteral("--anniversary")}};
    if (Status s = PartnerService::validate(partner); !s)
        return fail({s.error().code, optionOf.value(s.error().path), s.error().args});

    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return openFailed(db.error());
    auto added = PartnerService(*db.value()).add(Actor::commandLine(), partner);
    if (!added) {
        Error e = added.error();
        if (e.code.startsWith(QLatin1String("DB_")))
            return fail(e, ExitInternal);
        e.path = optionOf.value(e.path, e.path);
        return fail(e);
    }
    QJsonObject out = PartnerService::toJson(added.value());
    out.insert(QStringLiteral("id"), added->id);
    printJson(out);
    return ExitOk;
}

int auditVerify(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    if (auto e = parse(p, args, {QStringLiteral("db")}))
        return fail(*e);
    auto db = Database::open(p.value(QStringLiteral("db")), {Database::Mode::ReadOnly, -1});
    if (!db)
        return openFailed(db.error());
    auto v = AuditService(*db.value()).verify(Actor::commandLine());
    if (!v)
        return fail(v.error(), ExitInternal);
    QJsonObject out{{QStringLiteral("intact"), v->intact}, {QStringLiteral("entries"), v->entries}};
    if (!v->intact) {
        out.insert(QStringLiteral("firstBadEntry"), v->firstBadId);
        out.insert(QStringLiteral("problem"), v->problem.code);
        out.insert(QStringLiteral("message"), Messages::text(v->problem));
    }
    printJson(out);
    return v->intact ? ExitOk : ExitAuditBroken;
}

int importInvoices(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(
        {QStringLiteral("partner"), QStringLiteral("MPN ID of the partner"), QStringLiteral("MPNID")});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV file, or - for standard input"));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return fail(usageError(p.errorText()));
    for (const QString& name : {QStringLiteral("db"), QStringLiteral("partner")}) {
        if (!p.isSet(name) || p.value(name).trimmed().isEmpty())
            return fail({QStringLiteral("REQUIRED"), QStringLiteral("--") + name, {}});
    }
    if (p.positionalArguments().size() != 1)
        return fail({QStringLiteral("REQUIRED"), QStringLiteral("FILE"), {}});
    const QString fileName = p.positionalArguments().first();
    QFile file;
    const bool opened = fileName == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(
            {QStringLiteral("FILE_UNREADABLE"), QStringLiteral("FILE"), {fileName, file.errorString()}});

    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return openFailed(db.error());
    int exitCode = ExitOk;
    const auto partner = storedPartner(*db.value(), p.value(QStringLiteral("partner")), exitCode);
    if (!partner)
        return exitCode;

    // Progress on standard error, only for a person watching a terminal.
    const qint64 total = file.isSequential() ? 0 : file.size();
    const bool showProgress = isatty(STDERR_FILENO) && total > 0;
    int lastPercent = -1;
    LedgerService::ImportOptions options;
    options.today = QDate::currentDate();
    options.fileName = fileName;
    if (showProgress) {
        options.progress = [&](qint64 bytes) {
            const int percent = int(bytes * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                std::fprintf(stderr, "\r%s %3d%%",
                             qPrintable(QCoreApplication::translate("lp::cli", "Importing")), percent);
                std::fflush(stderr);
            }
        };
    }
    auto result = LedgerService(*db.value()).importInvoices(Actor::commandLine(), partner->id, file, options);
    if (showProgress)
        std::fputs("\n", stderr);
    if (!result) {
        const Error& e = result.error();
        const bool input = e.code.startsWith(QLatin1String("CSV_"));
        return fail({e.code, e.path.isEmpty() ? QString() : e.path, e.args},
                    input ? ExitBadInput : ExitInternal);
    }
    if (!result->ok()) {
        QJsonArray rows;
        for (const RowError& r : result->errors)
            rows.append(QJsonObject{{QStringLiteral("row"), r.row},
                                    {QStringLiteral("column"), r.column},
                                    {QStringLiteral("code"), r.code},
                                    {QStringLiteral("value"), r.value}});
        // Problems and rows apart: one row may have several problems.
        QJsonObject error{
            {QStringLiteral("code"), QStringLiteral("IMPORT_REFUSED")},
            {QStringLiteral("message"), Messages::importRefused(result->problems(), result->badRows)},
            {QStringLiteral("problems"), result->problems()},
            {QStringLiteral("badRows"), result->badRows},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("unlistedRows"), result->unlistedErrors}};
        const QByteArray out =
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact) +
            '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
        return ExitBadInput;
    }
    printJson(QJsonObject{{QStringLiteral("partner"), partner->mpnId},
                          {QStringLiteral("file"), fileName},
                          {QStringLiteral("added"), result->added},
                          {QStringLiteral("unchanged"), result->unchanged},
                          {QStringLiteral("problems"), 0},
                          {QStringLiteral("badRows"), 0},
                          {QStringLiteral("errors"), QJsonArray()}});
    return ExitOk;
}

} // namespace

int importInvoicesCommand(const QStringList& args)
{
    return importInvoices(args);
}

int auditCommand(const QStringList& args)
{
    if (args.value(0) == QLatin1String("verify"))
        return auditVerify(args.mid(1));
    return fail(usageError(QCoreApplication::translate("lp::cli", "Use \"audit verify\".")));
}

int dbCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("init"))
        return dbInit(args.mid(1));
    if (sub == QLatin1String("check"))
        return dbCheck(args.mid(1));
    if (sub == QLatin1String("rebuild-summary"))
        return dbRebuildSummary(args.mid(1));
    if (sub == QLatin1String("backup") || sub == QLatin1String("restore") || sub == QLatin1String("copy"))
        return dbBackupCommand(args);
    return fail(usageError(QCoreApplication::translate(
        "lp::cli", "Use \"db init\", \"db check\", \"db backup\", \"db restore\" or \"db copy\".")));
}

int partnerCommand(const QStringList& args)
{
    if (args.value(0) == QLatin1String("add"))
        return partnerAdd(args.mid(1));
    return fail(usageError(QCoreApplication::translate("lp::cli", "Use \"partner add\".")));
}

} // namespace lp::cli
