// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// DiscrepancyTriage (docs/rules.md#case-triage): the seven required fields, evidence that is not an
// invoice, and the triage in its order.
#include "answercodes.h"
#include "rules/discrepancytriage.h"

#include <QTest>

using namespace lp;

namespace {

DiscrepancyCaseInput validCase()
{
    DiscrepancyCaseInput c;
    c.month = 1;
    c.year = 2021;
    c.omlpType = QStringLiteral("courseware");
    c.purchaseUnit = 3;
    c.invoiceNumber = QStringLiteral("INV-7");
    c.kpiValue = 3;
    c.revenueCents = 129000;
    c.evidence = DocumentType::Invoice;
    return c;
}

Purchase record(const QString& invoice, int line, int units, double kpi, qint64 cents,
                const QString& type = QStringLiteral("courseware"))
{
    Purchase p;
    p.invoice = invoice;
    p.line = line;
    p.invoiceDate = QDate(2021, 1, 12);
    p.omlpType = type;
    p.units = units;
    p.kpiValue = kpi;
    p.revenueCents = cents;
    return p;
}

} // namespace

class TestDiscrepancyTriage : public QObject
{
    Q_OBJECT

private slots:
    void requiredFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        for (const char* f : {"month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue",
                              "revenueValue", "evidence"})
            QTest::newRow(f) << QString::fromLatin1(f) << "REQUIRED";
    }
    void requiredFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        DiscrepancyCaseInput c = validCase();
        if (field == QLatin1String("month"))
            c.month.reset();
        if (field == QLatin1String("year"))
            c.year.reset();
        if (field == QLatin1String("omlpType"))
            c.omlpType = QStringLiteral("  ");
        if (field == QLatin1String("purchaseUnit"))
            c.purchaseUnit.reset();
        if (field == QLatin1String("invoiceNumber"))
            c.invoiceNumber.clear();
        if (field == QLatin1String("kpiValue"))
            c.kpiValue.reset();
        if (field == QLatin1String("revenueValue"))
            c.revenueCents.reset();
        if (field == QLatin1String("evidence"))
            c.evidence.reset();
        const TriageResult r = DiscrepancyTriage::triage(c, {}, QDate(2021, 4, 2));
        QVERIFY(!r.valid);
        QVERIFY(!r.triage);
        QCOMPARE(r.errors, (QList<Error>{{code, QStringLiteral("case.") + field, {}}}));
    }

    void outOfRangeAndEvidence()
    {
        DiscrepancyCaseInput c = validCase();
        c.month = 13;
        c.purchaseUnit = 0;
        c.evidence = DocumentType::OrderConfirmation; // docs/rules.md#invoices-only: refused
        const TriageResult r = DiscrepancyTriage::triage(c, {}, QDate(2021, 4, 2));
        QCOMPARE(
            r.errors,
            (QList<Error>{{QStringLiteral("OUT_OF_RANGE"), QStringLiteral("case.month"), {}},
                          {QStringLiteral("OUT_OF_RANGE"), QStringLiteral("case.purchaseUnit"), {}},
                          {QStringLiteral("EVIDENCE_NOT_INVOICE"), QStringLiteral("case.evidence"), {}}}));
        c = validCase();
        c.evidence = DocumentType::PartnerReport;
        QCOMPARE(DiscrepancyTriage::triage(c, {}, QDate(2021, 4, 2)).errors.first().code,
                 QStringLiteral("EVIDENCE_NOT_INVOICE"));
    }

    void triageOrder_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<TriageCode>("triage");
        QTest::addColumn<QStringList>("mismatches");
        QTest::addColumn<int>("variant");
        QTest::newRow("the day before the report")
            << QDate(2021, 2, 14) << TriageCode::NotYetReported << QStringList() << 0;
        QTest::newRow("on the report day: agrees")
            << QDate(2021, 2, 15) << TriageCode::NoDiscrepancy << QStringList() << 0;
        QTest::newRow("missing") << QDate(2021, 4, 2) << TriageCode::MissingFromLedger << QStringList() << 1;
        QTest::newRow("kpi differs") << QDate(2021, 4, 2) << TriageCode::ValueMismatch
                                     << QStringList{"kpiValue"} << 2;
        QTest::newRow("everything differs")
            << QDate(2021, 4, 2) << TriageCode::ValueMismatch
            << QStringList{"omlpType", "purchaseUnit", "kpiValue", "revenueValue"} << 3;
        QTest::newRow("lines add up") << QDate(2021, 4, 2) << TriageCode::NoDiscrepancy << QStringList() << 4;
    }
    void triageOrder()
    {
        QFETCH(QDate, asOf);
        QFETCH(TriageCode, triage);
        QFETCH(QStringList, mismatches);
        QFETCH(int, variant);
        QList<Purchase> records{record(QStringLiteral("INV-7"), 1, 3, 3, 129000),
                                record(QStringLiteral("INV-8"), 1, 1, 1, 43000)};
        if (variant == 1)
            records.removeFirst();
        if (variant == 2)
            records[0].kpiValue = 2;
        if (variant == 3)
            records[0] = record(QStringLiteral("INV-7"), 1, 2, 1, 1, QStringLiteral("exam vouchers"));
        if (variant == 4)
            records = {record(QStringLiteral("INV-7"), 1, 1, 1, 43000),
                       record(QStringLiteral("INV-7"), 2, 2, 2, 86000)};
        const TriageResult r = DiscrepancyTriage::triage(validCase(), records, asOf);
        QVERIFY(r.valid);
        QCOMPARE(test::code(r.triage), test::code(triage));
        QCOMPARE(r.mismatches, mismatches);
        QCOMPARE(r.visibleOn, QDate(2021, 2, 15)); // the January invoice's report
    }

    // The invoice month and year of every record's invoice date, in the case's field order.
    void monthAndYear_data()
    {
        QTest::addColumn<QList<QDate>>("dates");
        QTest::addColumn<int>("kpiPerLine");
        QTest::addColumn<QString>("triage");
        QTest::addColumn<QStringList>("mismatches");
        QTest::newRow("same month and year")
            << QList<QDate>{QDate(2021, 1, 12)} << 3 << "NO_DISCREPANCY" << QStringList();
        QTest::newRow("first and last day of the month")
            << QList<QDate>{QDate(2021, 1, 1), QDate(2021, 1, 31)} << 0 << "NO_DISCREPANCY" << QStringList();
        QTest::newRow("another month")
            << QList<QDate>{QDate(2021, 3, 12)} << 3 << "VALUE_MISMATCH" << QStringList{"month"};
        QTest::newRow("another year")
            << QList<QDate>{QDate(2020, 1, 12)} << 3 << "VALUE_MISMATCH" << QStringList{"year"};
        QTest::newRow("month, year and values") << QList<QDate>{QDate(2020, 11, 11)} << 1 << "VALUE_MISMATCH"
                                                << QStringList{"month", "year", "kpiValue", "revenueValue"};
        QTest::newRow("one line of two in another month")
            << QList<QDate>{QDate(2021, 1, 12), QDate(2021, 2, 1)} << 0 << "VALUE_MISMATCH"
            << QStringList{"month"};
        QTest::newRow("one line of two in another year")
            << QList<QDate>{QDate(2021, 1, 12), QDate(2022, 1, 12)} << 0 << "VALUE_MISMATCH"
            << QStringList{"year"};
        QTest::newRow("an undated record")
            << QList<QDate>{QDate()} << 3 << "VALUE_MISMATCH" << QStringList{"month", "year"};
    }
    void monthAndYear()
    {
        QFETCH(QList<QDate>, dates);
        QFETCH(int, kpiPerLine);
        QFETCH(QString, triage);
        QFETCH(QStringList, mismatches);
        QList<Purchase> records;
        if (dates.size() == 1) {
            records.append(record(QStringLiteral("INV-7"), 1, 3, kpiPerLine, kpiPerLine == 3 ? 129000 : 1));
        } else { // two lines that add up to the case
            records.append(record(QStringLiteral("INV-7"), 1, 1, 1, 43000));
            records.append(record(QStringLiteral("INV-7"), 2, 2, 2, 86000));
        }
        for (qsizetype i = 0; i < records.size(); ++i)
            records[i].invoiceDate = dates[i];
        // Another invoice in another month does not count.
        records.append(record(QStringLiteral("INV-8"), 1, 1, 1, 43000));
        records.last().invoiceDate = QDate(2019, 6, 1);
        const TriageResult r = DiscrepancyTriage::triage(validCase(), records, QDate(2023, 4, 2));
        QVERIFY(r.valid);
        QCOMPARE(test::code(r.triage), triage);
        QCOMPARE(r.mismatches, mismatches);
    }

    // The case: an invoice dated in November, filed as March of the same year.
    void novemberInvoiceFiledAsMarch()
    {
        DiscrepancyCaseInput c = validCase();
        c.month = 3;
        c.year = 2026;
        Purchase p = record(QStringLiteral("INV-2026-0034"), 1, 3, 2, 86000);
        p.invoiceDate = QDate(2026, 11, 11);
        c.invoiceNumber = p.invoice;
        const TriageResult r = DiscrepancyTriage::triage(c, {p}, QDate(2026, 12, 1));
        QCOMPARE(test::code(r.triage), QStringLiteral("VALUE_MISMATCH"));
        QCOMPARE(r.mismatches, (QStringList{"month", "kpiValue", "revenueValue"}));
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancyTriage)
#include "tst_discrepancytriage.moc"
