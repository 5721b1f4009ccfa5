#include "cli.h"

#include "domain/messages.h"
#include "i18n/translations.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace lp::cli {

namespace {

QString usage()
{
    // The syntax is the contract (formats.md) and stays as it is; the descriptions are translated.
    struct Line
    {
        const char* syntax;
        const char* description;
    };
    static const Line commands[] = {
        {"evaluate FILE [--explain]", QT_TRANSLATE_NOOP("lp::cli", "scenario -> decision")},
        {"evaluate --db PATH|URL --partner MPNID [--as-of DATE] [--path PATH] [--competency NAME] "
         "[--explain]",
         QT_TRANSLATE_NOOP("lp::cli", "a stored partner's decisions under the rule set in force")},
        {"kpis --db PATH|URL --partner MPNID [--as-of DATE]",
         QT_TRANSLATE_NOOP("lp::cli", "the KPI dashboard's figures: window, months, reports, progress")},
        {"rules list [--db PATH|URL]",
         QT_TRANSLATE_NOOP("lp::cli", "the rule sets: program year, dates, sha256, provenance, active")},
        {"rules show [--db PATH|URL] FY|FILE", QT_TRANSLATE_NOOP("lp::cli", "one rule set")},
        {"rules diff [--db PATH|URL] A B",
         QT_TRANSLATE_NOOP("lp::cli", "what changed between two rule sets: [{path, before, after}]")},
        {"rules import --db PATH|URL [--note TEXT] [--local-edit] FILE",
         QT_TRANSLATE_NOOP("lp::cli", "validate and store a rule set (inactive); exit 2 with the errors")},
        {"rules activate --db PATH|URL FY|SHA256",
         QT_TRANSLATE_NOOP("lp::cli", "make a stored set the active one of its program year")},
        {"rules schema", QT_TRANSLATE_NOOP("lp::cli", "the JSON Schema of a rule-set file")},
        {"check-discrepancy FILE", QT_TRANSLATE_NOOP("lp::cli", "discrepancy check -> result")},
        {"check-listing FILE", QT_TRANSLATE_NOOP("lp::cli", "listing check -> result")},
        {"db init --db PATH|URL", QT_TRANSLATE_NOOP("lp::cli", "create or upgrade a database")},
        {"db check --db PATH|URL",
         QT_TRANSLATE_NOOP("lp::cli", "schema version and integrity; changes nothing")},
        {"db rebuild-summary --db PATH|URL",
         QT_TRANSLATE_NOOP("lp::cli",
                           "sum the KPI summary again from the purchases (db check: KPI_SUMMARY_STALE)")},
        {"db backup --db PATH|URL FILE|DIR",
         QT_TRANSLATE_NOOP("lp::cli", "write a consistent backup (a SQLite file with a manifest)")},
        {"db restore --db PATH|URL FILE",
         QT_TRANSLATE_NOOP("lp::cli", "verify a backup, back up the database, then replace its content")},
        {"db copy --from PATH|URL --to PATH|URL",
         QT_TRANSLATE_NOOP("lp::cli", "copy a whole database into one that holds no data")},
        {"user add --db PATH|URL --name NAME --role ROLE [--partner MPNID]",
         QT_TRANSLATE_NOOP("lp::cli", "add an account; the password is read from standard input")},
        {"user list --db PATH|URL", QT_TRANSLATE_NOOP("lp::cli", "every account with its role and state")},
        {"user passwd --db PATH|URL --name NAME",
         QT_TRANSLATE_NOOP("lp::cli",
                           "change a password: the current one, then the new one, on standard input")},
        {"user reset --db PATH|URL --name NAME",
         QT_TRANSLATE_NOOP("lp::cli", "a one-time password, printed once, to change at the next sign-in")},
        {"user disable|enable|unlock --db PATH|URL --name NAME",
         QT_TRANSLATE_NOOP("lp::cli", "disable, enable or unlock an account")},
        {"user role --db PATH|URL --name NAME --role ROLE",
         QT_TRANSLATE_NOOP("lp::cli", "change an account's role")},
        {"user sign-in --db PATH|URL --name NAME",
         QT_TRANSLATE_NOOP("lp::cli", "check a password from standard input, throttled like the GUI")},
        {"partner add --db PATH|URL --mpn-id ID --name NAME --country CC --anniversary DATE",
         QT_TRANSLATE_NOOP("lp::cli", "add a partner")},
        {"import-invoices --db PATH|URL --partner MPNID FILE.csv",
         QT_TRANSLATE_NOOP("lp::cli", "import invoices, all or nothing; summary JSON on standard output")},
        {"audit verify --db PATH|URL",
         QT_TRANSLATE_NOOP("lp::cli", "check the audit trail's chain; exit 3 names the first bad entry")},
        {"--help | --version", QT_TRANSLATE_NOOP("lp::cli", "this help, or the version")},
    };
    QString text =
        QCoreApplication::translate("lp::cli",
                                    "Usage: learnpartner-cli [--lang it|en] [--wait SECONDS] COMMAND ...") +
        QLatin1String("\n\n") + QCoreApplication::translate("lp::cli", "Commands:") + QLatin1Char('\n');
    for (const Line& line : commands) {
        const QString syntax = QLatin1String(line.syntax);
        const QString description = QCoreApplication::translate("lp::cli", line.description);
        text +=
            syntax.size() <= 38
                ? QStringLiteral("  %1  %2\n").arg(syntax, -38).arg(description)
                : QStringLiteral("  %1\n  %2  %3\n").arg(syntax, QString(38, QLatin1Char(' ')), description);
    }
    text += QLatin1Char('\n') + QCoreApplication::translate(
                                    "lp::cli",
                                    "FILE may be - for standard input. --db takes a SQLite file path or\n"
                                    "postgresql://user@host:port/dbname (password from PGPASSWORD only).\n"
                                    "Exit status: 0 valid input, 2 invalid input, 1 internal error,\n"
                                    "3 broken audit trail or failed integrity check.\n"
                                    "--wait: how long a write waits for a busy database (default 60 s).\n"
                                    "Only \"db init\" makes a missing or empty file a database.\n");
    return text;
}

} // namespace

int fail(const Error& error, int status)
{
    // A busy database or an empty file is about the input; a damaged database, like a failed
    // integrity check, exits 3: whichever command meets them.
    if (error.code == QLatin1String("DB_BUSY") || error.code == QLatin1String("DB_FILE_EMPTY"))
        status = ExitBadInput;
    else if (error.code == QLatin1String("DB_DAMAGED"))
        status = ExitAuditBroken;
    QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), Messages::text(error)}};
    if (!error.path.isEmpty())
        e.insert(QStringLiteral("path"), error.path);
    const QByteArray out =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stderr);
    std::fflush(stderr);
    return status;
}

void printJson(const QJsonDocument& doc)
{
    const QByteArray out = doc.toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    printJson(QJsonDocument(object));
}

Result<QByteArray> readInput(const QString& fileOrDash)
{
    QFile f;
    bool opened = false;
    if (fileOrDash == QLatin1String("-"))
        opened = f.open(stdin, QIODevice::ReadOnly);
    else {
        f.setFileName(fileOrDash);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Error{QStringLiteral("FILE_UNREADABLE"), {}, {fileOrDash, f.errorString()}};
    return f.readAll();
}

namespace {
// Standard error carries one JSON object and nothing else: Qt's and the SQL drivers' own warnings
// ("QSqlDatabasePrivate::removeDatabase: ...", a PostgreSQL notice) would come ahead of it. They go to
// the file LP_CLI_LOG names, when it names one, and nowhere otherwise (docs/cli.md).
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    static const QByteArray log = qgetenv("LP_CLI_LOG");
    if (!log.isEmpty()) {
        if (std::FILE* f = std::fopen(log.constData(), "a")) {
            std::fprintf(f, "%s\n", message.toLocal8Bit().constData());
            std::fclose(f);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

int run(const QStringList& arguments)
{
    qInstallMessageHandler(quietMessages);
    QStringList args = arguments;
    QString language = Translations::systemDefault();
    QString wait;
    for (int i = 0; i < args.size();) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            language = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            language = args[i].mid(7);
            args.remove(i);
        } else if (args[i] == QLatin1String("--wait") && i + 1 < args.size()) {
            wait = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(QLatin1String("--wait="))) {
            wait = args[i].mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (!Translations::install(language))
        return fail({QStringLiteral("INVALID_VALUE"), QStringLiteral("--lang"), {language}});
    if (!wait.isNull()) {
        bool ok = false;
        const double seconds = wait.toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return fail({QStringLiteral("INVALID_VALUE"), QStringLiteral("--wait"), {wait}});
        Database::setDefaultBusyWait(qint64(seconds * 1000));
    }

    if (args.isEmpty())
        return fail({QStringLiteral("USAGE"), {}, {usage()}});
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    // Only "db init" makes a missing or zero-byte file (or an empty PostgreSQL database) ours;
    // every other command refuses it and leaves it as it was.
    Database::setCreateAllowed(command == QLatin1String("db") && args.value(0) == QLatin1String("init"));
    if (command == QLatin1String("evaluate"))
        return evaluateCommand(args);
    if (command == QLatin1String("kpis"))
        return kpisCommand(args);
    if (command == QLatin1String("check-discrepancy"))
        return checkDiscrepancyCommand(args);
    if (command == QLatin1String("check-listing"))
        return checkListingCommand(args);
    if (command == QLatin1String("db"))
        return dbCommand(args);
    if (command == QLatin1String("user"))
        return userCommand(args);
    if (command == QLatin1String("partner"))
        return partnerCommand(args);
    if (command == QLatin1String("import-invoices"))
        return importInvoicesCommand(args);
    if (command == QLatin1String("audit"))
        return auditCommand(args);
    if (command == QLatin1String("rules"))
        return rulesCommand(args);
    return fail(
        {QStringLiteral("USAGE"),
         {},
         {QCoreApplication::translate("lp::cli", "Unknown command \"%1\". Try --help.").arg(command)}});
}

} // namespace lp::cli
