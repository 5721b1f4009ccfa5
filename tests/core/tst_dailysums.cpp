// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The engine decides the same on a partner's purchases and on their sums per day, document type and
// competency (the KPI summary, docs/architecture.md#the-kpi-summary): a differential check over
// 10,000 random scenarios, the sums made here from the rows independently of the storage code.
#include "io/rulesetlibrary.h"
#include "rules/eligibilityengine.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <tuple>

using namespace lp;

namespace {

constexpr int kScenarios = 10000;

// The rows summed per (day, document type, competency) as the summary keeps them: one Purchase
// per key, its KPI value the sum, `lines` the rows it stands for.
QList<Purchase> summedPerDay(const QList<Purchase>& rows)
{
    QMap<std::tuple<QDate, int, QString>, Purchase> sums;
    for (const Purchase& p : rows) {
        const auto key = std::make_tuple(p.invoiceDate, int(p.documentType), p.competency);
        auto it = sums.find(key);
        if (it == sums.end()) {
            Purchase s;
            s.invoiceDate = p.invoiceDate;
            s.documentType = p.documentType;
            s.competency = p.competency;
            s.kpiValue = p.kpiValue;
            s.units = p.units;
            s.revenueCents = p.revenueCents;
            s.lines = 1;
            sums.insert(key, s);
        } else {
            it->kpiValue += p.kpiValue;
            it->units += p.units;
            it->revenueCents += p.revenueCents;
            ++it->lines;
        }
    }
    return sums.values();
}

// What must be the same: everything but the lists of lines (the sums stand for several lines).
Decision withoutLists(Decision d)
{
    d.kpi.countedPurchases.clear();
    d.kpi.excluded.clear();
    return d;
}

} // namespace

class TestDailySums : public QObject
{
    Q_OBJECT

private slots:
    void summedPerDayIsTheSameDecision()
    {
        QRandomGenerator random(20261202);
        const QList<DocumentType> types{DocumentType::Invoice, DocumentType::Invoice, DocumentType::Invoice,
                                        DocumentType::OrderConfirmation, DocumentType::PartnerReport};
        QList<RuleSet> sets; // each program year looked up once
        int eligibleSeen = 0;
        int ineligibleSeen = 0;
        int summedAway = 0; // scenarios where the sums hold fewer entries than the rows
        for (int n = 0; n < kScenarios; ++n) {
            const QDate asOf = QDate(2021, 1, 1).addDays(random.bounded(6 * 365 + 120));
            if (!ruleSetInForce(sets, asOf)) {
                auto inForce = RuleSetLibrary::inForce(asOf);
                QVERIFY2(inForce, qPrintable(asOf.toString(Qt::ISODate)));
                sets.append(inForce.value());
            }
            const RuleSet rules = *ruleSetInForce(sets, asOf);
            QStringList competencies;
            for (const CompetencyRules& c : rules.competencies) {
                if (c.learningOption)
                    competencies << c.name;
            }
            QVERIFY(!competencies.isEmpty());

            PartnerSnapshot s;
            s.partner = {1, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                         asOf.addDays(-int(random.bounded(4 * 365)))};
            for (int t = 0, trainers = int(random.bounded(3)); t < trainers; ++t)
                s.trainers.append({0,
                                   QStringLiteral("T%1").arg(t),
                                   QStringLiteral("MCT-%1").arg(t),
                                   {},
                                   asOf.addDays(int(random.bounded(400)) - 100)});
            const QString competency = competencies[random.bounded(int(competencies.size()))];
            const CompetencyRules* c = rules.competency(competency);
            QStringList exams = c->gold.requiredExams + c->silver.requiredExams;
            exams << QStringLiteral("AZ-900");
            for (int e = 0, count = int(random.bounded(4)); e < count; ++e)
                s.exams.append({0, QStringLiteral("P%1").arg(e), exams[random.bounded(int(exams.size()))],
                                asOf.addDays(-int(random.bounded(500))),
                                competencies[random.bounded(int(competencies.size()))]});
            if (random.bounded(4) == 0)
                s.memberships.append({0, MembershipType::Silver, competency, true, asOf.addDays(-200),
                                      asOf.addDays(int(random.bounded(300)))});

            // A few rows on few days, so that days, types and competencies coincide often. KPI values
            // in quarters: their sums are exact in either order, as the thresholds are compared exactly.
            const int rows = int(random.bounded(14));
            const int spanDays = 30 + int(random.bounded(700));
            const QDate first = asOf.addDays(-spanDays + int(random.bounded(60)));
            QList<QDate> days; // the few days the rows fall on
            for (int d = 0, count = 1 + int(random.bounded(5)); d < count; ++d)
                days << first.addDays(random.bounded(spanDays));
            for (int i = 0; i < rows; ++i) {
                Purchase p;
                p.invoice = QStringLiteral("INV-%1").arg(i / 2);
                p.line = 1 + i % 2;
                p.documentType = types[random.bounded(int(types.size()))];
                p.invoiceDate = days[random.bounded(int(days.size()))];
                p.omlpType = QStringLiteral("courseware");
                p.units = 1 + int(random.bounded(4));
                p.kpiValue = 0.25 * random.bounded(17);
                p.revenueCents = random.bounded(100000);
                const int pick = int(random.bounded(int(competencies.size()) + 1));
                p.competency = pick < competencies.size() ? competencies[pick] : QString();
                s.purchases.append(p);
            }
            PartnerSnapshot summed = s;
            summed.purchases = summedPerDay(s.purchases);
            if (summed.purchases.size() < s.purchases.size())
                ++summedAway;

            const Path path = QList<Path>{Path::ActionPack, Path::Silver, Path::Gold}[random.bounded(3)];
            const EnrollmentRequest request{path, path == Path::ActionPack ? QString() : competency,
                                            random.bounded(3) == 0 ? EvaluationKind::Renew
                                                                   : EvaluationKind::Enroll,
                                            random.bounded(5) != 0};
            const Decision byRow = EligibilityEngine::evaluate(s, rules, request, asOf);
            const Decision byDay = EligibilityEngine::evaluate(summed, rules, request, asOf);
            if (withoutLists(byRow) != withoutLists(byDay)) {
                QFAIL(
                    qPrintable(QStringLiteral("scenario %1 (as of %2, %3 %4): eligible %5/%6, counted %7/%8, "
                                              "pending %9/%10")
                                   .arg(n)
                                   .arg(asOf.toString(Qt::ISODate), toString(path), competency)
                                   .arg(byRow.eligible)
                                   .arg(byDay.eligible)
                                   .arg(byRow.kpi.counted)
                                   .arg(byDay.kpi.counted)
                                   .arg(byRow.kpi.pending)
                                   .arg(byDay.kpi.pending)));
            }
            // The line count stands for the rows: the lists' lengths agree with it.
            QCOMPARE(byDay.kpi.countedLines, int(byRow.kpi.countedPurchases.size()));
            QCOMPARE(EligibilityEngine::isEligible(summed, rules, request, asOf), byRow.eligible);
            (byRow.eligible ? eligibleSeen : ineligibleSeen) += 1;
        }
        // The scenarios reach both verdicts, and the sums do stand for several rows.
        QVERIFY2(eligibleSeen > kScenarios / 50, qPrintable(QString::number(eligibleSeen)));
        QVERIFY2(ineligibleSeen > kScenarios / 50, qPrintable(QString::number(ineligibleSeen)));
        QVERIFY2(summedAway > kScenarios / 5, qPrintable(QString::number(summedAway)));
    }

    void aChangedSumIsSeen()
    {
        // The check above would see a summary that loses a line: the differential is not vacuous.
        const RuleSet rules = RuleSetLibrary::inForce(QDate(2026, 11, 20)).value();
        QString competency;
        double minKpi = 0;
        for (const CompetencyRules& c : rules.competencies) {
            if (c.learningOption) {
                competency = c.name;
                minKpi = c.silver.minKpi;
                break;
            }
        }
        PartnerSnapshot s;
        s.partner = {1, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"), QDate(2021, 3, 1)};
        for (int i = 0; i < 2; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("INV-1");
            p.line = i + 1;
            p.invoiceDate = QDate(2026, 6, 10);
            p.kpiValue = minKpi / 2;
            p.competency = competency;
            s.purchases.append(p);
        }
        const EnrollmentRequest request{Path::Silver, competency, EvaluationKind::Enroll, true};
        PartnerSnapshot summed = s;
        summed.purchases = summedPerDay(s.purchases);
        QCOMPARE(summed.purchases.size(), 1);
        QCOMPARE(summed.purchases.first().lines, 2);
        const Decision byRow = EligibilityEngine::evaluate(s, rules, request, QDate(2026, 11, 20));
        QCOMPARE(withoutLists(EligibilityEngine::evaluate(summed, rules, request, QDate(2026, 11, 20))),
                 withoutLists(byRow));
        summed.purchases.first().kpiValue = minKpi / 2; // one line lost
        QVERIFY(withoutLists(EligibilityEngine::evaluate(summed, rules, request, QDate(2026, 11, 20))) !=
                withoutLists(byRow));
    }
};

QTEST_GUILESS_MAIN(TestDailySums)
#include "tst_dailysums.moc"
