// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one description of learnpartner-cli's command line: every command, its options and
// arguments, and what they do. The CLI checks a command line against it before a command runs,
// prints its help from it, and app/man writes the manual page from it (docs/cli.md#usage).
// It needs QtCore only. Descriptions are marked for translation (context "lp::cli"); the
// syntax is the contract and is never translated.
namespace lp::cli {

struct OptionSpec
{
    const char* name;             // without the leading "--"
    const char* value = "";       // the value's placeholder; empty: a flag without a value
    const char* description = ""; // QT_TRANSLATE_NOOP("lp::cli", ...)
    bool required = false;
};

struct CommandSpec
{
    const char* name;        // one word or "group subcommand": "db init"
    const char* description; // QT_TRANSLATE_NOOP("lp::cli", ...)
    QList<OptionSpec> options = {};
    const char* arguments = ""; // the positional arguments as the synopsis shows them
    int minArguments = 0;
    int maxArguments = 0;
    // Synopses written out (after the name) when the generated one would not say it right.
    QList<const char*> forms = {};
};

// Every command, in the order the help lists them.
const QList<CommandSpec>& commands();
// The options valid before or after any command (--lang, --wait, --help, --version).
const QList<OptionSpec>& globalOptions();
// The command named by one or two words, or nullptr.
const CommandSpec* findCommand(const QString& name);
// The words that only start commands ("db", "user", ...), and the commands of one of them.
QStringList groups();
QList<const CommandSpec*> commandsOf(const QString& group);

// The synopses of a command, after "learnpartner-cli": "db init --db PATH|URL".
QStringList synopses(const CommandSpec& command);
// "--db PATH|URL"
QString optionSyntax(const OptionSpec& option);

// Paragraphs shared by the help and the manual page (untranslated source; translate them with
// QCoreApplication::translate("lp::cli", ...)).
struct Notes
{
    static const char* const description; // what the program is
    static const char* const input;       // FILE, --db
    static const char* const exitStatus[4][2];
    static const char* const environment[3][2];
};

} // namespace lp::cli
