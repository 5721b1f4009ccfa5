// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// What fuzzing the parsers found (tests/fuzz/corpus holds the inputs): each finding as a plain
// unit test of the clear error that replaced the wrong value or the crash.
#include "io/checkcodecs.h"
#include "io/csvreader.h"
#include "io/invoicecsvreader.h"
#include "io/scenariocodec.h"

#include <QBuffer>
#include <QTest>

using namespace lp;

namespace {

QByteArray scenarioWithRevenue(const QByteArray& revenue)
{
    return "{\"asOf\": \"2021-03-10\", \"partner\": {\"mpnId\": \"1\", \"name\": \"P\", \"country\": \"IT\", "
           "\"anniversary\": \"2021-05-01\"}, \"purchases\": [{\"invoice\": \"I\", \"documentType\": "
           "\"invoice\", \"invoiceDate\": \"2021-01-05\", \"omlpType\": \"c\", \"units\": 1, \"kpiValue\": "
           "1, "
           "\"revenue\": " +
           revenue + "}], \"request\": {\"path\": \"actionPack\"}}";
}

} // namespace

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private slots:
    // A revenue of 1e300 became a negative number of cents (std::llround out of range).
    void hugeRevenueIsOutOfRange()
    {
        const auto huge = ScenarioCodec::fromBytes(scenarioWithRevenue("1e300"));
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(huge.error().path, QStringLiteral("purchases[0].revenue"));

        const auto largest = ScenarioCodec::fromBytes(scenarioWithRevenue("10000000000000"));
        QVERIFY(largest.ok());
        QCOMPARE(largest->snapshot.purchases.first().revenueCents, Q_INT64_C(1000000000000000));
    }

    void hugeCaseRevenueIsOutOfRange()
    {
        const auto check = CheckCodecs::discrepancyFromBytes(
            "{\"asOf\": \"2021-03-10\", \"case\": {\"revenueValue\": -1e300}}");
        QVERIFY(!check.ok());
        QCOMPARE(check.error().code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(check.error().path, QStringLiteral("case.revenueValue"));
        QVERIFY(CheckCodecs::discrepancyFromBytes(
                    "{\"asOf\": \"2021-03-10\", \"case\": {\"revenueValue\": 12.5}}")
                    .ok());
    }

    // A kpiValue beyond a double's range ("9" 400 times) was read as 0 without a word; it is refused.
    void kpiValueBeyondADoubleIsInvalid()
    {
        QVERIFY(!InvoiceCsvReader::parseNumber(QString(400, QLatin1Char('9')), false));
        QCOMPARE(InvoiceCsvReader::parseNumber(QStringLiteral("1290.5"), false),
                 std::optional<double>(1290.5));

        QByteArray csv = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                         "INV-1,invoice,2021-03-15,Course,1," +
                         QByteArray(400, '9') + ",10\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QList<RowError> errors;
        InvoiceCsvReader::Handlers handlers;
        handlers.onError = [&](const RowError& e) {
            errors.append(e);
            return true;
        };
        const auto read = InvoiceCsvReader::read(buffer, QDate(2025, 1, 1), handlers);
        QVERIFY(read.ok());
        QCOMPARE(*read, 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().column, QStringLiteral("kpiValue"));
        // A number, but past its bound (docs/rules.md#input-bounds, issue 21): out of range, not "no number".
        QCOMPARE(errors.first().code, QStringLiteral("OUT_OF_RANGE"));
    }

    // CsvWriter left a field starting or ending with a tab unquoted; libcsv trims it on reading.
    void tabsAroundAFieldSurviveWritingAndReading()
    {
        const QStringList fields{QStringLiteral("\tx"), QStringLiteral("y\t"), QStringLiteral("a\tb")};
        const QByteArray written = CsvWriter::row(fields);
        QCOMPARE(written, QByteArray("\"\tx\",\"y\t\",a\tb\r\n"));
        QList<QStringList> rows;
        const auto read = CsvReader::read("h1,h2,h3\r\n" + written, [&](int, const QStringList& row) {
            rows.append(row);
            return true;
        });
        QVERIFY(read.ok());
        QCOMPARE(rows, QList<QStringList>{fields});
    }

    // A row of one empty field was written as an empty line, which reading skips (a file of
    // one such header became CSV_EMPTY once written again).
    void aRowOfOneEmptyFieldIsKept()
    {
        QCOMPARE(CsvWriter::row({QString()}), QByteArray("\"\"\r\n"));
        QList<QStringList> rows;
        const auto read = CsvReader::read("h\r\n" + CsvWriter::row({QString()}) + CsvWriter::row({"x"}),
                                          [&](int, const QStringList& row) {
                                              rows.append(row);
                                              return true;
                                          });
        QVERIFY(read.ok());
        QCOMPARE(rows, (QList<QStringList>{{QString()}, {QStringLiteral("x")}}));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
