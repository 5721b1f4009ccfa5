// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// EnrollmentService: the snapshot from the database, the engine's decision through the
// service on the shipped rule set, drafts (one per path and competency), and submit with
// its audit entry and its refusals.
#include "answercodes.h"
#include "services/accountservice.h"
#include "services/duplicatecheck.h"
#include "services/enrollmentservice.h"
#include "services/peopleservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>

using namespace lp;

namespace {
const QString DA = QStringLiteral("Data Analytics");
const QDate kAsOf(2021, 6, 20);
} // namespace

class TestEnrollmentService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;
    Session m_support;

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db, QDate(2019, 9, 1));
        m_admin = accounts.admin;
        m_viewer = accounts.viewer;
        m_support = accounts.support;
        // The spec's "gold falls back to silver" partner: 2 MCTs, 3 exams, 15 KPIs.
        const qint64 pid = m_admin.partnerId();
        PeopleService people(*m_db);
        for (int i = 0; i < 2; ++i)
            QVERIFY(people
                        .addTrainer(m_admin, pid,
                                    {0, QStringLiteral("T%1").arg(i), QStringLiteral("MCT-100%1").arg(i),
                                     QDate(2019, 1, 1), QDate(2022, 12, 31)})
                        .ok());
        const QStringList codes{QStringLiteral("DA-100"), QStringLiteral("DP-900"), QStringLiteral("DP-203")};
        for (int i = 0; i < codes.size(); ++i)
            QVERIFY(people
                        .addExamPass(m_admin, pid,
                                     {0, QStringLiteral("P%1").arg(i), codes[i], QDate(2021, 1, 10), DA},
                                     kAsOf)
                        .ok());
        PurchaseRepository purchases(*m_db);
        for (int m = 7; m <= 11; ++m) {
            Purchase p;
            p.invoice = QStringLiteral("INV-%1").arg(m);
            p.invoiceDate = QDate(2020, m, 3);
            p.omlpType = QStringLiteral("courseware");
            p.units = 3;
            p.kpiValue = 3;
            p.revenueCents = 129000;
            p.competency = DA;
            QVERIFY(purchases.insert(pid, p).ok());
        }
    }
    void cleanup() { m_db.reset(); }

    void decisionThroughTheService()
    {
        EnrollmentService service(*m_db);
        auto d = service.evaluate(m_admin, m_admin.partnerId(),
                                  {Path::Gold, DA, EvaluationKind::Enroll, true}, kAsOf);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().code));
        QCOMPARE(d->ruleSet, QStringLiteral("FY2021"));
        QVERIFY(!d->eligible);
        QCOMPARE(d->kpi.counted, 15.0);
        QCOMPARE(test::code(d->recommendation), test::code(Recommendation::Silver));
        // Support reads every partner's decision; another partner's admin does not.
        QVERIFY(service
                    .evaluate(m_support, m_admin.partnerId(),
                              {Path::Silver, DA, EvaluationKind::Enroll, true}, kAsOf)
                    ->eligible);
        QCOMPARE(service.evaluate(m_admin, m_admin.partnerId() + 1, {Path::Silver, DA}, kAsOf).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(
            service.evaluate(m_admin, m_admin.partnerId(), {Path::Silver, QStringLiteral("Gardening")}, kAsOf)
                .error()
                .code,
            QStringLiteral("UNKNOWN_COMPETENCY"));
        QCOMPARE(service.evaluate(m_admin, m_admin.partnerId(), {Path::ActionPack}, QDate(2015, 1, 1))
                     .error()
                     .code,
                 QStringLiteral("NO_RULE_SET"));
    }

    void laterPurchasesDoNotExistYet()
    {
        EnrollmentService service(*m_db);
        // On 2020-09-20 the July, August and September invoices exist: July's and August's are
        // in the September report, September's is pending; October's and November's do not exist yet.
        auto d = service.evaluate(m_admin, m_admin.partnerId(),
                                  {Path::Silver, DA, EvaluationKind::Enroll, true}, QDate(2020, 9, 20));
        QVERIFY(d.ok());
        QCOMPARE(d->kpi.counted, 6.0);
        QCOMPARE(d->kpi.pending, 3.0);
        QCOMPARE(d->kpi.excluded.size(), 1);
        QCOMPARE(test::code(d->kpi.excluded.first().reason), test::code(ExclusionReason::NotYetReported));
    }

    void decisionOnDailySumsIsTheDecisionOnTheRows()
    {
        // More purchases: two lines on one day, another competency, an order confirmation,
        // one before any window (the first ones above are from July to November 2020).
        PurchaseRepository purchases(*m_db);
        const qint64 pid = m_admin.partnerId();
        auto add = [&](const QString& invoice, int line, DocumentType type, const QDate& date, double kpi,
                       const QString& competency) {
            Purchase p;
            p.invoice = invoice;
            p.line = line;
            p.documentType = type;
            p.invoiceDate = date;
            p.omlpType = QStringLiteral("courseware");
            p.kpiValue = kpi;
            p.competency = competency;
            QVERIFY(purchases.insert(pid, p).ok());
        };
        add(QStringLiteral("OLD-1"), 1, DocumentType::Invoice, QDate(2018, 3, 1), 7, DA);
        add(QStringLiteral("TWO-1"), 1, DocumentType::Invoice, QDate(2021, 2, 3), 2, DA);
        add(QStringLiteral("TWO-1"), 2, DocumentType::Invoice, QDate(2021, 2, 3), 1.5, DA);
        add(QStringLiteral("CP-1"), 1, DocumentType::Invoice, QDate(2021, 2, 3), 4,
            QStringLiteral("Cloud Platform"));
        add(QStringLiteral("OC-1"), 1, DocumentType::OrderConfirmation, QDate(2021, 3, 9), 5, DA);
        add(QStringLiteral("NEW-1"), 1, DocumentType::Invoice, QDate(2021, 6, 2), 1, DA); // pending on kAsOf

        EnrollmentService service(*m_db);
        const PartnerSnapshot rows =
            service.snapshot(m_admin, pid, EnrollmentService::Purchases::Rows).value();
        QCOMPARE(rows.purchases.size(), 11);
        for (const EnrollmentRequest& request :
             {EnrollmentRequest{Path::Silver, DA, EvaluationKind::Enroll, true},
              EnrollmentRequest{Path::Gold, DA, EvaluationKind::Enroll, true},
              EnrollmentRequest{Path::Silver, DA, EvaluationKind::Renew, true}}) {
            for (const QDate& asOf : {kAsOf, QDate(2020, 9, 20), QDate(2021, 2, 20)}) {
                const auto mine = service.evaluate(m_admin, pid, request, asOf);
                const auto full = service.evaluate(rows, request, asOf);
                QVERIFY(mine && full);
                // The same verdict, requirements and sentences (the line count among them).
                QCOMPARE(mine->eligible, full->eligible);
                QVERIFY(mine->requirements == full->requirements);
                QCOMPARE(mine->kpi.counted, full->kpi.counted);
                QCOMPARE(mine->kpi.pending, full->kpi.pending);
                QCOMPARE(mine->kpi.countedLines, full->kpi.countedLines);
                QCOMPARE(mine->kpi.countedLines, int(full->kpi.countedPurchases.size()));
                QCOMPARE(mine->kpi.window, full->kpi.window);
                // The lists: the same lines, less those dated before the window.
                QVERIFY(mine->kpi.listsComplete);
                QVERIFY(mine->kpi.countedPurchases == full->kpi.countedPurchases);
                QList<ExcludedPurchase> since;
                for (const ExcludedPurchase& e : full->kpi.excluded) {
                    const auto p =
                        std::find_if(rows.purchases.cbegin(), rows.purchases.cend(), [&](const Purchase& r) {
                            return r.invoice == e.invoice && r.line == e.line;
                        });
                    if (p->invoiceDate >= full->kpi.window.from && p->invoiceDate <= asOf)
                        since.append(e);
                }
                QVERIFY(mine->kpi.excluded == since);
            }
        }

        // Cut at two lines: the first two of the window, and the count of the older ones.
        const EnrollmentRequest silver{Path::Silver, DA, EvaluationKind::Enroll, true};
        auto lines = service.kpiLines(m_admin, pid, silver, kAsOf, 2);
        QVERIFY(lines);
        QVERIFY(!lines->complete);
        QCOMPARE(lines->counted.size() + lines->excluded.size(), 2);
        QCOMPARE(lines->before, 1); // OLD-1: the window of the June 2021 report starts in May 2020
        auto all = service.kpiLines(m_admin, pid, silver, kAsOf);
        QVERIFY(all && all->complete);
        QCOMPARE(all->counted.size() + all->excluded.size(), 10);
        // Another partner's admin reads none of it.
        QCOMPARE(service.kpiLines(m_admin, pid + 1, silver, kAsOf).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
    }

    void oneDraftPerPathAndCompetency()
    {
        EnrollmentService service(*m_db);
        Enrollment draft;
        draft.path = Path::Silver;
        draft.competency = DA;
        draft.answers = QByteArrayLiteral("{\"performanceCommitment\":false}");
        auto first = service.saveDraft(m_admin, m_admin.partnerId(), draft);
        QVERIFY(first.ok());
        draft.answers = QByteArrayLiteral("{\"performanceCommitment\":true}");
        auto second = service.saveDraft(m_admin, m_admin.partnerId(), draft);
        QCOMPARE(second->id, first->id);
        auto stored = service.draft(m_viewer, m_admin.partnerId(), Path::Silver, DA);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->answers, QByteArrayLiteral("{\"performanceCommitment\":true}"));
        QVERIFY(!service.draft(m_admin, m_admin.partnerId(), Path::Gold, DA)->has_value());
        QCOMPARE(service.saveDraft(m_viewer, m_admin.partnerId(), draft).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(service.discardDraft(m_admin, m_admin.partnerId(), first->id).ok());
        QVERIFY(!service.draft(m_admin, m_admin.partnerId(), Path::Silver, DA)->has_value());
    }

    void submit()
    {
        EnrollmentService service(*m_db);
        const qint64 pid = m_admin.partnerId();
        Enrollment details;
        details.answers = QByteArrayLiteral("{}");
        auto gold =
            service.submit(m_admin, pid, {Path::Gold, DA, EvaluationKind::Enroll, true}, details, kAsOf);
        QCOMPARE(gold.error().code, QStringLiteral("NOT_ELIGIBLE"));
        QCOMPARE(gold.error().args, QStringList{QStringLiteral("MIN_EXAMS, MIN_KPI")});
        QCOMPARE(
            service.submit(m_viewer, pid, {Path::Silver, DA, EvaluationKind::Enroll, true}, details, kAsOf)
                .error()
                .code,
            QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(
            service.submit(m_support, pid, {Path::Silver, DA, EvaluationKind::Enroll, true}, details, kAsOf)
                .error()
                .code,
            QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(
            service.submit(m_admin, pid, {Path::Silver, DA, EvaluationKind::Enroll, false}, details, kAsOf)
                .error()
                .code,
            QStringLiteral("NOT_ELIGIBLE"));

        Enrollment draft;
        draft.path = Path::Silver;
        draft.competency = DA;
        const qint64 draftId = service.saveDraft(m_admin, pid, draft)->id;
        auto silver =
            service.submit(m_admin, pid, {Path::Silver, DA, EvaluationKind::Enroll, true}, details, kAsOf);
        QVERIFY2(silver.ok(), qPrintable(silver.ok() ? QString() : silver.error().code));
        QCOMPARE(silver->id, draftId); // the draft became the enrollment
        QVERIFY(silver->status == EnrollmentStatus::Submitted);
        QCOMPARE(silver->ruleSetId, QStringLiteral("FY2021"));
        QVERIFY(!service.draft(m_admin, pid, Path::Silver, DA)->has_value());
        QCOMPARE(service.enrollments(m_viewer, pid)->size(), 1);
        QCOMPARE(AuditRepository(*m_db).list(pid).value().first().action,
                 QStringLiteral("enrollment.submit"));
    }

    void anniversaryPeriod_data()
    {
        QTest::addColumn<QDate>("anniversary");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("before the day")
            << QDate(2019, 9, 1) << QDate(2021, 6, 20) << QDate(2020, 9, 1) << QDate(2021, 8, 31);
        QTest::newRow("on the day") << QDate(2019, 9, 1) << QDate(2021, 9, 1) << QDate(2021, 9, 1)
                                    << QDate(2022, 8, 31);
        QTest::newRow("the day before")
            << QDate(2019, 9, 1) << QDate(2021, 8, 31) << QDate(2020, 9, 1) << QDate(2021, 8, 31);
        QTest::newRow("29 February") << QDate(2020, 2, 29) << QDate(2021, 3, 1) << QDate(2021, 2, 28)
                                     << QDate(2022, 2, 27);
    }
    void anniversaryPeriod()
    {
        QFETCH(QDate, anniversary);
        QFETCH(QDate, on);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QCOMPARE(DuplicateCheck::anniversaryPeriod(anniversary, on), (DateRange{from, to}));
    }

    // docs/rules.md#nothing-twice: one submitted enrollment per path, competency and anniversary period.
    void secondSubmissionIsRefused()
    {
        EnrollmentService service(*m_db);
        const qint64 pid = m_admin.partnerId();
        const EnrollmentRequest silver{Path::Silver, DA, EvaluationKind::Enroll, true};
        QVERIFY(!service.submittedFor(m_viewer, pid, Path::Silver, DA, kAsOf)->has_value());
        auto first = service.submit(m_admin, pid, silver, Enrollment{}, kAsOf);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().code));

        auto seen = service.submittedFor(m_viewer, pid, Path::Silver, DA, kAsOf.addDays(30));
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((*seen)->id, first->id);
        const qint64 audited = AuditRepository(*m_db).list(pid)->size();

        // The same path, competency and period again, a month later: refused, nothing written.
        auto second = service.submit(m_admin, pid, silver, Enrollment{}, kAsOf.addDays(5));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("ENROLLMENT_ALREADY_SUBMITTED"));
        QCOMPARE(second.error().args,
                 (QStringList{QString::number(first->id),
                              first->submittedAt.toLocalTime().date().toString(Qt::ISODate),
                              QStringLiteral("2020-09-01"), QStringLiteral("2021-08-31")}));
        QCOMPARE(service.enrollments(m_admin, pid)->size(), 1);
        QCOMPARE(AuditRepository(*m_db).list(pid)->size(), audited);
        // Another competency, or the next anniversary period, is not the same enrollment.
        QVERIFY(!service.submittedFor(m_admin, pid, Path::Silver, QStringLiteral("Cloud Platform"), kAsOf)
                     ->has_value());
        QVERIFY(!service.submittedFor(m_admin, pid, Path::Silver, DA, QDate(2021, 9, 1))->has_value());
        QVERIFY(service.submittedFor(m_admin, pid, Path::Silver, DA, QDate(2021, 8, 31))->has_value());
        // A draft saved after the submission is still a draft: submitting it is refused too.
        Enrollment draft;
        draft.path = Path::Silver;
        draft.competency = DA;
        QVERIFY(service.saveDraft(m_admin, pid, draft).ok());
        QCOMPARE(service.submit(m_admin, pid, silver, Enrollment{}, kAsOf).error().code,
                 QStringLiteral("ENROLLMENT_ALREADY_SUBMITTED"));
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentService)
#include "tst_enrollmentservice.moc"
