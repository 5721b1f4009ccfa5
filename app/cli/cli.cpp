// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"
#include "commandtable.h"

#include "domain/messages.h"
#include "i18n/translations.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace lp::cli {

int fail(const Error& error, int status)
{
    // A busy database or an empty file is about the input; a damaged database, like a failed
    // integrity check, exits 3: whichever command meets them.
    if (error.code == QLatin1String("DB_BUSY") || error.code == QLatin1String("DB_FILE_EMPTY"))
        status = ExitBadInput;
    else if (error.code == QLatin1String("DB_DAMAGED"))
        status = ExitAuditBroken;
    if (isUsageError(error))
        return printUsageError(usageMessage(error));
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

namespace {

bool isHelp(const QString& word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

int printHelp(const QString& text)
{
    QTextStream(stdout) << text;
    return ExitOk;
}

// help [COMMAND...]: the general help, a command's, or a group's.
int help(const QStringList& words)
{
    if (words.isEmpty())
        return printHelp(generalHelp());
    const QString name = words.join(QLatin1Char(' '));
    if (const CommandSpec* command = findCommand(name))
        return printHelp(commandHelp(*command));
    if (groups().contains(name))
        return printHelp(groupHelp(name));
    return printUsageError(QCoreApplication::translate("lp::cli", "Unknown command \"%1\".").arg(name));
}

int dispatch(const QString& command, const QStringList& args)
{
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
    return printUsageError(QCoreApplication::translate("lp::cli", "Unknown command \"%1\".").arg(command));
}

} // namespace

int run(const QStringList& arguments)
{
    qInstallMessageHandler(quietMessages);
    QStringList args = arguments;
    QString language = Translations::systemDefault();
    QString wait;
    QString missingValue;
    for (int i = 0; i < args.size();) {
        const QString word = args[i];
        if ((word == QLatin1String("--lang") || word == QLatin1String("--wait")) && i + 1 >= args.size()) {
            missingValue = word;
            args.remove(i);
        } else if (word == QLatin1String("--lang")) {
            language = args[i + 1];
            args.remove(i, 2);
        } else if (word.startsWith(QLatin1String("--lang="))) {
            language = word.mid(7);
            args.remove(i);
        } else if (word == QLatin1String("--wait")) {
            wait = args[i + 1];
            args.remove(i, 2);
        } else if (word.startsWith(QLatin1String("--wait="))) {
            wait = word.mid(7);
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (!Translations::install(language)) {
        Translations::install(Translations::systemDefault());
        return printUsageError(
            QCoreApplication::translate("lp::cli", "--lang takes it or en, not \"%1\".").arg(language));
    }
    if (!missingValue.isEmpty())
        return printUsageError(
            QCoreApplication::translate("lp::cli", "The option %1 needs a value.").arg(missingValue));
    if (!wait.isNull()) {
        bool ok = false;
        const double seconds = wait.toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return printUsageError(
                QCoreApplication::translate("lp::cli",
                                            "--wait takes a number of seconds from 0 to 86400, not \"%1\".")
                    .arg(wait));
        Database::setDefaultBusyWait(qint64(seconds * 1000));
    }

    if (args.isEmpty())
        return printUsageError(QCoreApplication::translate("lp::cli", "No command given."));
    const QString first = args.takeFirst();
    if (isHelp(first) || first == QLatin1String("help"))
        return help(args);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    // The command, by the table: one word, or a group and its subcommand.
    const CommandSpec* command = findCommand(first);
    QStringList rest = args;
    if (!command && groups().contains(first)) {
        const QString sub = args.value(0);
        command = findCommand(first + QLatin1Char(' ') + sub);
        if (!command && isHelp(sub))
            return printHelp(groupHelp(first));
        if (!command) {
            QStringList names;
            for (const CommandSpec* c : commandsOf(first))
                names << QLatin1String(c->name);
            const QString message =
                sub.isEmpty() ? QCoreApplication::translate("lp::cli", "\"%1\" needs a subcommand: %2.")
                                    .arg(first, names.join(QLatin1String(", ")))
                              : QCoreApplication::translate("lp::cli", "Unknown command \"%1\"; try %2.")
                                    .arg(first + QLatin1Char(' ') + sub, names.join(QLatin1String(", ")));
            return printUsageError(message);
        }
        rest = args.mid(1);
    }
    if (!command)
        return printUsageError(QCoreApplication::translate("lp::cli", "Unknown command \"%1\".").arg(first));
    setCurrentCommand(command);
    if (std::any_of(rest.cbegin(), rest.cend(), isHelp))
        return printHelp(commandHelp(*command));
    if (auto wrong = checkCommandLine(*command, rest))
        return printUsageError(*wrong);
    // Only "db init" makes a missing or zero-byte file (or an empty PostgreSQL database) ours;
    // every other command refuses it and leaves it as it was.
    Database::setCreateAllowed(QLatin1String(command->name) == QLatin1String("db init"));
    return dispatch(first, args);
}

} // namespace lp::cli
