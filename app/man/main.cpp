// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// lp_manpage OUTDIR VERSION DATE: writes the manual pages learnpartner.1 and learnpartner-cli.1
// into OUTDIR at build time, from the definitions the executables parse their command lines with:
// the table of commands (app/cli/commandtable.cpp) and the GUI's options (app/gui/options.cpp).
// No translator is installed, so the pages say the English source texts.
#include "cli/commandtable.h"
#include "gui/options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace lp;

namespace {

// Text for a roff line: backslashes and hyphens escaped, no control character at its start.
QString esc(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString esc(const char* text)
{
    return esc(QString::fromUtf8(text));
}

// "--db PATH|URL" as bold option, italic value.
QString optionItem(const QStringList& names, const QString& value)
{
    QStringList parts;
    for (const QString& n : names)
        parts << QStringLiteral("\\fB%1\\fR")
                     .arg(esc((n.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + n));
    QString item = parts.join(QLatin1String(", "));
    if (!value.isEmpty())
        item += QStringLiteral(" \\fI%1\\fR").arg(esc(value));
    return item;
}

QString header(const char* name, const QString& version, const QString& date)
{
    // No hyphenation, ragged right: URLs and option names stay whole.
    return QStringLiteral(".TH %1 1 \"%2\" \"Learning Partner Desk %3\" \"User Commands\"\n.nh\n.ad l\n")
        .arg(esc(QString::fromLatin1(name).toUpper()), date, version);
}

QString cliPage(const QString& version, const QString& date)
{
    using namespace lp::cli;
    QString t = header("learnpartner-cli", version, date);
    t += QStringLiteral(".SH NAME\nlearnpartner\\-cli \\- the command line of Learning Partner Desk\n");
    t += QStringLiteral(".SH SYNOPSIS\n\\fBlearnpartner\\-cli\\fR [\\fB\\-\\-lang\\fR \\fIit|en\\fR] "
                        "[\\fB\\-\\-wait\\fR \\fISECONDS\\fR] \\fICOMMAND\\fR ...\n.br\n"
                        "\\fBlearnpartner\\-cli help\\fR [\\fICOMMAND\\fR]\n");
    t += QStringLiteral(".SH DESCRIPTION\n%1\n.PP\n%2\n").arg(esc(Notes::description), esc(Notes::input));
    t += QStringLiteral(".SH OPTIONS\n");
    for (const OptionSpec& o : globalOptions())
        t += QStringLiteral(".TP\n%1\n%2\n")
                 .arg(optionItem({QString::fromLatin1(o.name)}, QString::fromLatin1(o.value)),
                      esc(o.description));
    t += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec& c : commands()) {
        t += QStringLiteral(".SS \"%1\"\n").arg(esc(c.name));
        for (const QString& line : synopses(c))
            t += QStringLiteral(".PP\n\\fBlearnpartner\\-cli\\fR %1\n").arg(esc(line));
        t += QStringLiteral(".PP\n%1\n").arg(esc(c.description));
        for (const OptionSpec& o : c.options)
            t += QStringLiteral(".TP\n%1\n%2%3\n")
                     .arg(optionItem({QString::fromLatin1(o.name)}, QString::fromLatin1(o.value)),
                          esc(o.description), o.required ? QStringLiteral(" (required)") : QString());
    }
    t += QStringLiteral(".SH \"EXIT STATUS\"\n");
    for (const auto& status : Notes::exitStatus)
        t += QStringLiteral(".TP\n.B %1\n%2\n").arg(esc(status[0]), esc(status[1]));
    t += QStringLiteral(".SH ENVIRONMENT\n");
    for (const auto& variable : Notes::environment)
        t += QStringLiteral(".TP\n.B %1\n%2\n").arg(esc(variable[0]), esc(variable[1]));
    t += QStringLiteral(".SH \"SEE ALSO\"\n.BR learnpartner (1)\n");
    return t;
}

QString guiPage(const QString& version, const QString& date)
{
    QString t = header("learnpartner", version, date);
    t += QStringLiteral(".SH NAME\nlearnpartner \\- %1: Microsoft Learning Partner enrollment\n")
             .arg(esc(gui::commandLineDescription()));
    t += QStringLiteral(".SH SYNOPSIS\n\\fBlearnpartner\\fR [\\fIOPTION\\fR]...\n");
    t += QStringLiteral(
        ".SH DESCRIPTION\nThe desktop application of Learning Partner Desk: enrollment in the Microsoft "
        "Learning "
        "Partner program, KPIs, KPI discrepancy cases and the directory listing, in Italian and English. "
        "Without \\fB\\-\\-db\\fR it opens the database in the user's data folder.\n");
    // The help and version options are Qt's (addHelpOption, addVersionOption), as main() adds them.
    QCommandLineParser parser;
    const QList<QCommandLineOption> options =
        QList<QCommandLineOption>{parser.addHelpOption(), parser.addVersionOption()} +
        gui::commandLine().all();
    t += QStringLiteral(".SH OPTIONS\n");
    for (const QCommandLineOption& o : options)
        t += QStringLiteral(".TP\n%1\n%2\n").arg(optionItem(o.names(), o.valueName()), esc(o.description()));
    t += QStringLiteral(
        ".SH FILES\n.TP\n.I ~/.local/share/LearningPartnerDesk/learnpartner/learnpartner.sqlite\n"
        "the database used without \\fB\\-\\-db\\fR\n");
    t += QStringLiteral(".SH \"SEE ALSO\"\n.BR learnpartner\\-cli (1)\n");
    return t;
}

bool write(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: lp_manpage OUTDIR VERSION DATE\n");
        return 2;
    }
    const QString dir = args[1];
    if (!write(dir + QLatin1String("/learnpartner-cli.1"), cliPage(args[2], args[3])) ||
        !write(dir + QLatin1String("/learnpartner.1"), guiPage(args[2], args[3]))) {
        std::fprintf(stderr, "lp_manpage: cannot write into %s\n", qPrintable(dir));
        return 1;
    }
    return 0;
}
