// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "domain/messages.h"
#include "io/rulesetcodec.h"
#include "io/rulesetdiff.h"
#include "io/rulesetlibrary.h"
#include "io/rulesetvalidator.h"
#include "services/rulesetservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

// learnpartner-cli rules list|show|diff|import|activate|schema: the rule sets as administered
// data (docs/rules-admin.md; the JSON contract in docs/cli.md).
namespace lp::cli {
namespace {

Error usage(const QString& text)
{
    return Error{QStringLiteral("USAGE"), {}, {text}};
}

QJsonObject recordJson(const RuleSetRecord& r)
{
    return {{QStringLiteral("programYear"), r.programYear},
            {QStringLiteral("effectiveFrom"), r.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("effectiveTo"), r.effectiveTo.toString(Qt::ISODate)},
            {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("provenance"), r.provenance},
            {QStringLiteral("sourceNote"), r.sourceNote},
            {QStringLiteral("importedBy"), r.importedBy},
            {QStringLiteral("importedAt"), r.importedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("active"), r.active}};
}

QJsonArray errorsJson(const QList<Error>& errors)
{
    QJsonArray out;
    for (const Error& e : errors)
        out.append(QJsonObject{{QStringLiteral("code"), e.code},
                               {QStringLiteral("path"), e.path},
                               {QStringLiteral("message"), Messages::text(e)}});
    return out;
}

// --db DB and the positional arguments, `positional` of them exactly.
struct Parsed
{
    QString db;
    QStringList args;
};

std::optional<Error> parse(const QStringList& args, int positional, bool dbRequired, Parsed& out,
                           QCommandLineParser& p)
{
    p.addOption(databaseOption());
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return usage(p.errorText());
    out.db = p.value(QStringLiteral("db"));
    out.args = p.positionalArguments();
    if (dbRequired && out.db.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("--db"), {}};
    if (out.args.size() != positional)
        return Error{QStringLiteral("REQUIRED"),
                     positional == 2 ? QStringLiteral("A B") : QStringLiteral("FY|FILE"),
                     {}};
    return std::nullopt;
}

// A rule set named by the user: a file when one exists at that path; else a stored program year
// (or SHA-256) of --db, or of the shipped sets without --db.
Result<RuleSet> resolve(const QString& key, Database* db)
{
    if (QFileInfo(key).isFile() || key == QLatin1String("-")) {
        auto bytes = readInput(key);
        if (!bytes)
            return bytes.error();
        if (const QList<Error> problems = RuleSetValidator::validate(bytes.value()); !problems.isEmpty())
            return problems.first();
        auto rules = RuleSetCodec::fromBytes(bytes.value());
        if (rules)
            rules->sha256 = RuleSetLibrary::sha256(bytes.value());
        return rules;
    }
    if (db) {
        auto found = RuleSetService(*db).find(key);
        if (!found)
            return found.error();
        return RuleSetService::parse(found.value());
    }
    const auto& shipped = RuleSetLibrary::shipped();
    if (!shipped)
        return shipped.error();
    for (const RuleSet& r : shipped.value()) {
        if (r.id.compare(key, Qt::CaseInsensitive) == 0)
            return r;
    }
    return Error{QStringLiteral("RULESET_NOT_FOUND"), QStringLiteral("ruleSet"), {key}};
}

Result<std::unique_ptr<Database>> openDb(const QString& location)
{
    return Database::open(location);
}

int list(const QStringList& args)
{
    QCommandLineParser p;
    Parsed a;
    if (auto e = parse(args, 0, false, a, p))
        return fail(*e);
    QJsonArray out;
    if (a.db.isEmpty()) {
        const auto& shipped = RuleSetLibrary::shipped();
        if (!shipped)
            return fail(shipped.error(), ExitInternal);
        for (const RuleSet& r : shipped.value())
            out.append(QJsonObject{{QStringLiteral("programYear"), r.id},
                                   {QStringLiteral("effectiveFrom"), r.effectiveFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("effectiveTo"), r.effectiveTo.toString(Qt::ISODate)},
                                   {QStringLiteral("sha256"), r.sha256},
                                   {QStringLiteral("provenance"), r.provenance},
                                   {QStringLiteral("active"), true}});
    } else {
        auto db = openDb(a.db);
        if (!db)
            return databaseOpenFailed(db.error());
        auto all = RuleSetService(*db.value()).list();
        if (!all)
            return fail(all.error(), ExitInternal);
        for (const RuleSetRecord& r : all.value())
            out.append(recordJson(r));
    }
    printJson(QJsonDocument(out));
    return ExitOk;
}

int show(const QStringList& args)
{
    QCommandLineParser p;
    Parsed a;
    if (auto e = parse(args, 1, false, a, p))
        return fail(*e);
    std::unique_ptr<Database> db;
    if (!a.db.isEmpty()) {
        auto opened = openDb(a.db);
        if (!opened)
            return databaseOpenFailed(opened.error());
        db = std::move(opened.value());
    }
    auto rules = resolve(a.args.first(), db.get());
    if (!rules)
        return fail(rules.error());
    QJsonObject o = RuleSetCodec::toJson(rules.value());
    o.insert(QStringLiteral("sha256"), rules->sha256);
    o.insert(QStringLiteral("provenance"), rules->provenance);
    printJson(o);
    return ExitOk;
}

int diff(const QStringList& args)
{
    QCommandLineParser p;
    Parsed a;
    if (auto e = parse(args, 2, false, a, p))
        return fail(*e);
    std::unique_ptr<Database> db;
    if (!a.db.isEmpty()) {
        auto opened = openDb(a.db);
        if (!opened)
            return databaseOpenFailed(opened.error());
        db = std::move(opened.value());
    }
    auto before = resolve(a.args.at(0), db.get());
    if (!before)
        return fail(before.error());
    auto after = resolve(a.args.at(1), db.get());
    if (!after)
        return fail(after.error());
    printJson(QJsonDocument(RuleSetDiff::toJson(RuleSetDiff::diff(before.value(), after.value()))));
    return ExitOk;
}

int importSet(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("note"), QStringLiteral("where the numbers come from"), QStringLiteral("TEXT")});
    // A set the organisation edited itself rather than took from a published source.
    p.addOption({QStringLiteral("local-edit"), QStringLiteral("provenance local-edit")});
    Parsed a;
    if (auto e = parse(args, 1, true, a, p))
        return fail(*e);
    auto bytes = readInput(a.args.first());
    if (!bytes)
        return fail(bytes.error());
    auto db = openDb(a.db);
    if (!db)
        return databaseOpenFailed(db.error());
    QList<Error> problems;
    auto stored =
        RuleSetService(*db.value())
            .importSet(Actor::commandLine(), bytes.value(), p.value(QStringLiteral("note")), &problems,
                       QLatin1String(p.isSet(QStringLiteral("local-edit")) ? RuleSetRecord::kLocalEdit
                                                                           : RuleSetRecord::kImported));
    if (!stored) {
        if (stored.error().code != QLatin1String("RULESET_INVALID"))
            return fail(stored.error());
        // Every problem, as a list, on standard error; nothing was written.
        QJsonObject e{{QStringLiteral("code"), stored.error().code},
                      {QStringLiteral("message"), Messages::text(stored.error())},
                      {QStringLiteral("errors"), errorsJson(problems)}};
        const QByteArray out =
            QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stderr);
        return ExitBadInput;
    }
    printJson(recordJson(stored.value()));
    return ExitOk;
}

int activate(const QStringList& args)
{
    QCommandLineParser p;
    Parsed a;
    if (auto e = parse(args, 1, true, a, p))
        return fail(*e);
    auto db = openDb(a.db);
    if (!db)
        return databaseOpenFailed(db.error());
    auto done = RuleSetService(*db.value()).activate(Actor::commandLine(), a.args.first());
    if (!done)
        return fail(done.error());
    printJson(recordJson(done.value()));
    return ExitOk;
}

} // namespace

int rulesCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    if (sub == QLatin1String("show"))
        return show(args.mid(1));
    if (sub == QLatin1String("diff"))
        return diff(args.mid(1));
    if (sub == QLatin1String("import"))
        return importSet(args.mid(1));
    if (sub == QLatin1String("activate"))
        return activate(args.mid(1));
    if (sub == QLatin1String("schema")) {
        printJson(RuleSetValidator::schema());
        return ExitOk;
    }
    return fail(usage(QCoreApplication::translate(
        "lp::cli", "Use \"rules list\", \"rules show\", \"rules diff\", \"rules import\", \"rules activate\" "
                   "or \"rules schema\".")));
}

} // namespace lp::cli
