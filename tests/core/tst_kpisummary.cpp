// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The KPI summary (table kpi_daily, docs/architecture.md#the-kpi-summary): kept in the same
// transaction as the purchases by imports and case corrections, equal to a full recount on random
// data, filled by migration 8, carried by backups, restores and copies, and found by `db check`
// when it is not. Runs on SQLite and on PostgreSQL (tst_kpisummary_pg).
#include "services/backupservice.h"
#include "services/casecorrection.h"
#include "services/enrollmentservice.h"
#include "services/ledgerservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"
#include "storage/kpisummaryrepository.h"
#include "storage/migrations.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace lp;

namespace {

const QString DA = QStringLiteral("Data Analytics");
const QString CP = QStringLiteral("Cloud Platform");
const QDate kToday(2026, 11, 20);

using Key = std::tuple<QDate, QString, QString>; // day, document type, competency

// The partner's rows summed per day, document type and competency, here in C++: the recount the
// summary must equal, made without the storage code's SQL.
QMap<Key, Purchase> recountOf(const QList<Purchase>& rows)
{
    QMap<Key, Purchase> sums;
    for (const Purchase& p : rows) {
        const Key key{p.invoiceDate, toString(p.documentType), p.competency};
        auto it = sums.find(key);
        if (it == sums.end()) {
            Purchase s = p;
            s.lines = 1;
            sums.insert(key, s);
            continue;
        }
        it->kpiValue += p.kpiValue;
        it->units += p.units;
        it->revenueCents += p.revenueCents;
        ++it->lines;
    }
    return sums;
}

// Empty when `summary` holds exactly the sums of `rows`; otherwise what differs first.
QString differences(const QList<Purchase>& summary, const QList<Purchase>& rows)
{
    const QMap<Key, Purchase> expected = recountOf(rows);
    if (summary.size() != expected.size())
        return QStringLiteral("%1 summary rows, %2 expected").arg(summary.size()).arg(expected.size());
    for (const Purchase& s : summary) {
        const Key key{s.invoiceDate, toString(s.documentType), s.competency};
        const auto e = expected.constFind(key);
        if (e == expected.cend())
            return QStringLiteral("unexpected %1").arg(s.invoiceDate.toString(Qt::ISODate));
        if (s.lines != e->lines || s.units != e->units || s.revenueCents != e->revenueCents ||
            !qFuzzyCompare(1 + s.kpiValue, 1 + e->kpiValue))
            return QStringLiteral("%1 %2 %3: lines %4/%5 units %6/%7 revenue %8/%9 kpi %10/%11")
                .arg(s.invoiceDate.toString(Qt::ISODate), toString(s.documentType), s.competency)
                .arg(s.lines)
                .arg(e->lines)
                .arg(s.units)
                .arg(e->units)
                .arg(s.revenueCents)
                .arg(e->revenueCents)
                .arg(s.kpiValue)
                .arg(e->kpiValue);
    }
    return {};
}

QByteArray csvHeader()
{
    return "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n";
}

QByteArray csvRow(const Purchase& p)
{
    return QStringLiteral("%1,%2,%3,%4,courseware,%5,%6,%7.%8,EUR,%9\n")
        .arg(p.invoice)
        .arg(p.line)
        .arg(toString(p.documentType), p.invoiceDate.toString(Qt::ISODate))
        .arg(p.units)
        .arg(QString::number(p.kpiValue, 'g', 15))
        .arg(p.revenueCents / 100)
        .arg(p.revenueCents % 100, 2, 10, QLatin1Char('0'))
        .arg(p.competency)
        .toUtf8();
}

} // namespace

class TestKpiSummary : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    QList<qint64> m_partners;
    QRandomGenerator m_random{20261202};
    int m_invoices = 0;

    Purchase randomPurchase(qint64 partnerId)
    {
        static const QList<DocumentType> types{DocumentType::Invoice, DocumentType::Invoice,
                                               DocumentType::OrderConfirmation, DocumentType::PartnerReport};
        Purchase p;
        p.invoice = QStringLiteral("P%1-INV-%2").arg(partnerId).arg(++m_invoices);
        p.documentType = types[m_random.bounded(int(types.size()))];
        // Few days, so that rows share them: a summary row then stands for several.
        p.invoiceDate = QDate(2025, 1, 1).addDays(m_random.bounded(60) * 11);
        p.units = 1 + m_random.bounded(5);
        p.kpiValue = 0.1 * m_random.bounded(60); // tenths: not exact in binary, summed in any order
        p.revenueCents = m_random.bounded(10'000'000);
        p.competency = QList<QString>{DA, CP, QString()}[m_random.bounded(3)];
        p.omlpType = QStringLiteral("courseware");
        return p;
    }

    Result<ImportSummary> import(qint64 partnerId, const QByteArray& csv)
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        LedgerService::ImportOptions options;
        options.today = kToday;
        options.fileName = QStringLiteral("test.csv");
        return LedgerService(*m_db).importInvoices(Actor::commandLine(), partnerId, buffer, options);
    }

    // Every partner's summary: as the table holds it, as SQL counts it afresh, as the rows add up here.
    void checkSummary(Database& db, const char* when)
    {
        KpiSummaryRepository summary(db);
        for (qint64 pid : std::as_const(m_partners)) {
            const auto kept = summary.dailyTotals(pid);
            const auto counted = summary.recount(pid);
            const auto rows = PurchaseRepository(db).list(pid);
            QVERIFY(kept && counted && rows);
            const QString kd = differences(kept.value(), rows.value());
            QVERIFY2(
                kd.isEmpty(),
                qPrintable(QStringLiteral("%1, partner %2: %3").arg(QLatin1String(when)).arg(pid).arg(kd)));
            const QString cd = differences(counted.value(), rows.value());
            QVERIFY2(cd.isEmpty(), qPrintable(cd));
        }
        QCOMPARE(summary.staleRows().value(), qint64(0));
    }

    void importSome(int files)
    {
        for (int f = 0; f < files; ++f) {
            const qint64 pid = m_partners[m_random.bounded(int(m_partners.size()))];
            QByteArray csv = csvHeader();
            for (int i = 0, n = 1 + m_random.bounded(30); i < n; ++i)
                csv += csvRow(randomPurchase(pid));
            auto done = import(pid, csv);
            QVERIFY(done && done->ok());
        }
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_accounts = TestAccounts::create(*m_db, QDate(2021, 3, 1));
        m_partners = {m_accounts.admin.partnerId()};
        for (const char* mpn : {"5512345", "6612345"}) {
            auto added = PartnerService(*m_db).add(
                Actor::commandLine(),
                {0, QLatin1String(mpn), QStringLiteral("Partner %1").arg(QLatin1String(mpn)),
                 QStringLiteral("IT"), QDate(2020, 7, 1).addDays(m_random.bounded(365))});
            QVERIFY(added);
            m_partners.append(added->id);
        }
    }

    void cleanup() { m_db.reset(); }

    void importsAndCorrectionsKeepTheSummary()
    {
        PurchaseRepository purchases(*m_db);
        for (int step = 0; step < 40; ++step) {
            const qint64 pid = m_partners[m_random.bounded(int(m_partners.size()))];
            const int op = m_random.bounded(10);
            if (op < 4) { // a file of new rows, some with a second line on the same day
                QByteArray csv = csvHeader();
                for (int i = 0, n = 1 + m_random.bounded(40); i < n; ++i) {
                    Purchase p = randomPurchase(pid);
                    csv += csvRow(p);
                    if (m_random.bounded(3) == 0) {
                        p.line = 2;
                        p.kpiValue = 0.1 * m_random.bounded(30);
                        csv += csvRow(p);
                    }
                }
                auto done = import(pid, csv);
                QVERIFY(done && done->ok());
            } else if (op < 6) { // stored rows again (unchanged), with new ones; or with a conflict: refused
                const QList<Purchase> stored = purchases.list(pid).value();
                if (stored.isEmpty())
                    continue;
                QByteArray csv = csvHeader();
                for (int i = 0; i < 5; ++i)
                    csv += csvRow(stored[m_random.bounded(int(stored.size()))]);
                csv += csvRow(randomPurchase(pid));
                const bool conflict = op == 5;
                if (conflict) {
                    Purchase changed = stored[m_random.bounded(int(stored.size()))];
                    changed.kpiValue += 1;
                    csv += csvRow(changed);
                }
                auto done = import(pid, csv);
                QVERIFY(done);
                QCOMPARE(done->ok(), !conflict);
            } else if (op < 9) { // a corrected case: the invoice's lines moved to the filed month, new values
                const QList<Purchase> stored = purchases.list(pid).value();
                DiscrepancyCase c;
                c.partnerId = pid;
                const bool known = !stored.isEmpty() && op != 8;
                c.invoiceNumber = known ? stored[m_random.bounded(int(stored.size()))].invoice
                                        : QStringLiteral("P%1-NEW-%2").arg(pid).arg(++m_invoices);
                const QDate month = QDate(2025, 1, 1).addMonths(m_random.bounded(20));
                c.month = month.month();
                c.year = month.year();
                c.omlpType = QStringLiteral("courseware");
                c.purchaseUnit = 2 + m_random.bounded(8);
                c.kpiValue = 0.5 * m_random.bounded(20);
                c.revenueCents = m_random.bounded(1'000'000);
                QVERIFY(
                    m_db->transaction([&] { return CaseCorrection::apply(*m_db, Actor::commandLine(), c); }));
            } else { // a file with a bad row: refused, nothing written
                QByteArray csv = csvHeader() + csvRow(randomPurchase(pid));
                csv += "BAD-1,1,invoice,not-a-date,courseware,1,1,1.00,EUR,\n";
                auto done = import(pid, csv);
                QVERIFY(done && !done->ok());
            }
            checkSummary(*m_db, "after a step");
        }

        // The decisions on the summary are those on the rows, for every partner and path.
        EnrollmentService service(*m_db);
        for (qint64 pid : std::as_const(m_partners)) {
            const PartnerSnapshot rows = service.snapshot(m_accounts.support, pid).value();
            QVERIFY(rows.purchases.size() > 10);
            for (const QDate& asOf : {QDate(2025, 6, 20), QDate(2026, 2, 14), kToday}) {
                for (const EnrollmentRequest& request :
                     {EnrollmentRequest{Path::Silver, DA, EvaluationKind::Enroll, true},
                      EnrollmentRequest{Path::Gold, CP, EvaluationKind::Enroll, true},
                      EnrollmentRequest{Path::Silver, CP, EvaluationKind::Renew, true}}) {
                    const auto mine = service.evaluate(m_accounts.support, pid, request, asOf);
                    const auto full = service.evaluate(rows, request, asOf);
                    QVERIFY(mine && full);
                    QCOMPARE(mine->eligible, full->eligible);
                    QCOMPARE(mine->kpi.counted, full->kpi.counted);
                    QCOMPARE(mine->kpi.pending, full->kpi.pending);
                    QCOMPARE(mine->kpi.countedLines, full->kpi.countedLines);
                }
            }
        }
    }

    void anImportAddsToTheDaysThatHoldSumsAlready()
    {
        // An import adds its rows' sums to the summary rows of their days
        // (docs/architecture.md#the-kpi-summary): a second file on the first one's days, revenue past a
        // thousand million cents (both parts of the split), a refused file and the same file again.
        const qint64 pid = m_partners.first();
        auto fileOf = [&](int rows, qint64 bigRevenue) {
            QByteArray csv = csvHeader();
            for (int i = 0; i < rows; ++i) {
                Purchase p = randomPurchase(pid);
                p.invoiceDate = QDate(2025, 3, 1 + i % 3);
                if (i % 4 == 0)
                    p.revenueCents = bigRevenue + i; // e.g. 12,345,678.91 EUR: 1,234 and 567,891 + i
                csv += csvRow(p);
            }
            return csv;
        };
        const QByteArray first = fileOf(12, 1'234'567'891);
        auto done = import(pid, first);
        QVERIFY(done && done->ok());
        const auto afterFirst = KpiSummaryRepository(*m_db).dailyTotals(pid).value();
        done = import(pid, fileOf(30, 999'999'999'999));
        QVERIFY(done && done->ok() && done->added == 30);
        checkSummary(*m_db, "after a second file on the same days");
        const auto afterSecond = KpiSummaryRepository(*m_db).dailyTotals(pid).value();
        QVERIFY(afterSecond != afterFirst);

        // New rows on those days, then a conflict: refused, the summary as it was.
        QByteArray refused = fileOf(8, 5'000'000'000);
        Purchase changed = PurchaseRepository(*m_db).list(pid).value().first();
        changed.units += 1;
        refused += csvRow(changed);
        done = import(pid, refused);
        QVERIFY(done && !done->ok());
        QVERIFY(KpiSummaryRepository(*m_db).dailyTotals(pid).value() == afterSecond);

        // The first file again: every row unchanged, nothing added to the summary.
        done = import(pid, first);
        QVERIFY(done && done->ok());
        QCOMPARE(done->unchanged, 12);
        QCOMPARE(done->added, 0);
        QVERIFY(KpiSummaryRepository(*m_db).dailyTotals(pid).value() == afterSecond);
        checkSummary(*m_db, "after the refused file and the same file again");
    }

    void aBulkLoadKeepsTheSummary()
    {
        // A file large enough for the writer's bulk load (PurchaseWriter::kBulkRows rows and more than
        // the table holds) on days a first small file wrote to already.
        importSome(2);
        const qint64 pid = m_partners.last();
        QByteArray csv = csvHeader();
        for (int i = 0; i < 60000; ++i)
            csv += csvRow(randomPurchase(pid));
        auto done = import(pid, csv);
        QVERIFY(done && done->ok());
        QCOMPARE(done->added, 60000);
        checkSummary(*m_db, "after a bulk load");
    }

    void aWriteThatFailsLeavesTheSummaryAsItWas()
    {
        importSome(3);
        const qint64 pid = m_partners.first();
        const auto before = KpiSummaryRepository(*m_db).dailyTotals(pid).value();
        // A case whose correction cannot be made (more lines than the filed units) writes nothing.
        const QList<Purchase> stored = PurchaseRepository(*m_db).list(pid).value();
        Purchase second = stored.first();
        second.line = 2;
        second.invoiceDate = second.invoiceDate.addDays(1);
        const auto inserted = PurchaseRepository(*m_db).insert(pid, second);
        QVERIFY2(inserted,
                 qPrintable(inserted ? QString() : inserted.error().code + inserted.error().args.join(' ')));
        const auto withSecond = KpiSummaryRepository(*m_db).dailyTotals(pid).value();
        QVERIFY(withSecond != before);
        DiscrepancyCase c;
        c.partnerId = pid;
        c.invoiceNumber = second.invoice;
        c.month = 3;
        c.year = 2026;
        c.omlpType = QStringLiteral("x");
        c.purchaseUnit = 1; // two lines cannot hold one unit
        c.kpiValue = 1;
        QVERIFY(!m_db->transaction([&] { return CaseCorrection::apply(*m_db, Actor::commandLine(), c); }));
        QVERIFY(KpiSummaryRepository(*m_db).dailyTotals(pid).value() == withSecond);
        checkSummary(*m_db, "after a refused correction");
    }

    void migrationEightFillsTheSummary()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        QList<Purchase> written;
        qint64 pid = 0;
        {
            auto v7 = Database::open(location, {Database::Mode::Upgrade, 7});
            QVERIFY(v7);
            pid = PartnerRepository(*v7.value())
                      .insert({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                               QDate(2021, 5, 1)})
                      .value();
            for (int i = 0; i < 60; ++i) {
                Purchase p = randomPurchase(pid);
                p.line = 1 + i % 3;
                const auto inserted = PurchaseRepository(*v7.value()).insert(pid, p);
                QVERIFY2(inserted,
                         qPrintable(inserted ? QString()
                                             : inserted.error().code + inserted.error().args.join(' ')));
                written.append(p);
            }
        }
        auto latest = Database::open(location);
        QVERIFY(latest);
        QCOMPARE(latest.value()->schemaVersion(), Migrations::latest());
        const auto kept = KpiSummaryRepository(*latest.value()).dailyTotals(pid);
        QVERIFY(kept);
        QVERIFY(kept->size() < written.size()); // some days hold several rows
        const QString d = differences(kept.value(), written);
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QCOMPARE(latest.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void backupRestoreAndCopyCarryTheSummary()
    {
        importSome(6);
        checkSummary(*m_db, "before the backup");
        QMap<qint64, QList<Purchase>> source;
        for (qint64 pid : std::as_const(m_partners))
            source.insert(pid, KpiSummaryRepository(*m_db).dailyTotals(pid).value());
        auto same = [&](Database& db) {
            for (qint64 pid : std::as_const(m_partners)) {
                const QString d = differences(KpiSummaryRepository(db).dailyTotals(pid).value(),
                                              PurchaseRepository(db).list(pid).value());
                QVERIFY2(d.isEmpty(), qPrintable(d));
                QCOMPARE(KpiSummaryRepository(db).dailyTotals(pid).value().size(), source[pid].size());
            }
            QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
        };

        QTemporaryDir dir;
        const BackupService service(Actor::commandLine());
        auto backup = service.backup(m_fixture.location(), dir.path() + QLatin1Char('/'));
        QVERIFY2(backup,
                 qPrintable(backup ? QString() : backup.error().code + backup.error().args.join(' ')));
        QVERIFY(backup->manifest.rows.value(QStringLiteral("kpi_daily")) > 0);
        {
            auto file = Database::open(backup->file, {Database::Mode::ReadOnly, -1});
            QVERIFY(file);
            same(*file.value());
        }

        TestDatabase restoredFixture;
        LP_FRESH_DATABASE(restoredFixture, restoredLocation);
        auto restored = service.restore(restoredLocation, backup->file);
        QVERIFY2(restored,
                 qPrintable(restored ? QString() : restored.error().code + restored.error().args.join(' ')));
        {
            auto db = Database::open(restoredLocation);
            QVERIFY(db);
            same(*db.value());
        }

        TestDatabase copyFixture;
        LP_FRESH_DATABASE(copyFixture, copyLocation);
        auto copied = service.copy(m_fixture.location(), copyLocation);
        QVERIFY2(copied,
                 qPrintable(copied ? QString() : copied.error().code + copied.error().args.join(' ')));
        {
            auto db = Database::open(copyLocation);
            QVERIFY(db);
            same(*db.value());
        }
    }

    void dbCheckFindsAStaleSummaryAndARebuildMendsIt()
    {
        importSome(3);
        QCOMPARE(m_db->integrityCheck().value(), QStringLiteral("ok"));
        // One day's line count changed behind the application's back, and one day gone.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE kpi_daily SET lines = lines + 1 WHERE day ="
                                          " (SELECT min(day) FROM kpi_daily)"))
                    .ok());
        QVERIFY(
            m_db->exec(QStringLiteral("DELETE FROM kpi_daily WHERE day = (SELECT max(day) FROM kpi_daily)"))
                .ok());
        QVERIFY(KpiSummaryRepository(*m_db).staleRows().value() >= 2);
        const auto findings = m_db->integrityFindings().value();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("KPI_SUMMARY_STALE"));
        QVERIFY(KpiSummaryRepository::rebuildAll(*m_db));
        QCOMPARE(m_db->integrityCheck().value(), QStringLiteral("ok"));
        checkSummary(*m_db, "after the rebuild");
    }

    void aDaySumTooWideForSixtyFourBitsIsSaidNotWrapped()
    {
        // 10,000 lines at the revenue bound on one day: 10^19 cents, past a qint64. The import
        // keeps them (each line is within bounds); reading the day's sum says TOTAL_OUT_OF_RANGE.
        const qint64 pid = m_partners.first();
        QByteArray csv = csvHeader();
        for (int i = 0; i < 10000; ++i)
            csv += QStringLiteral("WIDE-%1,1,invoice,2026-03-03,courseware,1,1,10000000000000.00,EUR,%2\n")
                       .arg(i)
                       .arg(DA)
                       .toUtf8();
        auto done = import(pid, csv);
        QVERIFY(done && done->ok());
        const auto totals = KpiSummaryRepository(*m_db).dailyTotals(pid);
        QVERIFY(!totals);
        QCOMPARE(totals.error().code, QStringLiteral("TOTAL_OUT_OF_RANGE"));
        QCOMPARE(totals.error().args.value(0), QStringLiteral("2026-03-03"));
        QCOMPARE(KpiSummaryRepository(*m_db).staleRows().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestKpiSummary)
#include "tst_kpisummary.moc"
