// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Crashes and concurrent writers (issue 16): learnpartner-cli import-invoices killed at random
// points leaves an intact, all-or-nothing database; two and four imports at once into one database
// all finish (the later ones wait) with nothing lost. LP_TEST_DRIVER=pg runs the writers on
// PostgreSQL.
#include "clirun.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestCliCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A few thousand rows on SQLite, so each killed run is short; fewer on PostgreSQL, where the
    // import writes row by row (3,000 rows take seconds there, more on a loaded machine).
    static int rows() { return TestDatabase::wantsPostgres() ? 500 : 3000; }

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(m_dir.filePath(QStringLiteral("data")), args, input);
    }
    void prepare(const QString& db)
    {
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), db,
                      QStringLiteral("--mpn-id"), QStringLiteral("7"), QStringLiteral("--name"),
                      QStringLiteral("P"), QStringLiteral("--country"), QStringLiteral("IT"),
                      QStringLiteral("--anniversary"), QStringLiteral("2021-01-01")})
                     .exitCode,
                 0);
    }
    // A running import of the CSV file `csv`.
    std::unique_ptr<QProcess> startImport(const QString& db, const QString& csv)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(cliEnvironment(m_dir.filePath(QStringLiteral("data"))));
        p->start(QStringLiteral(LP_CLI), {QStringLiteral("import-invoices"), QStringLiteral("--db"), db,
                                          QStringLiteral("--partner"), QStringLiteral("7"), csv});
        return p;
    }
    QString csvFile(const QString& prefix)
    {
        const QString file = m_dir.filePath(prefix + QStringLiteral(".csv"));
        if (!QFileInfo::exists(file))
            writeFile(file, invoiceCsv(prefix, rows()));
        return file;
    }
    void expectIntact(const QString& db)
    {
        CliRun check = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());
        QCOMPARE(check.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    }
    // Purchases per invoice prefix, read by the application's own SQL through Qt.
    qint64 countPrefix(const QString& location, const QString& prefix)
    {
        qint64 n = -1;
        {
            QSqlDatabase db;
            if (TestDatabase::wantsPostgres()) {
                const QUrl url(location);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
                db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(location);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            }
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT count(*) FROM purchases WHERE invoice LIKE ?"));
                q.addBindValue(prefix + QStringLiteral("-%"));
                if (q.exec() && q.next())
                    n = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }

    void concurrentWriters(int writers)
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, db);
        prepare(db);
        std::vector<std::unique_ptr<QProcess>> running;
        for (int w = 0; w < writers; ++w)
            running.push_back(startImport(db, csvFile(QStringLiteral("W%1").arg(w))));
        for (int w = 0; w < writers; ++w) {
            QProcess& p = *running[size_t(w)];
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        for (int w = 0; w < writers; ++w)
            QCOMPARE(countPrefix(db, QStringLiteral("W%1").arg(w)), qint64(rows()));
        expectIntact(db);
    }

private slots:
    void killedImportsLeaveAllOrNothing()
    {
        if (TestDatabase::wantsPostgres())
            QSKIP("SQLite leg");
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        prepare(db);
        // How long one whole import takes here; the kills fall anywhere in that time (and a bit past).
        QElapsedTimer timer;
        timer.start();
        {
            auto p = startImport(db, csvFile(QStringLiteral("T")));
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const int whole = int(timer.elapsed());
        int killed = 0;
        int completed = 0;
        int run = 0;
        // At least 20 kills: a run that ends before its kill counts as complete and another follows.
        for (; killed < 20 && run < 40; ++run) {
            const QString prefix = QStringLiteral("K%1").arg(run);
            auto p = startImport(db, csvFile(prefix));
            QVERIFY(p->waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(whole)));
            if (p->state() != QProcess::NotRunning) {
                p->kill(); // SIGKILL: no chance to clean up
                ++killed;
            }
            p->waitForFinished(60000);
            const qint64 found = countPrefix(db, prefix);
            QVERIFY2(found == 0 || found == rows(),
                     qPrintable(QStringLiteral("run %1: %2 rows").arg(run).arg(found)));
            if (found == rows())
                ++completed;
        }
        qInfo("%d imports killed, %d of %d complete, one import %d ms", killed, completed, run, whole);
        QVERIFY(killed >= 20);
        expectIntact(db);
        CliRun verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    // Issue 21: two imports of the same file into the same partner at once. On PostgreSQL the second
    // waits for the first (an advisory lock per partner) instead of ending in "deadlock detected"; on
    // either database one adds every row, the other finds them all there, and standard error stays
    // empty: no driver line ahead of (or instead of) the JSON.
    void sameFileTwiceAtOnce()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, db);
        prepare(db);
        const QString csv = csvFile(QStringLiteral("SAME"));
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QProcess>> running;
            for (int w = 0; w < 2; ++w)
                running.push_back(startImport(db, csv));
            int added = 0;
            int unchanged = 0;
            for (auto& p : running) {
                QVERIFY(p->waitForFinished(120000));
                const QByteArray err = p->readAllStandardError();
                const QByteArray out = p->readAllStandardOutput();
                QVERIFY2(p->exitCode() == 0, err.constData());
                QVERIFY2(err.isEmpty(), err.constData());
                const QJsonObject o = QJsonDocument::fromJson(out).object();
                QVERIFY2(!o.isEmpty(), out.constData());
                added += o.value(QStringLiteral("added")).toInt();
                unchanged += o.value(QStringLiteral("unchanged")).toInt();
                QCOMPARE(o.value(QStringLiteral("problems")).toInt(-1), 0);
                QCOMPARE(o.value(QStringLiteral("badRows")).toInt(-1), 0);
            }
            QCOMPARE(added, round == 0 ? rows() : 0);
            QCOMPARE(unchanged, round == 0 ? rows() : 2 * rows());
        }
        QCOMPARE(countPrefix(db, QStringLiteral("SAME")), qint64(rows()));
        expectIntact(db);
    }

    void twoWriters() { concurrentWriters(2); }
    void fourWriters() { concurrentWriters(4); }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
