// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The EligibilityEngine against docs/rules.md#the-decision: requirements per path, MCT and exam
// counting, the KPI window of an enrollment and of a renewal with every excluded reason,
// recommendation and upgradeTo, the upgrade discount, the COVID-19 extension and courseware access.
#include "answercodes.h"
#include "domain/messages.h"
#include "rules/eligibilityengine.h"

#include <QTest>

using namespace lp;

namespace {

const QString DA = QStringLiteral("Data Analytics");
const QString CP = QStringLiteral("Cloud Platform");
const QString CBA = QStringLiteral("Cloud Business Applications");

RuleSet testRules()
{
    RuleSet r;
    r.id = QStringLiteral("TEST-FY");
    r.effectiveFrom = QDate(2019, 7, 1);
    r.effectiveTo = QDate(2022, 6, 30);
    r.competencies = {
        {DA, true, {1, 2, {}, 5, true}, {2, 4, {}, 20, true}},
        {CP,
         true,
         {1, 1, {QStringLiteral("AZ-900")}, 0, true},
         {3, 3, {QStringLiteral("AZ-900"), QStringLiteral("AZ-104")}, 12, true}},
        {CBA, true, {1, 1, {}, 3, false}, {2, 2, {}, 9, true}},
        {QStringLiteral("Security"), false, {}, {}},
    };
    r.covidExtension = CovidExtension{QDate(2021, 1, 1), QDate(2021, 6, 30), {CBA}, 12};
    return r;
}

Trainer mct(const QString& id, const QDate& to, const QDate& from = {})
{
    return {0, QStringLiteral("Trainer ") + id, id, from, to};
}
ExamPass exam(const QString& person, const QString& code, const QDate& on, const QString& competency = DA)
{
    return {0, person, code, on, competency};
}
Purchase purchase(const QString& invoice, const QDate& date, double kpi, const QString& competency = DA,
                  DocumentType type = DocumentType::Invoice)
{
    Purchase p;
    p.invoice = invoice;
    p.invoiceDate = date;
    p.omlpType = QStringLiteral("courseware");
    p.kpiValue = kpi;
    p.units = 1;
    p.competency = competency;
    p.documentType = type;
    return p;
}

// A partner that meets silver Data Analytics and, with `gold`, gold too.
PartnerSnapshot partner(bool gold)
{
    PartnerSnapshot s;
    s.partner = {0, QStringLiteral("4412345"), QStringLiteral("Contoso"), QStringLiteral("IT"),
                 QDate(2019, 9, 1)};
    s.trainers = {mct(QStringLiteral("MCT-1"), QDate(2022, 12, 31)),
                  mct(QStringLiteral("MCT-2"), QDate(2022, 12, 31))};
    s.exams = {exam(QStringLiteral("P0"), QStringLiteral("DA-100"), QDate(2021, 1, 10)),
               exam(QStringLiteral("P1"), QStringLiteral("DP-900"), QDate(2021, 1, 10))};
    if (gold)
        s.exams += {exam(QStringLiteral("P2"), QStringLiteral("DP-203"), QDate(2021, 1, 10)),
                    exam(QStringLiteral("P3"), QStringLiteral("PL-300"), QDate(2021, 1, 10))};
    for (int m = 7; m <= 11; ++m)
        s.purchases.append(purchase(QStringLiteral("INV-%1").arg(m), QDate(2020, m, 3), gold ? 4 : 1.5));
    return s;
}

QList<RequirementCode> codes(const Decision& d)
{
    QList<RequirementCode> out;
    for (const RequirementResult& r : d.requirements)
        out << r.code;
    return out;
}

EnrollmentRequest request(Path path, const QString& competency = {}, bool commitment = true,
                          EvaluationKind kind = EvaluationKind::Enroll)
{
    return {path, competency, kind, commitment};
}

const QDate kAsOf(2021, 6, 20);

} // namespace

Q_DECLARE_METATYPE(lp::Path)

class TestEligibilityEngine : public QObject
{
    Q_OBJECT

private slots:
    void requirementsListedPerPath_data()
    {
        QTest::addColumn<Path>("path");
        QTest::addColumn<QString>("competency");
        QTest::addColumn<bool>("commitment");
        QTest::addColumn<QList<RequirementCode>>("expected");
        using C = RequirementCode;
        QTest::newRow("action pack") << Path::ActionPack << QString() << true << QList<C>{C::MinActiveMct};
        QTest::newRow("silver DA") << Path::Silver << DA << true
                                   << QList<C>{C::CompetencyLearningOption, C::PerformanceCommitment,
                                               C::MinActiveMct, C::MinExams, C::MinKpi};
        QTest::newRow("silver CP: required exams, no KPI")
            << Path::Silver << CP << true
            << QList<C>{C::CompetencyLearningOption, C::PerformanceCommitment, C::MinActiveMct, C::MinExams,
                        C::RequiredExams};
        QTest::newRow("silver CBA: no commitment asked")
            << Path::Silver << CBA << false
            << QList<C>{C::CompetencyLearningOption, C::MinActiveMct, C::MinExams, C::MinKpi};
        QTest::newRow("no learning option")
            << Path::Gold << QStringLiteral("Security") << true << QList<C>{C::CompetencyLearningOption};
    }
    void requirementsListedPerPath()
    {
        QFETCH(Path, path);
        QFETCH(QString, competency);
        QFETCH(bool, commitment);
        QFETCH(QList<RequirementCode>, expected);
        const Decision d = EligibilityEngine::evaluate(partner(false), testRules(),
                                                       request(path, competency, commitment), kAsOf);
        QCOMPARE(test::codes(codes(d)), test::codes(expected));
        for (const RequirementResult& r : d.requirements)
            QVERIFY2(!Messages::explain(r, d).isEmpty(), qPrintable(toString(r.code)));
        if (competency == QLatin1String("Security")) {
            QVERIFY(!d.eligible);
            QVERIFY(!d.requirements.first().met);
        }
    }

    void performanceCommitmentMustBeTicked()
    {
        const Decision d =
            EligibilityEngine::evaluate(partner(false), testRules(), request(Path::Silver, DA, false), kAsOf);
        QVERIFY(!d.requirement(RequirementCode::PerformanceCommitment)->met);
        QVERIFY(!d.eligible);
        QVERIFY(
            EligibilityEngine::evaluate(partner(false), testRules(), request(Path::Silver, DA, true), kAsOf)
                .eligible);
    }

    void activeMcts_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("active");
        QTest::newRow("expires on the evaluation date") << QDate() << kAsOf << true;
        QTest::newRow("expired the day before") << QDate() << kAsOf.addDays(-1) << false;
        QTest::newRow("starts on the evaluation date") << kAsOf << kAsOf.addYears(1) << true;
        QTest::newRow("starts the day after") << kAsOf.addDays(1) << kAsOf.addYears(1) << false;
    }
    void activeMcts()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, active);
        PartnerSnapshot s = partner(false);
        s.trainers = {mct(QStringLiteral("MCT-9"), to, from)};
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(Path::ActionPack), kAsOf);
        QCOMPARE(d.requirement(RequirementCode::MinActiveMct)->actual, std::optional<double>(active ? 1 : 0));
        QCOMPARE(d.eligible, active);
        QCOMPARE(d.requirement(RequirementCode::MinActiveMct)->required, std::optional<double>(1));
    }

    void examsCountOncePerPersonAndCode()
    {
        PartnerSnapshot s = partner(false);
        s.exams = {
            exam(QStringLiteral("P0"), QStringLiteral("DA-100"), QDate(2021, 1, 10)),
            exam(QStringLiteral("P0"), QStringLiteral("DA-100"), QDate(2021, 2, 10)), // the same pass again
            exam(QStringLiteral("P1"), QStringLiteral("DA-100"), kAsOf),              // on the day: counts
            exam(QStringLiteral("P2"), QStringLiteral("DA-100"), kAsOf.addDays(1)),   // after: not yet
            exam(QStringLiteral("P3"), QStringLiteral("AZ-900"), QDate(2021, 1, 10), CP)}; // other competency
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, DA), kAsOf);
        QCOMPARE(d.requirement(RequirementCode::MinExams)->actual, std::optional<double>(2));
    }

    void requiredExamsNameWhatIsMissing()
    {
        PartnerSnapshot s = partner(false);
        s.exams.append(exam(QStringLiteral("P5"), QStringLiteral("AZ-104"), QDate(2021, 1, 10), CP));
        const Decision gold = EligibilityEngine::evaluate(s, testRules(), request(Path::Gold, CP), kAsOf);
        QCOMPARE(gold.requirement(RequirementCode::RequiredExams)->missing,
                 QStringList{QStringLiteral("AZ-900")});
        QVERIFY(!gold.requirement(RequirementCode::RequiredExams)->met);
        // A pass recorded for another competency does not fill the requirement.
        s.exams.append(exam(QStringLiteral("P6"), QStringLiteral("AZ-900"), QDate(2021, 1, 10), DA));
        QCOMPARE(EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, CP), kAsOf)
                     .requirement(RequirementCode::RequiredExams)
                     ->missing,
                 QStringList{QStringLiteral("AZ-900")});
        s.exams.append(exam(QStringLiteral("P6"), QStringLiteral("AZ-900"), QDate(2021, 1, 10), CP));
        QVERIFY(EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, CP), kAsOf)
                    .requirement(RequirementCode::RequiredExams)
                    ->met);
    }

    void enrollWindowAndEveryExcludedReason()
    {
        PartnerSnapshot s = partner(false);
        s.purchases = {
            purchase(QStringLiteral("OC-1"), QDate(2021, 3, 1), 9, CP,
                     DocumentType::OrderConfirmation), // not invoice first
            purchase(QStringLiteral("PR-1"), QDate(2021, 3, 1), 9, DA, DocumentType::PartnerReport),
            purchase(QStringLiteral("INV-CP"), QDate(2019, 1, 1), 2,
                     CP), // other competency before outside window
            purchase(QStringLiteral("INV-OLD"), QDate(2020, 5, 31), 2, DA),  // the day before the window
            purchase(QStringLiteral("INV-FIRST"), QDate(2020, 6, 1), 3, DA), // the window's first day
            purchase(QStringLiteral("INV-LAST"), QDate(2021, 5, 31), 1, DA), // the window's last day
            purchase(QStringLiteral("INV-NEW"), QDate(2021, 6, 2), 4, DA),   // after the window: pending
        };
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, DA), kAsOf);
        QCOMPARE(d.kpi.reportDate, QDate(2021, 6, 15));
        QCOMPARE(d.kpi.window, (DateRange{QDate(2020, 6, 1), QDate(2021, 5, 31)}));
        QCOMPARE(d.kpi.counted, 4.0);
        QCOMPARE(d.kpi.pending, 4.0);
        QList<ExcludedPurchase> expected{
            {QStringLiteral("OC-1"), 1, ExclusionReason::NotInvoice},
            {QStringLiteral("PR-1"), 1, ExclusionReason::NotInvoice},
            {QStringLiteral("INV-CP"), 1, ExclusionReason::OtherCompetency},
            {QStringLiteral("INV-OLD"), 1, ExclusionReason::OutsideWindow},
            {QStringLiteral("INV-NEW"), 1, ExclusionReason::NotYetReported, QDate(2021, 7, 15)}};
        QCOMPARE(d.kpi.excluded, expected);
        QCOMPARE(d.kpi.countedPurchases.size(), 2);
        QVERIFY(!d.requirement(RequirementCode::MinKpi)->met); // 4 < 5
        QVERIFY(
            Messages::explain(*d.requirement(RequirementCode::MinKpi), d).contains(QLatin1String("TEST-FY")));
    }

    void reportDayDecidesTheWindow()
    {
        PartnerSnapshot s = partner(false);
        s.purchases = {purchase(QStringLiteral("INV-MAY"), QDate(2021, 5, 20), 1)};
        // On the 14th the May report is not out: May is after the window, so pending.
        const Decision before =
            EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, DA), QDate(2021, 6, 14));
        QCOMPARE(before.kpi.reportDate, QDate(2021, 5, 15));
        QCOMPARE(before.kpi.pending, 1.0);
        const Decision on =
            EligibilityEngine::evaluate(s, testRules(), request(Path::Silver, DA), QDate(2021, 6, 15));
        QCOMPARE(on.kpi.counted, 1.0);
    }

    void actionPackReportsEveryPurchase()
    {
        PartnerSnapshot s = partner(false);
        s.purchases = {purchase(QStringLiteral("A"), QDate(2021, 1, 1), 1, CP),
                       purchase(QStringLiteral("B"), QDate(2021, 1, 1), 2, {})};
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(Path::ActionPack), kAsOf);
        QCOMPARE(d.kpi.counted, 3.0);
        QVERIFY(d.competency.isEmpty());
    }

    void renewWindowFromTheAnniversary()
    {
        PartnerSnapshot s = partner(false);
        s.partner.anniversary = QDate(2019, 5, 1);
        s.purchases = {purchase(QStringLiteral("OUT"), QDate(2020, 4, 30), 1),  // before the window
                       purchase(QStringLiteral("IN"), QDate(2020, 5, 1), 2),    // first day, long visible
                       purchase(QStringLiteral("JAN"), QDate(2021, 1, 20), 3),  // visible since 15 Feb
                       purchase(QStringLiteral("FEB"), QDate(2021, 2, 20), 4)}; // visible only on 15 Mar
        const QDate asOf(2021, 3, 10);
        const Decision d = EligibilityEngine::evaluate(
            s, testRules(), request(Path::Silver, DA, true, EvaluationKind::Renew), asOf);
        QVERIFY(d.kind == EvaluationKind::Renew);
        QVERIFY(!d.kpi.reportDate.isValid());
        QCOMPARE(d.kpi.window, (DateRange{QDate(2020, 5, 1), QDate(2021, 4, 30)}));
        QCOMPARE(d.kpi.counted, 5.0);
        QCOMPARE(d.kpi.pending, 4.0);
        QCOMPARE(d.kpi.excluded.size(), 2);
        QCOMPARE(test::code(d.kpi.excluded[0].reason), test::code(ExclusionReason::OutsideWindow));
        QCOMPARE(test::code(d.kpi.excluded[1].reason), test::code(ExclusionReason::NotYetReported));
        // On the anniversary day itself the window is the one ending the day before.
        const Decision onTheDay = EligibilityEngine::evaluate(
            s, testRules(), request(Path::Silver, DA, true, EvaluationKind::Renew), QDate(2021, 5, 1));
        QCOMPARE(onTheDay.kpi.window, (DateRange{QDate(2020, 5, 1), QDate(2021, 4, 30)}));
    }

    void recommendation_data()
    {
        QTest::addColumn<Path>("path");
        QTest::addColumn<int>("level"); // 0 nothing, 1 action pack only, 2 silver, 3 gold
        QTest::addColumn<Recommendation>("recommendation");
        QTest::addColumn<QString>("upgradeTo");
        QTest::newRow("gold met") << Path::Gold << 3 << Recommendation::Gold << "";
        QTest::newRow("gold short, silver met") << Path::Gold << 2 << Recommendation::Silver << "";
        QTest::newRow("gold short, only action pack") << Path::Gold << 1 << Recommendation::ActionPack << "";
        QTest::newRow("gold short, nothing") << Path::Gold << 0 << Recommendation::None << "";
        QTest::newRow("silver met, gold too: upgrade")
            << Path::Silver << 3 << Recommendation::Silver << "gold";
        QTest::newRow("silver short, action pack") << Path::Silver << 1 << Recommendation::ActionPack << "";
        QTest::newRow("silver short, nothing") << Path::Silver << 0 << Recommendation::None << "";
        QTest::newRow("action pack, silver possible")
            << Path::ActionPack << 2 << Recommendation::ActionPack << "silver";
        QTest::newRow("action pack, gold possible")
            << Path::ActionPack << 3 << Recommendation::ActionPack << "gold";
        QTest::newRow("action pack short") << Path::ActionPack << 0 << Recommendation::None << "";
    }
    void recommendation()
    {
        QFETCH(Path, path);
        QFETCH(int, level);
        QFETCH(Recommendation, recommendation);
        QFETCH(QString, upgradeTo);
        PartnerSnapshot s = partner(level >= 3);
        if (level < 2)
            s.exams.clear();
        if (level < 1)
            s.trainers.clear();
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(path, DA), kAsOf);
        QCOMPARE(test::code(d.recommendation), test::code(recommendation));
        QCOMPARE(d.upgradeTo ? toString(*d.upgradeTo) : QString(), upgradeTo);
    }

    void noUpgradeWithoutCompetency()
    {
        const Decision d =
            EligibilityEngine::evaluate(partner(true), testRules(), request(Path::ActionPack), kAsOf);
        QVERIFY(!d.upgradeTo);
    }

    void upgradeDiscount()
    {
        PartnerSnapshot s = partner(true);
        const Membership silver{0, MembershipType::Silver, DA, true, QDate(2020, 9, 1), QDate(2021, 8, 31)};
        s.memberships = {silver};
        QVERIFY(EligibilityEngine::evaluate(s, testRules(), request(Path::Gold, DA), kAsOf).upgradeDiscount);
        s.memberships = {{0, MembershipType::Silver, CP, true, QDate(2020, 9, 1), QDate(2021, 8, 31)}};
        QVERIFY(!EligibilityEngine::evaluate(s, testRules(), request(Path::Gold, DA), kAsOf).upgradeDiscount);
        s.memberships = {
            {0, MembershipType::Silver, DA, true, QDate(2019, 9, 1), QDate(2020, 8, 31)}}; // expired
        QVERIFY(!EligibilityEngine::evaluate(s, testRules(), request(Path::Gold, DA), kAsOf).upgradeDiscount);
        PartnerSnapshot short_ = partner(false);
        short_.memberships = {silver};
        QVERIFY(!EligibilityEngine::evaluate(short_, testRules(), request(Path::Gold, DA), kAsOf)
                     .upgradeDiscount);
    }

    void covidExtension_data()
    {
        QTest::addColumn<QDate>("anniversary");
        QTest::addColumn<QString>("competency");
        QTest::addColumn<bool>("extended");
        QTest::newRow("in the range") << QDate(2018, 3, 15) << DA << true;
        QTest::newRow("first day") << QDate(2018, 1, 1) << DA << true;
        QTest::newRow("last day") << QDate(2018, 6, 30) << DA << true;
        QTest::newRow("after") << QDate(2018, 7, 1) << DA << false;
        QTest::newRow("excluded competency") << QDate(2018, 3, 15) << CBA << false;
        QTest::newRow("no competency") << QDate(2018, 3, 15) << QString() << false;
    }
    void covidExtension()
    {
        QFETCH(QDate, anniversary);
        QFETCH(QString, competency);
        QFETCH(bool, extended);
        PartnerSnapshot s = partner(false);
        s.partner.anniversary = anniversary;
        const Path path = competency.isEmpty() ? Path::ActionPack : Path::Silver;
        QCOMPARE(EligibilityEngine::evaluate(s, testRules(), request(path, competency), kAsOf).covidExtension,
                 extended);
        RuleSet without = testRules();
        without.covidExtension.reset();
        QVERIFY(!EligibilityEngine::evaluate(s, without, request(path, competency), kAsOf).covidExtension);
    }

    void coursewareAccess_data()
    {
        QTest::addColumn<int>("membership"); // -1 none
        QTest::addColumn<bool>("learning");
        QTest::addColumn<bool>("withMct");
        QTest::addColumn<bool>("learningPartner");
        QTest::addColumn<bool>("external");
        QTest::newRow("no membership") << -1 << true << true << false << false;
        QTest::newRow("action pack with an MCT")
            << int(MembershipType::ActionPack) << true << true << true << true;
        QTest::newRow("action pack without MCT")
            << int(MembershipType::ActionPack) << true << false << true << false;
        QTest::newRow("silver with learning") << int(MembershipType::Silver) << true << true << true << true;
        QTest::newRow("silver without learning")
            << int(MembershipType::Silver) << false << true << false << false;
    }
    void coursewareAccess()
    {
        QFETCH(int, membership);
        QFETCH(bool, learning);
        QFETCH(bool, withMct);
        QFETCH(bool, learningPartner);
        QFETCH(bool, external);
        PartnerSnapshot s = partner(false);
        if (!withMct)
            s.trainers.clear();
        if (membership >= 0) {
            const auto type = MembershipType(membership);
            s.memberships = {{0, type, type == MembershipType::ActionPack ? QString() : DA, learning,
                              QDate(2021, 1, 1), QDate(2021, 12, 31)}};
        }
        const Decision d = EligibilityEngine::evaluate(s, testRules(), request(Path::ActionPack), kAsOf);
        QCOMPARE(d.learningPartnerPricing, learningPartner);
        QCOMPARE(d.externalDelivery, external);
    }
};

QTEST_GUILESS_MAIN(TestEligibilityEngine)
#include "tst_eligibilityengine.moc"
