// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "commandtable.h"

#include <QtGlobal>

namespace lp::cli {

namespace {

OptionSpec db(bool required = true)
{
    return {"db", "PATH|URL", QT_TRANSLATE_NOOP("lp::cli", "SQLite file or postgresql:// URL"), required};
}

OptionSpec userName()
{
    return {"name", "NAME", QT_TRANSLATE_NOOP("lp::cli", "the account's user name"), true};
}

OptionSpec role()
{
    return {
        "role", "ROLE",
        QT_TRANSLATE_NOOP("lp::cli", "partnerAdmin, accountAdmin, viewer, frontlineSupport or supportLead"),
        true};
}

} // namespace

const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> options{
        {"lang", "it|en", QT_TRANSLATE_NOOP("lp::cli", "the language of messages (default: the system's)")},
        {"wait", "SECONDS",
         QT_TRANSLATE_NOOP("lp::cli", "how long a write waits for a busy database (default 60 s)")},
        {"help", "", QT_TRANSLATE_NOOP("lp::cli", "this help (-h); after a command, that command's help")},
        {"version", "", QT_TRANSLATE_NOOP("lp::cli", "the version (-v)")},
    };
    return options;
}

const QList<CommandSpec>& commands()
{
    static const QList<CommandSpec> all{
        {.name = "evaluate",
         .description = QT_TRANSLATE_NOOP(
             "lp::cli",
             "scenario -> decision; with --db, a stored partner's decisions under the rule set in force"),
         .options = {db(false),
                     {"partner", "MPNID", QT_TRANSLATE_NOOP("lp::cli", "the stored partner (with --db)")},
                     {"as-of", "DATE", QT_TRANSLATE_NOOP("lp::cli", "the evaluation date (default today)")},
                     {"path", "PATH", QT_TRANSLATE_NOOP("lp::cli", "actionPack, silver or gold")},
                     {"competency", "NAME",
                      QT_TRANSLATE_NOOP("lp::cli", "the competency of a silver or gold path")},
                     {"explain", "", QT_TRANSLATE_NOOP("lp::cli", "say why, requirement by requirement")}},
         .arguments = "FILE",
         .minArguments = 0,
         .maxArguments = 1,
         .forms = {"FILE [--explain]", "--db PATH|URL --partner MPNID [--as-of DATE] [--path PATH] "
                                       "[--competency NAME] [--explain]"}},
        {.name = "kpis",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "the KPI dashboard's figures: window, months, reports, progress"),
         .options = {db(),
                     {"partner", "MPNID", QT_TRANSLATE_NOOP("lp::cli", "the stored partner"), true},
                     {"as-of", "DATE", QT_TRANSLATE_NOOP("lp::cli", "the dashboard's day (default today)")}}},
        {.name = "rules list",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "the rule sets: program year, dates, sha256, provenance, active"),
         .options = {db(false)}},
        {.name = "rules show",
         .description = QT_TRANSLATE_NOOP("lp::cli", "one rule set"),
         .options = {db(false)},
         .arguments = "FY|FILE",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "rules diff",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "what changed between two rule sets: [{path, before, after}]"),
         .options = {db(false)},
         .arguments = "A B",
         .minArguments = 2,
         .maxArguments = 2},
        {.name = "rules import",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "validate and store a rule set (inactive); exit 2 with the errors"),
         .options = {db(),
                     {"note", "TEXT", QT_TRANSLATE_NOOP("lp::cli", "where the numbers come from")},
                     {"local-edit", "",
                      QT_TRANSLATE_NOOP("lp::cli",
                                        "provenance local-edit: numbers the organization set itself")}},
         .arguments = "FILE",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "rules activate",
         .description = QT_TRANSLATE_NOOP("lp::cli", "make a stored set the active one of its program year"),
         .options = {db()},
         .arguments = "FY|SHA256",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "rules schema",
         .description = QT_TRANSLATE_NOOP("lp::cli", "the JSON Schema of a rule-set file")},
        {.name = "check-discrepancy",
         .description = QT_TRANSLATE_NOOP("lp::cli", "discrepancy check -> result"),
         .arguments = "FILE",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "check-listing",
         .description = QT_TRANSLATE_NOOP("lp::cli", "listing check -> result"),
         .arguments = "FILE",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "db init",
         .description = QT_TRANSLATE_NOOP("lp::cli", "create or upgrade a database"),
         .options = {db()}},
        {.name = "db check",
         .description = QT_TRANSLATE_NOOP("lp::cli", "schema version and integrity; changes nothing"),
         .options = {db()}},
        {.name = "db rebuild-summary",
         .description = QT_TRANSLATE_NOOP(
             "lp::cli", "sum the KPI summary again from the purchases (db check: KPI_SUMMARY_STALE)"),
         .options = {db()}},
        {.name = "db backup",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "write a consistent backup (a SQLite file with a manifest)"),
         .options = {db()},
         .arguments = "FILE|DIR",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "db restore",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "verify a backup, back up the database, then replace its content"),
         .options = {db()},
         .arguments = "FILE",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "db copy",
         .description = QT_TRANSLATE_NOOP("lp::cli", "copy a whole database into one that holds no data"),
         .options = {{"from", "PATH|URL", QT_TRANSLATE_NOOP("lp::cli", "the database to copy"), true},
                     {"to", "PATH|URL", QT_TRANSLATE_NOOP("lp::cli", "the database that receives it"),
                      true}}},
        {.name = "user add",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "add an account; the password is read from standard input"),
         .options = {db(),
                     userName(),
                     role(),
                     {"partner", "MPNID",
                      QT_TRANSLATE_NOOP("lp::cli", "the account's partner (partner roles)")}}},
        {.name = "user list",
         .description = QT_TRANSLATE_NOOP("lp::cli", "every account with its role and state"),
         .options = {db()}},
        {.name = "user passwd",
         .description = QT_TRANSLATE_NOOP(
             "lp::cli", "change a password: the current one, then the new one, on standard input"),
         .options = {db(), userName()}},
        {.name = "user reset",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "a one-time password, printed once, to change at the next sign-in"),
         .options = {db(), userName()}},
        {.name = "user disable",
         .description = QT_TRANSLATE_NOOP("lp::cli", "disable an account (accounts are never deleted)"),
         .options = {db(), userName()}},
        {.name = "user enable",
         .description = QT_TRANSLATE_NOOP("lp::cli", "enable a disabled account"),
         .options = {db(), userName()}},
        {.name = "user unlock",
         .description = QT_TRANSLATE_NOOP("lp::cli", "unlock an account locked by failed sign-ins"),
         .options = {db(), userName()}},
        {.name = "user role",
         .description = QT_TRANSLATE_NOOP("lp::cli", "change an account's role"),
         .options = {db(), userName(), role()}},
        {.name = "user sign-in",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "check a password from standard input, throttled like the GUI"),
         .options = {db(), userName()}},
        {.name = "partner add",
         .description = QT_TRANSLATE_NOOP("lp::cli", "add a partner"),
         .options = {db(),
                     {"mpn-id", "ID", QT_TRANSLATE_NOOP("lp::cli", "the partner's MPN ID (digits)"), true},
                     {"name", "NAME", QT_TRANSLATE_NOOP("lp::cli", "the partner's name"), true},
                     {"country", "CC", QT_TRANSLATE_NOOP("lp::cli", "ISO 3166-1 alpha-2 country code"), true},
                     {"anniversary", "DATE", QT_TRANSLATE_NOOP("lp::cli", "the anniversary date, YYYY-MM-DD"),
                      true}}},
        {.name = "import-invoices",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "import invoices, all or nothing; summary JSON on standard output"),
         .options = {db(),
                     {"partner", "MPNID", QT_TRANSLATE_NOOP("lp::cli", "the partner the invoices are of"),
                      true}},
         .arguments = "FILE.csv",
         .minArguments = 1,
         .maxArguments = 1},
        {.name = "audit verify",
         .description =
             QT_TRANSLATE_NOOP("lp::cli", "check the audit trail's chain; exit 3 names the first bad entry"),
         .options = {db()}},
    };
    return all;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QStringList groups()
{
    QStringList out;
    for (const CommandSpec& c : commands()) {
        const QString name = QLatin1String(c.name);
        if (name.contains(QLatin1Char(' ')) && !out.contains(name.section(QLatin1Char(' '), 0, 0)))
            out << name.section(QLatin1Char(' '), 0, 0);
    }
    return out;
}

QList<const CommandSpec*> commandsOf(const QString& group)
{
    QList<const CommandSpec*> out;
    for (const CommandSpec& c : commands()) {
        if (QLatin1String(c.name).startsWith(group + QLatin1Char(' ')))
            out << &c;
    }
    return out;
}

QString optionSyntax(const OptionSpec& option)
{
    QString s = QStringLiteral("--") + QLatin1String(option.name);
    if (*option.value)
        s += QLatin1Char(' ') + QLatin1String(option.value);
    return s;
}

QStringList synopses(const CommandSpec& command)
{
    const QString name = QLatin1String(command.name);
    QStringList out;
    if (!command.forms.isEmpty()) {
        for (const char* form : command.forms)
            out << name + QLatin1Char(' ') + QLatin1String(form);
        return out;
    }
    QString line = name;
    for (const OptionSpec& o : command.options)
        line +=
            o.required ? QLatin1Char(' ') + optionSyntax(o) : QStringLiteral(" [%1]").arg(optionSyntax(o));
    if (*command.arguments)
        line += QLatin1Char(' ') + QLatin1String(command.arguments);
    return {line};
}

const char* const Notes::description = QT_TRANSLATE_NOOP(
    "lp::cli", "learnpartner-cli runs the rules engine and administers the database of Learning "
               "Partner Desk. Results are JSON on standard output; a failure is one JSON object "
               "on standard error; a command line it cannot read gets plain text on standard "
               "error.");
const char* const Notes::input = QT_TRANSLATE_NOOP(
    "lp::cli",
    "FILE may be - for standard input. --db takes a SQLite file path or "
    "postgresql://user@host:port/dbname (password from PGPASSWORD only). Only \"db init\" makes a missing "
    "or empty file a database.");
const char* const Notes::exitStatus[4][2] = {
    {"0", QT_TRANSLATE_NOOP("lp::cli", "done: valid input, a result on standard output")},
    {"1", QT_TRANSLATE_NOOP("lp::cli", "internal error")},
    {"2",
     QT_TRANSLATE_NOOP(
         "lp::cli", "invalid input: a command line it cannot read (plain text), or a refused value, file or "
                    "database (JSON)")},
    {"3", QT_TRANSLATE_NOOP("lp::cli", "broken audit trail, failed integrity check, damaged database")},
};
const char* const Notes::environment[3][2] = {
    {"PGPASSWORD", QT_TRANSLATE_NOOP("lp::cli", "the password of a PostgreSQL database (never an argument)")},
    {"LP_CLI_LOG",
     QT_TRANSLATE_NOOP("lp::cli", "a file the warnings of Qt and of the database drivers go to")},
    {"XDG_DATA_HOME",
     QT_TRANSLATE_NOOP("lp::cli", "where the audit anchors are kept (LearningPartnerDesk/)")},
};

} // namespace lp::cli
