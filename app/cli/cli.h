// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/partner.h"

#include <optional>
#include <QByteArray>
#include <QCommandLineOption>
#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

// learnpartner-cli: the command-line contract of spec/formats.md. The commands are thin:
// they parse arguments, call the core, and print JSON.
class QCommandLineParser;

namespace lp {
class Database;
}

namespace lp::cli {

enum ExitStatus { ExitOk = 0, ExitInternal = 1, ExitBadInput = 2, ExitAuditBroken = 3 };

// Prints {"error": {"code", "message", "path"}} on standard error; returns `status`, except for
// the codes whose status is fixed whoever reports them: DB_BUSY and DB_FILE_EMPTY 2, DB_DAMAGED 3.
// An error of the command line itself (isUsageError) is printed as plain text instead (exit 2).
int fail(const Error& error, int status = ExitBadInput);
// Prints a JSON document on standard output.
void printJson(const QJsonDocument& doc);
void printJson(const QJsonObject& object);
// Reads FILE, or standard input for "-".
Result<QByteArray> readInput(const QString& fileOrDash);

int run(const QStringList& arguments);

// The command line as people expect it (usage.cpp, from the table of commandtable.h;
// docs/cli.md#usage): help texts, and usage errors as plain text on standard error.
struct CommandSpec;
QString generalHelp();
QString commandHelp(const CommandSpec& command);
QString groupHelp(const QString& group);
// The command being run, named in a usage error's synopsis.
void setCurrentCommand(const CommandSpec* command);
// Prints "learnpartner-cli: MESSAGE", the current command's synopsis and where help is; returns 2.
int printUsageError(const QString& message);
// What is wrong with `args` (the words after the command's name) by the table, or nothing.
std::optional<QString> checkCommandLine(const CommandSpec& command, const QStringList& args);
// USAGE, or REQUIRED of an option or argument: errors of the command line, not of the data.
bool isUsageError(const Error& error);
QString usageMessage(const Error& error);

// Parses `args` (the words after the command); every listed option is required. Returns the
// error to print, or nothing.
std::optional<Error> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                    const QStringList& required);
QCommandLineOption databaseOption();
// The day of --as-of (ISO), or today when it is not given; INVALID_DATE of --as-of when it is no date.
std::optional<Error> asOfDate(const QCommandLineParser& parser, QDate& asOf);
// Opening errors about the input (which database) exit 2, others 1.
int databaseOpenFailed(const Error& error);
// The stored partner whose MPN ID came with --partner. When there is none it prints the error
// (NOT_FOUND of --partner: exit 2; a failure of the database: exit 1), sets `exitCode` and gives nothing.
std::optional<Partner> storedPartner(Database& db, const QString& mpnId, int& exitCode);
// One line of standard input, without echo (and after `prompt`) on a terminal.
QString readSecret(const QString& prompt);

// One function per command; `args` are the words after the command's name.
int dbCommand(const QStringList& args);
// db backup | db restore | db copy (backupcommands.cpp); `args` start with the subcommand.
int dbBackupCommand(const QStringList& args);
int userCommand(const QStringList& args);
int partnerCommand(const QStringList& args);
int auditCommand(const QStringList& args);
int importInvoicesCommand(const QStringList& args);
int evaluateCommand(const QStringList& args);
// kpis (kpiscommand.cpp): the KPI dashboard's figures
int kpisCommand(const QStringList& args);
// db rebuild-summary (kpiscommand.cpp): the KPI summary summed again from the purchases
int dbRebuildSummary(const QStringList& args);
int checkDiscrepancyCommand(const QStringList& args);
int checkListingCommand(const QStringList& args);
// rules list | show | diff | import | activate | schema (rulesetcommands.cpp)
int rulesCommand(const QStringList& args);

} // namespace lp::cli
