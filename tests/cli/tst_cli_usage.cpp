// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli's command line as people expect it (docs/cli.md#usage): --help and
// "help COMMAND" on standard output (exit 0), a command line it cannot read as plain text on
// standard error (exit 2, nothing written), JSON kept for data errors, and the manual pages
// written from the same table of commands (app/cli/commandtable.cpp).
#include "cli/commandtable.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lp::cli;

namespace {

// The words of a command, as typed: "db init" -> {"db", "init"}.
QStringList words(const CommandSpec& c)
{
    return QString::fromLatin1(c.name).split(QLatin1Char(' '));
}

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A text as roff writes it: hyphens escaped.
QString roff(QString text)
{
    return text.replace(QLatin1Char('-'), QLatin1String("\\-"));
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(m_dir.path(), args, input);
    }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    // The table names every command the CLI runs, no more, no fewer.
    void tableHasEveryCommand()
    {
        QStringList names;
        for (const CommandSpec& c : commands())
            names << QString::fromLatin1(c.name);
        const QStringList expected{QStringLiteral("evaluate"),
                                   QStringLiteral("kpis"),
                                   QStringLiteral("rules list"),
                                   QStringLiteral("rules show"),
                                   QStringLiteral("rules diff"),
                                   QStringLiteral("rules import"),
                                   QStringLiteral("rules activate"),
                                   QStringLiteral("rules schema"),
                                   QStringLiteral("check-discrepancy"),
                                   QStringLiteral("check-listing"),
                                   QStringLiteral("db init"),
                                   QStringLiteral("db check"),
                                   QStringLiteral("db rebuild-summary"),
                                   QStringLiteral("db backup"),
                                   QStringLiteral("db restore"),
                                   QStringLiteral("db copy"),
                                   QStringLiteral("user add"),
                                   QStringLiteral("user list"),
                                   QStringLiteral("user passwd"),
                                   QStringLiteral("user reset"),
                                   QStringLiteral("user disable"),
                                   QStringLiteral("user enable"),
                                   QStringLiteral("user unlock"),
                                   QStringLiteral("user role"),
                                   QStringLiteral("user sign-in"),
                                   QStringLiteral("partner add"),
                                   QStringLiteral("import-invoices"),
                                   QStringLiteral("audit verify")};
        QCOMPARE(names, expected);
    }

    void helpOnStandardOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
        QTest::newRow("--lang it --help")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--help")};
    }
    void helpOnStandardOutput()
    {
        QFETCH(QStringList, args);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QLatin1String("learnpartner-cli [--lang it|en] [--wait SECONDS] COMMAND")));
        for (const CommandSpec& c : commands()) {
            for (const QString& synopsis : synopses(c))
                QVERIFY2(text.contains(QLatin1String("  ") + synopsis), qPrintable(synopsis));
        }
        QVERIFY(!text.startsWith(QLatin1Char('{')));
    }

    // "help COMMAND" and "COMMAND --help" print the command's usage, for every command.
    void helpForEveryCommand()
    {
        const QString db = path("never-made.sqlite");
        for (const CommandSpec& c : commands()) {
            const CliRun help = cli(QStringList{QStringLiteral("help")} + words(c));
            QVERIFY2(help.exitCode == 0, c.name);
            QVERIFY2(help.err.isEmpty(), help.err.constData());
            const QString text = QString::fromUtf8(help.out);
            for (const QString& synopsis : synopses(c))
                QVERIFY2(text.contains(synopsis), qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8(c.description)), qPrintable(text));
            for (const OptionSpec& o : c.options)
                QVERIFY2(text.contains(optionSyntax(o)), qPrintable(text));
            // After the command, with other options: the same help, and nothing run.
            const CliRun inline_ =
                cli(words(c) + QStringList{QStringLiteral("--db"), db, QStringLiteral("--help")});
            QVERIFY2(inline_.exitCode == 0, c.name);
            QCOMPARE(inline_.out, help.out);
            QVERIFY(inline_.err.isEmpty());
            QVERIFY(!QFileInfo::exists(db));
        }
        // A group alone lists its commands.
        const CliRun group = cli({QStringLiteral("help"), QStringLiteral("user")});
        QCOMPARE(group.exitCode, 0);
        for (const CommandSpec* c : commandsOf(QStringLiteral("user")))
            QVERIFY(group.out.contains(c->name));
    }

    void usageErrorsArePlainText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("usage"); // the synopsis shown, or the general one
        const QString db = path("usage.sqlite");
        const QString general = QStringLiteral("COMMAND ...");
        QTest::newRow("no command") << QStringList{} << "No command given." << general;
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "Unknown command \"frobnicate\"" << general;
        QTest::newRow("help of an unknown command")
            << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")} << "Unknown command"
            << general;
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("db"), QStringLiteral("frob")}
            << "Unknown command \"db frob\"; try db init, db check" << general;
        QTest::newRow("group alone") << QStringList{QStringLiteral("user")}
                                     << "\"user\" needs a subcommand: user add" << general;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("db"), QStringLiteral("init"),
                                                       QStringLiteral("--db"), db, QStringLiteral("--frob")}
                                        << "frob"
                                        << "db init --db PATH|URL";
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db")} << "db"
            << "db init --db PATH|URL";
        QTest::newRow("missing option")
            << QStringList{QStringLiteral("db"), QStringLiteral("check")} << "The option --db is required."
            << "db check --db PATH|URL";
        QTest::newRow("missing option of a user command")
            << QStringList{QStringLiteral("user"),   QStringLiteral("role"), QStringLiteral("--db"), db,
                           QStringLiteral("--name"), QStringLiteral("luca")}
            << "The option --role is required."
            << "user role --db PATH|URL --name NAME --role ROLE";
        QTest::newRow("extra argument") << QStringList{QStringLiteral("db"), QStringLiteral("init"),
                                                       QStringLiteral("--db"), db, QStringLiteral("extra")}
                                        << "Unexpected argument \"extra\"."
                                        << "db init --db PATH|URL";
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("check-listing")} << "Missing argument: FILE."
            << "check-listing FILE";
        QTest::newRow("evaluate without a scenario")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--explain")}
            << "Missing argument: FILE."
            << "evaluate FILE [--explain]";
        QTest::newRow("evaluate without --partner")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--db"), db}
            << "The option --partner is required."
            << "evaluate --db PATH|URL --partner MPNID";
        QTest::newRow("bad --lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                                   QStringLiteral("rules"), QStringLiteral("list")}
                                    << "--lang takes it or en, not \"xx\"." << general;
        QTest::newRow("bad --wait") << QStringList{QStringLiteral("--wait"), QStringLiteral("soon"),
                                                   QStringLiteral("db"),     QStringLiteral("check"),
                                                   QStringLiteral("--db"),   db}
                                    << "--wait takes a number of seconds" << general;
        QTest::newRow("--wait without a value")
            << QStringList{QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--wait")}
            << "The option --wait needs a value." << general;
    }
    void usageErrorsArePlainText()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QFETCH(QString, usage);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QLatin1String("learnpartner-cli: ")), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(
            err.contains(QLatin1String("Usage: learnpartner-cli [--lang it|en] [--wait SECONDS] ") + usage),
            qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Try \"learnpartner-cli ")), qPrintable(err));
        QVERIFY(QJsonDocument::fromJson(r.err).isNull());
        QVERIFY(!QFileInfo::exists(path("usage.sqlite")));
    }

    // Results and data errors stay JSON.
    void dataErrorsStayJson()
    {
        const CliRun unreadable = cli({QStringLiteral("check-listing"), path("missing.json")});
        QCOMPARE(unreadable.exitCode, 2);
        QCOMPARE(unreadable.code(), QStringLiteral("FILE_UNREADABLE"));
        QCOMPARE(unreadable.err.count('\n'), 1);
        const CliRun notFound = cli(
            {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), path("nothing.sqlite")});
        QCOMPARE(notFound.exitCode, 2);
        QCOMPARE(notFound.code(), QStringLiteral("NOT_FOUND"));
        const CliRun schema = cli({QStringLiteral("rules"), QStringLiteral("schema")});
        QCOMPARE(schema.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(schema.out).isObject());
    }

    // The manual pages are written at build time from the same table and options.
    void manualPages()
    {
        const QString cliPage = readText(QStringLiteral(LP_MAN_DIR "/learnpartner-cli.1"));
        QVERIFY(cliPage.startsWith(QLatin1String(".TH LEARNPARTNER\\-CLI 1 ")));
        for (const CommandSpec& c : commands()) {
            QVERIFY2(cliPage.contains(QStringLiteral(".SS \"%1\"").arg(roff(QString::fromLatin1(c.name)))),
                     c.name);
            for (const QString& synopsis : synopses(c))
                QVERIFY2(cliPage.contains(roff(synopsis)), qPrintable(synopsis));
            for (const OptionSpec& o : c.options)
                QVERIFY2(cliPage.contains(roff(QStringLiteral("--") + QString::fromLatin1(o.name))), o.name);
        }
        for (const OptionSpec& o : globalOptions())
            QVERIFY(cliPage.contains(
                roff(optionSyntax(o)).replace(QLatin1Char(' '), QLatin1String("\\fR \\fI"))));
        QVERIFY(cliPage.contains(QLatin1String(".SH \"EXIT STATUS\"")));

        const QString guiPage = readText(QStringLiteral(LP_MAN_DIR "/learnpartner.1"));
        QVERIFY(guiPage.startsWith(QLatin1String(".TH LEARNPARTNER 1 ")));
        for (const char* option : {"\\-\\-demo", "\\-\\-db\\fR \\fIPATH|URL", "\\-\\-help", "\\-\\-version"})
            QVERIFY2(guiPage.contains(QLatin1String(option)), option);

        // man itself reads both without a warning, when it is installed.
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            return;
        for (const char* page : {"learnpartner-cli.1", "learnpartner.1"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            p.setProcessEnvironment(env);
            p.start(man, {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                          QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"),
                          QStringLiteral(LP_MAN_DIR "/") + QLatin1String(page)});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            const QByteArray warnings = p.readAllStandardError();
            QVERIFY2(warnings.isEmpty(), warnings.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
