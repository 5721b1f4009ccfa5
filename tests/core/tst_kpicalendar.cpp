// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// KpiCalendar: the monthly report (docs/rules.md#monthly-kpi-report) and the renewal window
// (docs/rules.md#evaluation-window), with the seed's own examples and the boundaries (report day itself, the
// day before, 29 February).
#include "rules/kpicalendar.h"

#include <QTest>

using namespace lp;

class TestKpiCalendar : public QObject
{
    Q_OBJECT

private slots:
    void latestReport_data()
    {
        QTest::addColumn<int>("reportDay");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QDate>("report");
        QTest::newRow("seed: 15 Jan 2020 itself") << 15 << QDate(2020, 1, 15) << QDate(2020, 1, 15);
        QTest::newRow("the day before") << 15 << QDate(2020, 1, 14) << QDate(2019, 12, 15);
        QTest::newRow("end of month") << 15 << QDate(2020, 1, 31) << QDate(2020, 1, 15);
        QTest::newRow("first of month") << 15 << QDate(2021, 3, 1) << QDate(2021, 2, 15);
        QTest::newRow("other report day") << 20 << QDate(2021, 3, 19) << QDate(2021, 2, 20);
        QTest::newRow("other report day, reached") << 20 << QDate(2021, 3, 20) << QDate(2021, 3, 20);
    }
    void latestReport()
    {
        QFETCH(int, reportDay);
        QFETCH(QDate, on);
        QFETCH(QDate, report);
        QCOMPARE(KpiCalendar(reportDay).latestReportDate(on), report);
    }

    void nextReport()
    {
        const KpiCalendar c;
        QCOMPARE(c.nextReportDate(QDate(2020, 1, 14)), QDate(2020, 1, 15));
        QCOMPARE(c.nextReportDate(QDate(2020, 1, 15)), QDate(2020, 2, 15));
        QCOMPARE(c.nextReportDate(QDate(2020, 12, 31)), QDate(2021, 1, 15));
    }

    void coverageWindow_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("report");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        // docs/rules.md#monthly-kpi-report: starting January 15, 2020, KPI data is shown for January 2019 to
        // December 2019.
        QTest::newRow("seed example") << 12 << QDate(2020, 1, 15) << QDate(2019, 1, 1) << QDate(2019, 12, 31);
        QTest::newRow("formats example")
            << 12 << QDate(2021, 2, 15) << QDate(2020, 2, 1) << QDate(2021, 1, 31);
        QTest::newRow("leap February closes a window")
            << 12 << QDate(2020, 3, 15) << QDate(2019, 3, 1) << QDate(2020, 2, 29);
        QTest::newRow("six months") << 6 << QDate(2021, 7, 15) << QDate(2021, 1, 1) << QDate(2021, 6, 30);
    }
    void coverageWindow()
    {
        QFETCH(int, months);
        QFETCH(QDate, report);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QCOMPARE(KpiCalendar(15, months).coverageWindow(report), (DateRange{from, to}));
    }

    void visibleOn_data()
    {
        QTest::addColumn<QDate>("purchase");
        QTest::addColumn<QDate>("visible");
        // docs/rules.md#kpi-visibility: an invoice of January 2020 is visible from 15 February 2020 (the
        // seed's "2019" is a typo).
        QTest::newRow("seed example") << QDate(2020, 1, 20) << QDate(2020, 2, 15);
        QTest::newRow("first of month") << QDate(2020, 1, 1) << QDate(2020, 2, 15);
        QTest::newRow("last of year") << QDate(2020, 12, 31) << QDate(2021, 1, 15);
        QTest::newRow("29 February") << QDate(2020, 2, 29) << QDate(2020, 3, 15);
    }
    void visibleOn()
    {
        QFETCH(QDate, purchase);
        QFETCH(QDate, visible);
        QCOMPARE(KpiCalendar().visibleOn(purchase), visible);
    }

    void nextAnniversary_data()
    {
        QTest::addColumn<QDate>("anniversary");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QDate>("next");
        QTest::newRow("later this year") << QDate(2019, 5, 1) << QDate(2021, 3, 10) << QDate(2021, 5, 1);
        QTest::newRow("anniversary day itself")
            << QDate(2019, 5, 1) << QDate(2021, 5, 1) << QDate(2021, 5, 1);
        QTest::newRow("the day after") << QDate(2019, 5, 1) << QDate(2021, 5, 2) << QDate(2022, 5, 1);
        QTest::newRow("29 Feb in a common year")
            << QDate(2020, 2, 29) << QDate(2021, 1, 10) << QDate(2021, 2, 28);
        QTest::newRow("29 Feb in a leap year")
            << QDate(2020, 2, 29) << QDate(2024, 1, 10) << QDate(2024, 2, 29);
        QTest::newRow("28 Feb passed, 29 Feb next")
            << QDate(2020, 2, 29) << QDate(2023, 3, 1) << QDate(2024, 2, 29);
    }
    void nextAnniversary()
    {
        QFETCH(QDate, anniversary);
        QFETCH(QDate, on);
        QFETCH(QDate, next);
        QCOMPARE(KpiCalendar::nextAnniversary(anniversary, on), next);
    }

    void renewalWindow_data()
    {
        QTest::addColumn<QDate>("anniversary");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("1 May") << QDate(2021, 5, 1) << QDate(2020, 5, 1) << QDate(2021, 4, 30);
        QTest::newRow("1 January") << QDate(2021, 1, 1) << QDate(2020, 1, 1) << QDate(2020, 12, 31);
        QTest::newRow("28 Feb from 29 Feb") << QDate(2021, 2, 28) << QDate(2020, 2, 28) << QDate(2021, 2, 27);
        QTest::newRow("29 Feb itself") << QDate(2024, 2, 29) << QDate(2023, 2, 28) << QDate(2024, 2, 28);
    }
    void renewalWindow()
    {
        QFETCH(QDate, anniversary);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QCOMPARE(KpiCalendar().renewalWindow(anniversary), (DateRange{from, to}));
    }
};

QTEST_GUILESS_MAIN(TestKpiCalendar)
#include "tst_kpicalendar.moc"
