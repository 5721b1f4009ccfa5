// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Issue 21: input is refused, never rewritten, and nothing wraps (docs/rules.md#input-bounds). Each codec
// takes its bound and refuses one past it; the triage adds records in 64 bits; a file in UTF-16 or
// UTF-32 is named as such; exported cells cannot start a spreadsheet formula; an error quotes at
// most 80 characters of a value.
#include "domain/bounds.h"
#include "domain/messages.h"
#include "io/checkcodecs.h"
#include "io/csvreader.h"
#include "io/invoicecsvreader.h"
#include "io/scenariocodec.h"
#include "rules/discrepancytriage.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

using namespace lp;

namespace {

QJsonObject record(const QString& invoice, qint64 units, double revenue = 1, double kpi = 1)
{
    return {{QStringLiteral("invoice"), invoice},        {QStringLiteral("line"), 1},
            {QStringLiteral("documentType"), "invoice"}, {QStringLiteral("invoiceDate"), "2021-01-12"},
            {QStringLiteral("omlpType"), "courseware"},  {QStringLiteral("units"), double(units)},
            {QStringLiteral("kpiValue"), kpi},           {QStringLiteral("revenue"), revenue}};
}

QByteArray discrepancy(const QJsonArray& records, qint64 caseUnits = 1, double caseRevenue = 1)
{
    const QJsonObject c{{QStringLiteral("month"), 1},
                        {QStringLiteral("year"), 2021},
                        {QStringLiteral("omlpType"), "courseware"},
                        {QStringLiteral("purchaseUnit"), double(caseUnits)},
                        {QStringLiteral("invoiceNumber"), "INV-7"},
                        {QStringLiteral("kpiValue"), 3},
                        {QStringLiteral("revenueValue"), caseRevenue},
                        {QStringLiteral("evidence"), "invoice"}};
    return QJsonDocument(QJsonObject{{QStringLiteral("asOf"), "2021-04-02"},
                                     {QStringLiteral("case"), c},
                                     {QStringLiteral("records"), records}})
        .toJson();
}

struct Read
{
    Result<int> result = 0;
    QList<RowError> errors;
};

Read readInvoices(const QByteArray& data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Read r;
    InvoiceCsvReader::Handlers h;
    h.onError = [&](const RowError& e) {
        r.errors.append(e);
        return true;
    };
    r.result = InvoiceCsvReader::read(buffer, QDate(2021, 3, 20), h);
    return r;
}

} // namespace

class TestInputBounds : public QObject
{
    Q_OBJECT

private slots:
    void checkDiscrepancyTotalsDoNotWrap()
    {
        // The issue's case: 2,000,000,000 + 2,000,000,000 + 294,967,297 units is 4,294,967,297, which an
        // int total wraps to 1, the case's own number of units.
        auto check = CheckCodecs::discrepancyFromBytes(discrepancy(
            {record("INV-7", 2000000000), record("INV-7", 2000000000), record("INV-7", 294967297)}, 1, 3));
        QVERIFY(check.ok());
        const TriageResult t = DiscrepancyTriage::triage(check->caseInput, check->records, check->asOf, 15);
        QVERIFY(t.valid);
        QCOMPARE(t.triage, std::optional<TriageCode>(TriageCode::ValueMismatch));
        QVERIFY(t.mismatches.contains(QStringLiteral("purchaseUnit")));
    }

    void revenueTotalsPastAQint64MatchNoCase()
    {
        DiscrepancyCaseInput c{1,   2021, QStringLiteral("x"),  1, QStringLiteral("I"),
                               1.0, 100,  DocumentType::Invoice};
        QList<Purchase> records;
        for (int i = 0; i < 3; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("I");
            p.invoiceDate = QDate(2021, 1, 5);
            p.omlpType = QStringLiteral("x");
            p.units = 1;
            p.kpiValue = 1.0 / 3;
            // (2^64 + 2) / 3: three of them wrap to 2 cents, the case's own revenue.
            p.revenueCents = Q_INT64_C(6148914691236517206);
            records.append(p);
        }
        c.revenueCents = 2;
        const TriageResult t = DiscrepancyTriage::triage(c, records, QDate(2021, 4, 2), 15);
        QVERIFY(t.mismatches.contains(QStringLiteral("revenueValue")));
        qint64 total = 0;
        QVERIFY(bounds::add(total, records[0].revenueCents));
        QVERIFY(!bounds::add(total, records[0].revenueCents));
        QCOMPARE(total, records[0].revenueCents); // left as it was
    }

    void jsonRecordsAtTheirBounds_data()
    {
        QTest::addColumn<QJsonObject>("rec");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("units at the bound") << record("INV-7", bounds::kMaxUnits) << QString() << QString();
        QTest::newRow("units one past") << record("INV-7", qint64(bounds::kMaxUnits) + 1) << "OUT_OF_RANGE"
                                        << "records[0].units";
        QTest::newRow("revenue at the bound") << record("INV-7", 1, 1e13) << QString() << QString();
        QTest::newRow("revenue one cent past") << record("INV-7", 1, 1e13 + 0.01) << "OUT_OF_RANGE"
                                               << "records[0].revenue";
        QTest::newRow("revenue 1e300") << record("INV-7", 1, 1e300) << "OUT_OF_RANGE"
                                       << "records[0].revenue";
        QTest::newRow("kpi at the bound") << record("INV-7", 1, 1, 1e13) << QString() << QString();
        QTest::newRow("kpi 1e300") << record("INV-7", 1, 1, 1e300) << "OUT_OF_RANGE"
                                   << "records[0].kpiValue";
        QJsonObject longType = record("INV-7", 1);
        longType.insert(QStringLiteral("omlpType"), QString(bounds::kMaxTextLength, QLatin1Char('t')));
        QTest::newRow("text at the bound") << longType << QString() << QString();
        longType.insert(QStringLiteral("omlpType"), QString(bounds::kMaxTextLength + 1, QLatin1Char('t')));
        QTest::newRow("text one past") << longType << "TEXT_TOO_LONG"
                                       << "records[0].omlpType";
        QJsonObject nul = record(QStringLiteral("IN") + QChar(0) + QStringLiteral("V"), 1);
        QTest::newRow("NUL in an invoice") << nul << "CONTROL_CHARACTER"
                                           << "records[0].invoice";
    }

    void jsonRecordsAtTheirBounds()
    {
        QFETCH(QJsonObject, rec);
        QFETCH(QString, code);
        QFETCH(QString, path);
        auto check = CheckCodecs::discrepancyFromBytes(discrepancy({rec}));
        if (code.isEmpty()) {
            QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().code + check.error().path));
            return;
        }
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, code);
        QCOMPARE(check.error().path, path);
    }

    void jsonCaseAtItsBounds()
    {
        QVERIFY(CheckCodecs::discrepancyFromBytes(discrepancy({}, bounds::kMaxUnits, 1e13)).ok());
        auto units = CheckCodecs::discrepancyFromBytes(discrepancy({}, qint64(bounds::kMaxUnits) + 1));
        QCOMPARE(units.error().code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(units.error().path, QStringLiteral("case.purchaseUnit"));
        auto revenue = CheckCodecs::discrepancyFromBytes(discrepancy({}, 1, 1e300));
        QCOMPARE(revenue.error().code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(revenue.error().path, QStringLiteral("case.revenueValue"));
    }

    void scenarioPurchasesAtTheirBounds()
    {
        auto scenario = [](qint64 units) {
            QJsonObject p = record("INV-1", units);
            return QJsonDocument(QJsonObject{{QStringLiteral("asOf"), "2021-03-10"},
                                             {QStringLiteral("partner"),
                                              QJsonObject{{QStringLiteral("mpnId"), "1"},
                                                          {QStringLiteral("name"), "P"},
                                                          {QStringLiteral("country"), "IT"},
                                                          {QStringLiteral("anniversary"), "2020-05-01"}}},
                                             {QStringLiteral("purchases"), QJsonArray{p}},
                                             {QStringLiteral("request"),
                                              QJsonObject{{QStringLiteral("path"), "actionPack"}}}})
                .toJson();
        };
        auto at = ScenarioCodec::fromBytes(scenario(bounds::kMaxUnits));
        QVERIFY2(at.ok(), at.ok() ? "" : qPrintable(at.error().code + at.error().path));
        auto past = ScenarioCodec::fromBytes(scenario(qint64(bounds::kMaxUnits) + 1));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(past.error().path, QStringLiteral("purchases[0].units"));
    }

    void otherEncodingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("invoice,documentType\nINV-1,invoice\n");
        auto encoded = [&](QStringConverter::Encoding e, bool bom) {
            QStringEncoder enc(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
            return QByteArray(enc(text));
        };
        QTest::newRow("UTF-16LE with BOM") << encoded(QStringConverter::Utf16LE, true) << "UTF-16LE";
        QTest::newRow("UTF-16BE with BOM") << encoded(QStringConverter::Utf16BE, true) << "UTF-16BE";
        QTest::newRow("UTF-16LE, no BOM") << encoded(QStringConverter::Utf16LE, false) << "UTF-16LE";
        QTest::newRow("UTF-32LE with BOM") << encoded(QStringConverter::Utf32LE, true) << "UTF-32LE";
        QTest::newRow("UTF-32BE with BOM") << encoded(QStringConverter::Utf32BE, true) << "UTF-32BE";
    }

    void otherEncodingsAreNamed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const Read r = readInvoices(bytes);
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().code, QStringLiteral("CSV_ENCODING"));
        QCOMPARE(r.result.error().args, QStringList{encoding});
        QCOMPARE(r.result.error().path, QStringLiteral("1"));
        QVERIFY(Messages::text(r.result.error()).contains(encoding));
        QVERIFY(!Messages::text(r.result.error()).contains(QLatin1String("column")));
    }

    void invalidUtf8IsAnEncodingError()
    {
        const Read r = readInvoices("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                                    "INV-1,invoice,2021-01-01,caf\xE9,1,1,1\n");
        QVERIFY(!r.result.ok());
        QCOMPARE(r.result.error().code, QStringLiteral("CSV_ENCODING"));
        QCOMPARE(r.result.error().path, QStringLiteral("2"));
    }

    void exportedCellsCannotStartAFormula_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("exported");
        QTest::newRow("=") << "=cmd|' /C calc'!A0"
                           << "'=cmd|' /C calc'!A0";
        QTest::newRow("+") << "+SUM(1,2)"
                           << "'+SUM(1,2)";
        QTest::newRow("-") << "-2+3"
                           << "'-2+3";
        QTest::newRow("@") << "@SUM(1)"
                           << "'@SUM(1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("CR") << "\r=1"
                            << "'\r=1";
        QTest::newRow("apostrophe") << "'=1"
                                    << "''=1";
        QTest::newRow("plain") << "Contoso"
                               << "Contoso";
        QTest::newRow("inner =") << "a=b"
                                 << "a=b";
        QTest::newRow("empty") << ""
                               << "";
    }

    void exportedCellsCannotStartAFormula()
    {
        QFETCH(QString, stored);
        QFETCH(QString, exported);
        QCOMPARE(CsvWriter::neutralised(stored), exported);
        QCOMPARE(CsvWriter::unneutralised(exported), stored);
        // Through a whole file and back.
        const QByteArray file = CsvWriter::exportRow({QStringLiteral("h")}) + CsvWriter::exportRow({stored});
        QList<QStringList> rows;
        QVERIFY(CsvReader::read(file, [&](int, const QStringList& f) {
                    rows.append(f);
                    return true;
                }).ok());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(CsvWriter::unneutralised(rows.first().value(0)), stored);
    }

    void messagesQuoteAtMost80Characters()
    {
        const QString huge(5 * 1024 * 1024, QLatin1Char('7'));
        const QString said = Messages::text({QStringLiteral("MPN_ID_INVALID"), {}, {huge}});
        QVERIFY(said.size() < 200);
        const QString quoted = Messages::text({QStringLiteral("INVALID_NUMBER"), {}, {huge}});
        QVERIFY(quoted.contains(QString(80, QLatin1Char('7')) + QChar(0x2026)));
        QVERIFY(!quoted.contains(QString(81, QLatin1Char('7'))));
        QCOMPARE(bounds::quoted(QString(80, QLatin1Char('a'))), QString(80, QLatin1Char('a')));
    }
};

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
