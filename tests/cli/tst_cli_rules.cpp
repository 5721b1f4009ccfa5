// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli evaluate / check-discrepancy / check-listing, run as the built binary on
// the files in tests/data: the spec's four examples must produce their expect blocks field
// for field; every bad input exits 2 with one JSON error naming its path and nothing on
// standard output; a half-filled form is valid input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QStringLiteral(LP_TEST_DATA));
    p.start(QStringLiteral(LP_CLI), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject readJson(const QString& path)
{
    QFile f(QDir(QStringLiteral(LP_TEST_DATA)).filePath(path));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Field for field: every key of `expected` in `actual` with the same value (numbers as
// numbers), and no key in `actual` that `expected` lacks.
QString difference(const QJsonValue& expected, const QJsonValue& actual, const QString& path)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(": not an object");
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
            const QString d = difference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!e.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": not expected");
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size())
            return path + QStringLiteral(": array size");
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = difference(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isDouble() && actual.isDouble())
        return qFuzzyCompare(1.0 + expected.toDouble(), 1.0 + actual.toDouble())
                   ? QString()
                   : path + QStringLiteral(": number");
    return expected == actual
               ? QString()
               : path + QStringLiteral(": %1 != %2")
                            .arg(expected.toVariant().toString(), actual.toVariant().toString());
}

} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

private slots:
    void specExamples_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QDir(QStringLiteral(LP_TEST_DATA)).filePath(QStringLiteral("examples")));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5); // the four of the spec and month/year triage
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << QStringLiteral("examples/") + f;
    }
    void specExamples()
    {
        QFETCH(QString, file);
        const QJsonObject example = readJson(file);
        const QByteArray input = QJsonDocument(example.value(QStringLiteral("input")).toObject()).toJson();
        const Run r = cli({example.value(QStringLiteral("command")).toString(), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonDocument out = QJsonDocument::fromJson(r.out);
        QVERIFY(out.isObject());
        QJsonObject actual = out.object();
        // A decision names its rule set by hash and provenance too (docs/rules-admin.md), which the
        // spec's expect blocks predate: checked here, then left out of the field-for-field comparison.
        if (example.value(QStringLiteral("command")).toString() == QLatin1String("evaluate")) {
            const QString sha = actual.take(QStringLiteral("ruleSetSha256")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha).hasMatch(),
                     qPrintable(sha));
            const bool inlineSet =
                example.value(QStringLiteral("input")).toObject().contains(QStringLiteral("rules"));
            QCOMPARE(actual.take(QStringLiteral("ruleSetProvenance")).toString(),
                     inlineSet ? QStringLiteral("inline") : QStringLiteral("builtin-illustrative"));
        }
        const QString diff = difference(example.value(QStringLiteral("expect")), actual, QStringLiteral("$"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void invalidInputs_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QJsonArray manifest =
            QJsonDocument::fromJson([] {
                QFile f(QDir(QStringLiteral(LP_TEST_DATA)).filePath(QStringLiteral("invalid/manifest.json")));
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }())
                .array();
        QVERIFY(manifest.size() >= 19);
        for (const QJsonValue& v : manifest) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QStringLiteral("file")).toString()))
                << c.value(QStringLiteral("command")).toString() << c.value(QStringLiteral("file")).toString()
                << c.value(QStringLiteral("code")).toString() << c.value(QStringLiteral("path")).toString();
        }
    }
    void invalidInputs()
    {
        QFETCH(QString, command);
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Run r = cli({command, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
        const QJsonObject error =
            QJsonDocument::fromJson(r.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(error.value(QStringLiteral("path")).toString(), path);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void halfFilledFormsAreValidInput()
    {
        Run d = cli({QStringLiteral("check-discrepancy"), QStringLiteral("discrepancy_half_filled.json")});
        QCOMPARE(d.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(d.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("triage")).isNull());
        QCOMPARE(o.value(QStringLiteral("errors")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("case.invoiceNumber")},
                                         {QStringLiteral("code"), QStringLiteral("REQUIRED")}},
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("case.evidence")},
                                         {QStringLiteral("code"), QStringLiteral("EVIDENCE_NOT_INVOICE")}}}));
        Run l = cli({QStringLiteral("check-listing"), QStringLiteral("listing_half_filled.json")});
        QCOMPARE(l.exitCode, 0);
        o = QJsonDocument::fromJson(l.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 2);
        QVERIFY(!o.contains(QStringLiteral("batchWeek")));
    }

    void explainInBothLanguages()
    {
        const QJsonObject example =
            readJson(QStringLiteral("examples/example_gold_falls_back_to_silver.json"));
        const QByteArray input = QJsonDocument(example.value(QStringLiteral("input")).toObject()).toJson();
        const Run en = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("evaluate"),
                            QStringLiteral("--explain"), QStringLiteral("-")},
                           input);
        QCOMPARE(en.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(en.out).object();
        const QString kpi = o.value(QStringLiteral("requirements"))
                                .toArray()
                                .last()
                                .toObject()
                                .value(QStringLiteral("explanation"))
                                .toString();
        QVERIFY2(kpi.contains(QLatin1String("TEST-FY")) && kpi.contains(QLatin1String("KPI total 15")),
                 qPrintable(kpi));
        QCOMPARE(o.value(QStringLiteral("kpi"))
                     .toObject()
                     .value(QStringLiteral("countedPurchases"))
                     .toArray()
                     .size(),
                 5);
        const Run it = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("evaluate"),
                            QStringLiteral("--explain"), QStringLiteral("-")},
                           input);
        const QString italian =
            QJsonDocument::fromJson(it.out).object().value(QStringLiteral("explanation")).toString();
        QVERIFY2(italian.contains(QStringLiteral("Set di regole")), qPrintable(italian));
    }

    void fileMustBeGiven()
    {
        const Run r = cli({QStringLiteral("evaluate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const Run missing = cli({QStringLiteral("evaluate"), QStringLiteral("no-such-file.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("FILE_UNREADABLE"));
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_cli_rules.moc"
