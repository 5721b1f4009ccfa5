// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// DashboardService: the figures the dashboard shows, checked against the EligibilityEngine
// on the partner's full snapshot (the dashboard reads daily sums; the engine the rows), and
// the what-if.
#include "answercodes.h"
#include "io/rulesetlibrary.h"
#include "rules/eligibilityengine.h"
#include "services/accountservice.h"
#include "services/dashboardservice.h"
#include "services/enrollmentservice.h"
#include "services/partnerservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lp;

namespace {
const QString DA = QStringLiteral("Data Analytics");
const QString CP = QStringLiteral("Cloud Platform");
const QDate kToday(2026, 11, 20); // FY2027; latest report 15 November 2026: window Nov 2025 - Oct 2026
} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    qint64 m_pid = 0;

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_accounts = TestAccounts::create(*m_db, QDate(2021, 3, 1));
        m_pid = m_accounts.admin.partnerId();
        PeopleService people(*m_db);
        QVERIFY(people
                    .addTrainer(m_accounts.admin, m_pid,
                                {0, QStringLiteral("T"), QStringLiteral("MCT-1"), {}, QDate(2027, 12, 31)})
                    .ok());
        for (const char* exam : {"DP-500", "PL-300"})
            QVERIFY(people
                        .addExamPass(m_accounts.admin, m_pid,
                                     {0, QStringLiteral("P"), QLatin1String(exam), QDate(2026, 1, 10), DA},
                                     kToday)
                        .ok());
        // 400 rows over two years, several per day, every document type and three competencies.
        QRandomGenerator random(7);
        PurchaseRepository purchases(*m_db);
        const QList<DocumentType> types{DocumentType::Invoice, DocumentType::Invoice, DocumentType::Invoice,
                                        DocumentType::OrderConfirmation, DocumentType::PartnerReport};
        for (int i = 0; i < 400; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("INV-%1").arg(i / 2);
            p.line = 1 + i % 2;
            p.documentType = types[random.bounded(int(types.size()))];
            p.invoiceDate = QDate(2024, 11, 1).addDays(random.bounded(750));
            p.omlpType = QStringLiteral("MOC On-Demand");
            p.units = 1 + random.bounded(3);
            p.kpiValue = p.units * 0.5;
            p.competency = QList<QString>{DA, CP, QString()}[random.bounded(3)];
            QVERIFY(purchases.insert(m_pid, p));
        }
    }

    void figuresAgreeWithTheEngineOnTheRows()
    {
        auto d = DashboardService(*m_db).dashboard(m_accounts.admin, m_pid, kToday);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().code));
        QCOMPARE(d->latestReport, QDate(2026, 11, 15));
        QCOMPARE(d->nextReport, QDate(2026, 12, 15));
        QCOMPARE(d->window.from, QDate(2025, 11, 1));
        QCOMPARE(d->window.to, QDate(2026, 10, 31));
        QCOMPARE(d->nextAnniversary, QDate(2027, 3, 1));
        QCOMPARE(d->daysToAnniversary, int(kToday.daysTo(QDate(2027, 3, 1))));
        QCOMPARE(d->reminderBefore, QDate(2027, 2, 14));
        QCOMPARE(d->reminderAfter, QDate(2027, 3, 24));
        QCOMPARE(d->months.size(), 13); // the window's 12 months and November 2026
        QCOMPARE(d->months.first().month, QDate(2025, 11, 1));

        // The engine on the full snapshot, row by row.
        auto snap = EnrollmentService(*m_db).snapshot(m_accounts.admin, m_pid);
        QVERIFY(snap);
        snap->purchases.removeIf([](const Purchase& p) { return p.invoiceDate > kToday; });
        const RuleSet rules = RuleSetLibrary::inForce(kToday).value();
        const KpiResult all =
            EligibilityEngine::kpis(snap.value(), rules, {}, false, EvaluationKind::Enroll, kToday);
        QCOMPARE(d->counted, all.counted);
        QCOMPARE(d->pending, all.pending);
        double excluded = 0;
        QList<MonthKpis> months = d->months;
        for (MonthKpis& m : months)
            m.counted = m.pending = m.excluded = 0;
        const auto window = EligibilityEngine::window(snap->partner, rules, EvaluationKind::Enroll, kToday);
        for (const Purchase& p : snap->purchases) {
            const std::optional<ExclusionReason> reason =
                EligibilityEngine::classify(p, rules, window, {}, false);
            if (reason && *reason != ExclusionReason::NotYetReported)
                excluded += p.kpiValue;
            if (p.invoiceDate < months.first().month)
                continue;
            MonthKpis& m = months[(p.invoiceDate.year() - 2025) * 12 + p.invoiceDate.month() - 11];
            (!reason                                      ? m.counted
             : *reason == ExclusionReason::NotYetReported ? m.pending
                                                          : m.excluded) += p.kpiValue;
        }
        QCOMPARE(d->excluded, excluded);
        for (int i = 0; i < months.size(); ++i) {
            QCOMPARE(d->months[i].counted, months[i].counted);
            QCOMPARE(d->months[i].pending, months[i].pending);
            QCOMPARE(d->months[i].excluded, months[i].excluded);
        }
        QVERIFY(d->counted > 0 && d->pending > 0 && d->excluded > 0);

        // Progress: the same requirements, actual and required, as the enrollment's decision.
        QCOMPARE(d->progress.size(), 10); // five competencies with a Learning option, two tiers
        for (const Decision& p : d->progress) {
            auto full = EnrollmentService(*m_db).evaluate(
                m_accounts.admin, m_pid, {p.path, p.competency, EvaluationKind::Enroll, true}, kToday);
            QVERIFY(full);
            QCOMPARE(p.eligible, full->eligible);
            QCOMPARE(p.requirements.size(), full->requirements.size());
            for (int i = 0; i < p.requirements.size(); ++i) {
                QCOMPARE(test::code(p.requirements[i].code), test::code(full->requirements[i].code));
                QCOMPARE(p.requirements[i].met, full->requirements[i].met);
                QCOMPARE(p.requirements[i].actual, full->requirements[i].actual);
            }
        }
    }

    void whatIfSaysWhenAndWhatChanges()
    {
        DashboardService service(*m_db);
        auto before = service.dashboard(m_accounts.admin, m_pid, kToday);
        QVERIFY(before);
        const Decision* silver = nullptr;
        for (const Decision& p : before->progress) {
            if (p.competency == DA && p.path == Path::Silver)
                silver = &p;
        }
        QVERIFY(silver);
        const double have = *silver->requirement(RequirementCode::MinKpi)->actual;

        // A purchase in December is in the report of 15 January, before the anniversary (1 March).
        auto w = service.whatIf(m_accounts.admin, m_pid, {{QDate(2026, 12, 5), 50, DA}}, kToday);
        QVERIFY(w);
        QCOMPARE(w->decisionDate, QDate(2027, 2, 28));
        QCOMPARE(w->visibleOn, (QList<QDate>{QDate(2027, 1, 15)}));
        QCOMPARE(w->outcomes.size(), 2);
        const WhatIfOutcome& o = w->outcomes[0];
        QVERIFY(o.path == Path::Silver);
        QCOMPARE(o.kpiWith - o.kpiWithout, 50.0);
        QVERIFY(o.eligibleWith);
        QVERIFY(o.kpiWithout < o.kpiRequired || o.eligibleWithout);
        Q_UNUSED(have);

        // After the last report before the anniversary: visible too late, nothing changes.
        auto late = service.whatIf(m_accounts.admin, m_pid, {{QDate(2027, 2, 10), 50, DA}}, kToday);
        QVERIFY(late);
        QCOMPARE(late->visibleOn.value(0), QDate(2027, 3, 15));
        QCOMPARE(late->outcomes[0].kpiWith, late->outcomes[0].kpiWithout);
        QVERIFY(!late->outcomes[0].changes());
    }

    void whatIfRefusesBadInput()
    {
        DashboardService service(*m_db);
        auto noDate = service.whatIf(m_accounts.admin, m_pid, {{QDate(), 1, DA}}, kToday);
        QVERIFY(!noDate);
        QCOMPARE(noDate.error().path, QStringLiteral("whatIf[0].date"));
        auto zero = service.whatIf(m_accounts.admin, m_pid, {{kToday, 1, DA}, {kToday, 0, DA}}, kToday);
        QVERIFY(!zero);
        QCOMPARE(zero.error().path, QStringLiteral("whatIf[1].kpiValue"));
        auto unknown =
            service.whatIf(m_accounts.admin, m_pid, {{kToday, 1, QStringLiteral("Security")}}, kToday);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().path, QStringLiteral("whatIf[0].competency"));
    }

    void otherPartnersAreRefused()
    {
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        PartnerService partners(*m_db);
        auto other = partners.add(Actor::commandLine(), {0, QStringLiteral("999"), QStringLiteral("Other"),
                                                         QStringLiteral("FR"), QDate(2020, 1, 1)});
        QVERIFY(other);
        auto refused = DashboardService(*m_db).dashboard(m_accounts.admin, other->id, kToday);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("PERMISSION_DENIED"));
        // Support reads any partner.
        QVERIFY(DashboardService(*m_db).dashboard(m_accounts.support, m_pid, kToday));
    }
};

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
