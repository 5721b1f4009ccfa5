// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"
#include "commandtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

// The help and the usage errors, both written from the table of commands (commandtable.cpp):
// help on standard output (exit 0), a command line that cannot be read as plain text on
// standard error (exit 2). docs/cli.md#usage is the contract.
namespace lp::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lp::cli", text);
}

const CommandSpec* g_current = nullptr;

// "  SYNTAX  description", the description under a long syntax.
QString row(const QString& syntax, const QString& description, int width)
{
    if (description.isEmpty())
        return QStringLiteral("  %1\n").arg(syntax);
    if (syntax.size() <= width)
        return QStringLiteral("  %1  %2\n").arg(syntax, -width).arg(description);
    return QStringLiteral("  %1\n  %2  %3\n").arg(syntax, QString(width, QLatin1Char(' ')), description);
}

// A paragraph broken into lines of at most 80 characters (at spaces).
QString wrap(const QString& paragraph)
{
    QString out;
    QString line;
    for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 80) {
            out += line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return out + line;
}

QString header()
{
    return QStringLiteral("learnpartner-cli [--lang it|en] [--wait SECONDS] ");
}

void writeErr(const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString generalHelp()
{
    QString text = tr("Usage: %1COMMAND ...").arg(header()) + QLatin1String("\n\n") +
                   wrap(tr(Notes::description)) + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec& c : commands()) {
        const QStringList lines = synopses(c);
        for (int i = 0; i < lines.size(); ++i)
            text += row(lines[i], i + 1 == lines.size() ? tr(c.description) : QString(), 38);
    }
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (const OptionSpec& o : globalOptions())
        text += row(optionSyntax(o), tr(o.description), 18);
    text += QLatin1Char('\n') + wrap(tr(Notes::input)) + QLatin1String("\n\n") + tr("Exit status:") +
            QLatin1Char('\n');
    for (const auto& status : Notes::exitStatus)
        text += row(QLatin1String(status[0]), tr(status[1]), 1);
    text += QLatin1Char('\n') + tr("\"learnpartner-cli help COMMAND\" describes one command.") +
            QLatin1Char('\n');
    return text;
}

QString commandHelp(const CommandSpec& command)
{
    QString text;
    for (const QString& line : synopses(command))
        text +=
            (text.isEmpty() ? tr("Usage: %1").arg(header() + line) : tr("   or: %1").arg(header() + line)) +
            QLatin1Char('\n');
    text += QLatin1Char('\n') + tr(command.description) + QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
        for (const OptionSpec& o : command.options)
            text += row(optionSyntax(o),
                        o.required ? tr("%1 (required)").arg(tr(o.description)) : tr(o.description), 24);
    }
    text += QLatin1Char('\n') + wrap(tr(Notes::input)) + QLatin1Char('\n');
    return text;
}

QString groupHelp(const QString& group)
{
    QString text = tr("Usage: %1%2 SUBCOMMAND ...").arg(header(), group) + QLatin1String("\n\n") +
                   tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec* c : commandsOf(group)) {
        const QStringList lines = synopses(*c);
        for (int i = 0; i < lines.size(); ++i)
            text += row(lines[i], i + 1 == lines.size() ? tr(c->description) : QString(), 38);
    }
    return text;
}

void setCurrentCommand(const CommandSpec* command)
{
    g_current = command;
}

int printUsageError(const QString& message)
{
    QString text = QStringLiteral("learnpartner-cli: ") + message + QLatin1Char('\n');
    if (g_current) {
        for (const QString& line : synopses(*g_current))
            text += tr("Usage: %1").arg(header() + line) + QLatin1Char('\n');
        text +=
            tr("Try \"learnpartner-cli help %1\".").arg(QLatin1String(g_current->name)) + QLatin1Char('\n');
    } else {
        text += tr("Usage: %1COMMAND ...").arg(header()) + QLatin1Char('\n') +
                tr("Try \"learnpartner-cli --help\".") + QLatin1Char('\n');
    }
    writeErr(text);
    return ExitBadInput;
}

std::optional<QString> checkCommandLine(const CommandSpec& command, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& o : command.options) {
        QCommandLineOption option(QLatin1String(o.name), tr(o.description));
        option.setValueName(QLatin1String(o.value));
        parser.addOption(option);
    }
    if (!parser.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return parser.errorText();
    for (const OptionSpec& o : command.options) {
        const QString name = QLatin1String(o.name);
        if (o.required && !parser.isSet(name))
            return tr("The option %1 is required.").arg(QStringLiteral("--") + name);
        if (*o.value && parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return tr("The option %1 needs a value.").arg(QStringLiteral("--") + name);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > command.maxArguments)
        return tr("Unexpected argument \"%1\".").arg(positional.value(command.maxArguments));
    if (positional.size() < command.minArguments)
        return tr("Missing argument: %1.").arg(QLatin1String(command.arguments));
    return std::nullopt;
}

bool isUsageError(const Error& error)
{
    if (error.code == QLatin1String("USAGE"))
        return true;
    // A missing option or argument of the command line (a missing field of a file has a JSON path).
    return error.code == QLatin1String("REQUIRED") && !error.path.isEmpty() &&
           (error.path.startsWith(QLatin1String("--")) || error.path == error.path.toUpper());
}

QString usageMessage(const Error& error)
{
    if (error.code == QLatin1String("USAGE"))
        return error.args.value(0);
    if (error.path.startsWith(QLatin1String("--")))
        return tr("The option %1 is required.").arg(error.path);
    return tr("Missing argument: %1.").arg(error.path);
}

} // namespace lp::cli
