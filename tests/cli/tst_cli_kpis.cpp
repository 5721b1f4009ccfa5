// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli kpis (docs/cli.md#kpis) and db rebuild-summary, run as the built binary on a
// database seeded through the command line itself: the dashboard's figures checked against sums
// this test makes from the rows it imported, with the calendar's rules written out here (reports on
// the 15th; the window is the 12 months before the latest report's month).
#include "clirun.h"

#include <QDate>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate kAsOf(2026, 11, 20);
const QString DA = QStringLiteral("Data Analytics");
const QString CP = QStringLiteral("Cloud Platform");

struct Row
{
    QDate date;
    bool invoice = true;
    double kpi = 0;
    QString competency;
};

} // namespace

class TestCliKpis : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QList<Row> m_rows;

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(m_dir.path(), args, input);
    }

    QJsonObject kpis()
    {
        const CliRun r =
            cli({QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--partner"),
                 QStringLiteral("4412345"), QStringLiteral("--as-of"), kAsOf.toString(Qt::ISODate)});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--mpn-id"), QStringLiteral("4412345"), QStringLiteral("--name"),
                      QStringLiteral("Contoso"), QStringLiteral("--country"), QStringLiteral("IT"),
                      QStringLiteral("--anniversary"), QStringLiteral("2021-03-01")})
                     .exitCode,
                 0);
        // 300 rows over two years up to the day before, several on a day; some order confirmations.
        QRandomGenerator random(18);
        QByteArray csv =
            "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n";
        for (int i = 0; i < 300; ++i) {
            Row r;
            r.date = kAsOf.addDays(-1 - random.bounded(720) / 3 * 3);
            r.invoice = random.bounded(6) != 0;
            r.kpi = 0.5 * (1 + random.bounded(8));
            r.competency = QList<QString>{DA, DA, CP, QString()}[random.bounded(4)];
            m_rows.append(r);
            csv += QStringLiteral("K-%1,1,%2,%3,courseware,1,%4,10.00,EUR,%5\n")
                       .arg(i)
                       .arg(r.invoice ? QStringLiteral("invoice") : QStringLiteral("orderConfirmation"),
                            r.date.toString(Qt::ISODate), QString::number(r.kpi), r.competency)
                       .toUtf8();
        }
        const QString file = m_dir.filePath(QStringLiteral("rows.csv"));
        QVERIFY(writeFile(file, csv));
        const CliRun imported = cli({QStringLiteral("import-invoices"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--partner"), QStringLiteral("4412345"), file});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().value(QStringLiteral("added")).toInt(), 300);
    }

    void figuresAreTheRowsSums()
    {
        const QJsonObject k = kpis();
        QVERIFY(!k.isEmpty());
        // The calendar: on 20 November the latest report is that of 15 November, the next one
        // 15 December; the window is November to October; records up to 31 October are reported.
        const QDate latest(2026, 11, 15);
        const QDate from(2025, 11, 1), to(2026, 10, 31);
        QCOMPARE(k.value(QStringLiteral("asOf")).toString(), kAsOf.toString(Qt::ISODate));
        QCOMPARE(k.value(QStringLiteral("latestReport")).toString(), latest.toString(Qt::ISODate));
        QCOMPARE(k.value(QStringLiteral("nextReport")).toString(), QStringLiteral("2026-12-15"));
        const QJsonObject window = k.value(QStringLiteral("window")).toObject();
        QCOMPARE(window.value(QStringLiteral("from")).toString(), from.toString(Qt::ISODate));
        QCOMPARE(window.value(QStringLiteral("to")).toString(), to.toString(Qt::ISODate));
        QCOMPARE(k.value(QStringLiteral("nextAnniversary")).toString(), QStringLiteral("2027-03-01"));

        // Each row in its bucket, by the rules of docs/rules.md#kpis: not an invoice or before the
        // window: excluded; after what the latest report covers: pending; else counted.
        QMap<QString, std::array<double, 3>> months; // yyyy-MM: counted, pending, excluded
        std::array<double, 3> totals{0, 0, 0};
        QMap<QString, double> countedPer;
        for (const Row& r : std::as_const(m_rows)) {
            const int bucket = !r.invoice || r.date < from ? 2 : r.date > to ? 1 : 0;
            totals[bucket] += r.kpi;
            if (bucket == 0)
                countedPer[r.competency] += r.kpi;
            if (r.date >= from)
                months[r.date.toString(QStringLiteral("yyyy-MM"))][bucket] += r.kpi;
        }
        const QJsonObject t = k.value(QStringLiteral("totals")).toObject();
        QCOMPARE(t.value(QStringLiteral("counted")).toDouble(), totals[0]);
        QCOMPARE(t.value(QStringLiteral("pending")).toDouble(), totals[1]);
        QCOMPARE(t.value(QStringLiteral("excluded")).toDouble(), totals[2]);
        QVERIFY(totals[0] > 0 && totals[1] > 0 && totals[2] > 0);

        const QJsonArray m = k.value(QStringLiteral("months")).toArray();
        QCOMPARE(m.size(), 13); // November 2025 to November 2026
        for (const QJsonValue& v : m) {
            const QJsonObject o = v.toObject();
            const auto expected = months.value(o.value(QStringLiteral("month")).toString(), {0, 0, 0});
            QCOMPARE(o.value(QStringLiteral("counted")).toDouble(), expected[0]);
            QCOMPARE(o.value(QStringLiteral("pending")).toDouble(), expected[1]);
            QCOMPARE(o.value(QStringLiteral("excluded")).toDouble(), expected[2]);
        }

        // Progress: silver and gold per competency, the KPIs counted being that competency's.
        const QJsonArray progress = k.value(QStringLiteral("progress")).toArray();
        QVERIFY(progress.size() >= 4);
        int checked = 0;
        for (const QJsonValue& v : progress) {
            const QJsonObject o = v.toObject();
            const QString competency = o.value(QStringLiteral("competency")).toString();
            QVERIFY(o.value(QStringLiteral("path")).toString() == QLatin1String("silver") ||
                    o.value(QStringLiteral("path")).toString() == QLatin1String("gold"));
            QCOMPARE(o.value(QStringLiteral("kpiCounted")).toDouble(), countedPer.value(competency));
            for (const QJsonValue& req : o.value(QStringLiteral("requirements")).toArray()) {
                if (req.toObject().value(QStringLiteral("code")).toString() == QLatin1String("MIN_KPI")) {
                    QCOMPARE(req.toObject().value(QStringLiteral("actual")).toDouble(),
                             countedPer.value(competency));
                    ++checked;
                }
            }
            // No trainer is stored: no path is eligible.
            QCOMPARE(o.value(QStringLiteral("eligible")).toBool(), false);
        }
        QVERIFY(checked >= 4);
    }

    void refusals()
    {
        const CliRun unknown = cli({QStringLiteral("kpis"), QStringLiteral("--db"), m_db,
                                    QStringLiteral("--partner"), QStringLiteral("999")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.code(), QStringLiteral("NOT_FOUND"));
        QVERIFY(unknown.out.isEmpty());
        const CliRun badDate =
            cli({QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--partner"),
                 QStringLiteral("4412345"), QStringLiteral("--as-of"), QStringLiteral("2026-13-45")});
        QCOMPARE(badDate.exitCode, 2);
        QCOMPARE(badDate.code(), QStringLiteral("INVALID_DATE"));
        const CliRun missing = cli({QStringLiteral("kpis"), QStringLiteral("--db"), m_db});
        // A usage error: plain text on standard error naming the option, nothing on standard output.
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("--partner"), missing.err.constData());
        QVERIFY(missing.code().isEmpty());
        QVERIFY(missing.out.isEmpty());
    }

    void aStaleSummaryIsFoundAndRebuilt()
    {
        const QJsonObject before = kpis();
        {
            // Behind the application's back: one day's sums doubled.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE kpi_daily SET kpi_value = kpi_value * 2 WHERE day ="
                                          " (SELECT max(day) FROM kpi_daily)")));
            QVERIFY(q.numRowsAffected() >= 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY(kpis() != before); // the dashboard reads the summary, not the rows

        const CliRun check =
            cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), m_db});
        QCOMPARE(check.exitCode, 3);
        const QJsonArray findings = check.json().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("KPI_SUMMARY_STALE"));

        const CliRun rebuilt =
            cli({QStringLiteral("db"), QStringLiteral("rebuild-summary"), QStringLiteral("--db"), m_db});
        QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
        QVERIFY(rebuilt.json().value(QStringLiteral("staleBefore")).toInt() >= 1);
        QVERIFY(rebuilt.json().value(QStringLiteral("summaryRows")).toInt() > 0);
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), m_db}).exitCode,
                 0);
        QCOMPARE(kpis(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliKpis)
#include "tst_cli_kpis.moc"
