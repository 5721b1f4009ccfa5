// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The JSON formats: the rule-set loader's strict validation and defaults, the shipped rule
// sets, and the scenario codec's defaults and round trips.
#include "io/rulesetcodec.h"
#include "io/rulesetlibrary.h"
#include "io/scenariocodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace lp;

namespace {

QByteArray minimalRules(const QByteArray& extra = {}, const QByteArray& competency = {})
{
    return "{\"id\": \"X\", \"effectiveFrom\": \"2020-07-01\", \"effectiveTo\": \"2021-06-30\"" + extra +
           ", \"competencies\": [" +
           (competency.isEmpty() ? QByteArray("{\"name\": \"Security\", \"learningOption\": false}")
                                 : competency) +
           "]}";
}

} // namespace

class TestJsonCodecs : public QObject
{
    Q_OBJECT

private slots:
    void ruleSetDefaults()
    {
        auto r = RuleSetCodec::fromBytes(minimalRules());
        QVERIFY(r.ok());
        QCOMPARE(r->reportDay, 15);
        QCOMPARE(r->windowMonths, 12);
        QVERIFY(r->acceptedEvidence == QList<DocumentType>{DocumentType::Invoice});
        QCOMPARE(r->actionPackMinActiveMct, 1);
        QCOMPARE(r->upgradeDiscountPercent, 25);
        QVERIFY(!r->covidExtension);
        auto tiers = RuleSetCodec::fromBytes(minimalRules(
            {}, "{\"name\": \"DA\", \"learningOption\": true, \"silver\": {\"minActiveMct\": 1, "
                "\"minExams\": 2}, \"gold\": {\"minActiveMct\": 2, \"minExams\": 4, \"minKpi\": 20}}"));
        QVERIFY(tiers.ok());
        QCOMPARE(tiers->competency(QStringLiteral("DA"))->silver, (TierRules{1, 2, {}, 0, true}));
        QCOMPARE(tiers->competency(QStringLiteral("DA"))->gold.minKpi, 20.0);
    }

    void ruleSetRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown key") << minimalRules(", \"reportday\": 15") << "UNKNOWN_KEY"
                                     << "reportday";
        QTest::newRow("wrong type") << minimalRules(", \"windowMonths\": \"12\"") << "WRONG_TYPE"
                                    << "windowMonths";
        QTest::newRow("fraction") << minimalRules(", \"reportDay\": 15.5") << "WRONG_TYPE"
                                  << "reportDay";
        QTest::newRow("bad date") << QByteArray("{\"id\": \"X\", \"effectiveFrom\": \"2021-02-30\", "
                                                "\"effectiveTo\": \"2021-06-30\", \"competencies\": []}")
                                  << "INVALID_DATE"
                                  << "effectiveFrom";
        QTest::newRow("dates reversed")
            << QByteArray("{\"id\": \"X\", \"effectiveFrom\": \"2021-07-01\", \"effectiveTo\": "
                          "\"2021-06-30\", \"competencies\": []}")
            << "DATE_ORDER"
            << "effectiveTo";
        QTest::newRow("report day") << minimalRules(", \"reportDay\": 31") << "OUT_OF_RANGE"
                                    << "reportDay";
        QTest::newRow("evidence") << minimalRules(", \"acceptedEvidence\": [\"invoice\", \"receipt\"]")
                                  << "UNKNOWN_DOCUMENT_TYPE"
                                  << "acceptedEvidence[1]";
        QTest::newRow("no competencies")
            << QByteArray(
                   "{\"id\": \"X\", \"effectiveFrom\": \"2020-07-01\", \"effectiveTo\": \"2021-06-30\"}")
            << "MISSING_KEY"
            << "competencies";
        QTest::newRow("tier missing")
            << minimalRules({}, "{\"name\": \"DA\", \"learningOption\": true, \"silver\": {\"minActiveMct\": "
                                "1, \"minExams\": 1}}")
            << "MISSING_KEY"
            << "competencies[0].gold";
        QTest::newRow("tier key") << minimalRules(
                                         {},
                                         "{\"name\": \"DA\", \"learningOption\": true, \"silver\": "
                                         "{\"minActiveMct\": 1, \"minExams\": 1, "
                                         "\"minKPI\": 1}, \"gold\": {\"minActiveMct\": 1, \"minExams\": 1}}")
                                  << "UNKNOWN_KEY"
                                  << "competencies[0].silver.minKPI";
        QTest::newRow("tiers without option")
            << minimalRules({}, "{\"name\": \"S\", \"learningOption\": false, \"silver\": {}}")
            << "UNKNOWN_KEY"
            << "competencies[0].silver";
        QTest::newRow("twice the same competency")
            << minimalRules({}, "{\"name\": \"S\", \"learningOption\": false}, {\"name\": \"S\", "
                                "\"learningOption\": false}")
            << "DUPLICATE"
            << "competencies[1].name";
        QTest::newRow("covid key") << minimalRules(
                                          ", \"covidExtension\": {\"anniversaryFrom\": \"2021-01-01\", "
                                          "\"anniversaryTo\": \"2021-06-30\", \"month\": 6}")
                                   << "UNKNOWN_KEY"
                                   << "covidExtension.month";
        QTest::newRow("not json") << QByteArray("{\"id\": ") << "JSON_INVALID"
                                  << "";
    }
    void ruleSetRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, path);
        auto r = RuleSetCodec::fromBytes(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().path, path);
    }

    void ruleSetRoundTrip()
    {
        const RuleSet fy2021 = RuleSetLibrary::inForce(QDate(2021, 3, 10)).value();
        auto again = RuleSetCodec::fromJson(RuleSetCodec::toJson(fy2021));
        QVERIFY(again.ok());
        // Where a set comes from (its file's SHA-256, its provenance) is not part of its JSON.
        QCOMPARE(fy2021.provenance, QStringLiteral("builtin-illustrative"));
        QCOMPARE(fy2021.sha256.size(), 64);
        RuleSet content = fy2021;
        content.sha256.clear();
        content.provenance.clear();
        QCOMPARE(again.value(), content);
    }

    void shippedRuleSets_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("id");
        QTest::newRow("FY2021 first day") << QDate(2020, 7, 1) << "FY2021";
        QTest::newRow("FY2021 last day") << QDate(2021, 6, 30) << "FY2021";
        QTest::newRow("FY2022 first day") << QDate(2021, 7, 1) << "FY2022";
        QTest::newRow("today's program year") << QDate(2026, 11, 24) << "FY2027";
        QTest::newRow("before any") << QDate(2020, 6, 30) << "";
    }
    void shippedRuleSets()
    {
        QFETCH(QDate, date);
        QFETCH(QString, id);
        QVERIFY2(
            RuleSetLibrary::shipped().ok(),
            qPrintable(RuleSetLibrary::shipped().ok() ? QString() : RuleSetLibrary::shipped().error().path));
        auto r = RuleSetLibrary::inForce(date);
        if (id.isEmpty()) {
            QCOMPARE(r.error().code, QStringLiteral("NO_RULE_SET"));
            return;
        }
        QCOMPARE(r->id, id);
        // The numbers the seed does not give are marked as such.
        QVERIFY(r->source.contains(QLatin1String("ILLUSTRATIVE")));
    }

    void fy2021CarriesTheCovidExtension()
    {
        const RuleSet r = RuleSetLibrary::inForce(QDate(2021, 1, 1)).value();
        QVERIFY(r.covidExtension);
        QCOMPARE(r.covidExtension->anniversaryFrom, QDate(2021, 1, 1));
        QCOMPARE(r.covidExtension->anniversaryTo, QDate(2021, 6, 30));
        QCOMPARE(r.covidExtension->excludedCompetencies,
                 QStringList{QStringLiteral("Cloud Business Applications")});
        QVERIFY(!RuleSetLibrary::inForce(QDate(2021, 7, 1))->covidExtension);
    }

    void scenarioDefaults()
    {
        const QByteArray json = "{\"asOf\": \"2021-03-10\", \"partner\": {\"mpnId\": \"1\", \"name\": \"P\", "
                                "\"country\": \"IT\", "
                                "\"anniversary\": \"2021-05-01\", \"memberships\": [{\"type\": \"silver\", "
                                "\"competency\": \"DA\", "
                                "\"from\": \"2020-05-01\", \"to\": \"2021-04-30\"}]}, "
                                "\"purchases\": [{\"invoice\": \"I\", \"documentType\": \"invoice\", "
                                "\"invoiceDate\": \"2021-01-05\", "
                                "\"omlpType\": \"c\", \"units\": 1, \"kpiValue\": 1, \"revenue\": 1290.5}], "
                                "\"request\": {\"path\": \"silver\", \"competency\": \"DA\"}}";
        auto s = ScenarioCodec::fromBytes(json);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code + s.error().path));
        QCOMPARE(s->snapshot.purchases.first().line, 1);
        QCOMPARE(s->snapshot.purchases.first().revenueCents, 129050);
        QVERIFY(s->snapshot.memberships.first().learning);
        QVERIFY(s->request.kind == EvaluationKind::Enroll);
        QVERIFY(!s->request.performanceCommitment);
        QVERIFY(!s->rules);
        QVERIFY(s->snapshot.trainers.isEmpty());
    }

    void membershipNeedsItsCompetency()
    {
        auto s =
            ScenarioCodec::fromBytes("{\"asOf\": \"2021-03-10\", \"partner\": {\"mpnId\": \"1\", \"name\": "
                                     "\"P\", \"country\": \"IT\", "
                                     "\"anniversary\": \"2021-05-01\", \"memberships\": [{\"type\": "
                                     "\"gold\", \"from\": \"2020-05-01\", "
                                     "\"to\": \"2021-04-30\"}]}, \"request\": {\"path\": \"actionPack\"}}");
        QCOMPARE(s.error().code, QStringLiteral("MISSING_KEY"));
        QCOMPARE(s.error().path, QStringLiteral("partner.memberships[0].competency"));
    }
};

QTEST_GUILESS_MAIN(TestJsonCodecs)
#include "tst_jsoncodecs.moc"
