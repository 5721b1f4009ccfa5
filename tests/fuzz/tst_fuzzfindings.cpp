// What fuzzing the parsers found (tests/fuzz/corpus holds the inputs): each finding as a plain
// unit test of the clear error that replaced the wrong value or the crash.
#include "io/checkcodecs.h"
#include "io/scenariocodec.h"

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
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
