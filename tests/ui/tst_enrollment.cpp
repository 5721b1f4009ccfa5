// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The enrollment wizard, driven as a user drives it: pages, Next, Back, checkboxes, the
// gold fallback, drafts, Submit and the PDF report, on the offscreen platform.
#include "domain/messages.h"
#include "enroll/enrollmentwizard.h"
#include "enroll/enrollmentworkspace.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "io/rulesetlibrary.h"
#include "rules/rulesetbanner.h"
#include "security/session.h"
#include "services/auditservice.h"
#include "services/enrollmentservice.h"
#include "services/partnerservice.h"
#include "services/rulesetservice.h"
#include "storage/database.h"
#include "storage/exampassrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"
#include "testaccounts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace lp;
using lp::test::whenDialogShows;

namespace {

const QDate kToday(2026, 11, 20); // rule set FY2027; latest report 15 November 2026
const QString kCompetency = QStringLiteral("Data Analytics");

template <typename T> T* child(QWidget* w, const char* name)
{
    for (T* c : w->findChildren<T*>(QLatin1String(name))) {
        if (c->isVisibleTo(w) || !c->parentWidget() || c->parentWidget()->isVisibleTo(w))
            return c;
    }
    return nullptr;
}

// A checkbox of the current page.
QCheckBox* pageCheck(EnrollmentWizard& w, const char* name)
{
    return w.currentPage()->findChild<QCheckBox*>(QLatin1String(name));
}

bool nextEnabled(EnrollmentWizard& w)
{
    return w.button(QWizard::NextButton)->isEnabled();
}

} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    int m_run = 0;

    // A fresh database: one active MCT, two Data Analytics exam passes, 6 KPIs of invoices in
    // the window. Silver in Data Analytics is met (with the commitment); gold is not.
    void freshPartner(bool withTrainer = true)
    {
        m_db.reset();
        m_db =
            std::move(Database::open(m_dir.filePath(QStringLiteral("enroll%1.sqlite").arg(++m_run)))).value();
        m_accounts = TestAccounts::create(*m_db, QDate(2021, 5, 1));
        const qint64 pid = m_accounts.admin.partnerId();
        if (withTrainer)
            QVERIFY(TrainerRepository(*m_db).insert(
                pid,
                {0, QStringLiteral("Anna Bianchi"), QStringLiteral("MCT-1001"), {}, QDate(2027, 6, 30)}));
        QVERIFY(ExamPassRepository(*m_db).insert(
            pid,
            {0, QStringLiteral("Anna Bianchi"), QStringLiteral("DP-500"), QDate(2026, 3, 1), kCompetency}));
        QVERIFY(
            ExamPassRepository(*m_db).insert(pid, {0, QStringLiteral("Marco Verdi"), QStringLiteral("PL-300"),
                                                   QDate(2026, 4, 1), kCompetency}));
        for (int i = 0; i < 3; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("INV-%1").arg(i + 1);
            p.invoiceDate = QDate(2026, 3 + i, 10);
            p.omlpType = QStringLiteral("MOC On-Demand");
            p.units = 2;
            p.kpiValue = 2;
            p.revenueCents = 20000;
            p.competency = kCompetency;
            QVERIFY(PurchaseRepository(*m_db).insert(pid, p));
        }
    }

    // From the start page: the path, the competency, the commitment ticked (Next not yet pressed).
    void walkPastTheCommitment(EnrollmentWizard& w, const char* pathButton)
    {
        w.findChild<QRadioButton*>(QLatin1String(pathButton))->click();
        w.next();
        auto* combo = child<QComboBox>(w.currentPage(), "competency");
        combo->setCurrentIndex(combo->findText(kCompetency));
        w.next();
        pageCheck(w, "commitment")->click();
    }

    QList<Enrollment> enrollments()
    {
        return EnrollmentService(*m_db).enrollments(m_accounts.admin, m_accounts.admin.partnerId()).value();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void actionPackEndToEnd()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.show();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Start));
        // The preview says what the engine says: Action Pack eligible, gold not yet.
        auto* preview = w.findChild<QTableWidget*>(QStringLiteral("preview"));
        QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Eligible"));
        QVERIFY(preview->rowCount() == 11); // the Action Pack, silver and gold of five competencies
        w.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackTrainers));
        auto* trainers = child<QTableWidget>(w.currentPage(), "activeTrainers");
        QCOMPARE(trainers->rowCount(), 1);
        QCOMPARE(trainers->item(0, 1)->text(), QStringLiteral("MCT-1001"));
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackSubscription));
        QVERIFY(!nextEnabled(w)); // the subscription step is not recorded yet
        pageCheck(w, "subscribed")->click();
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackProfile));
        QVERIFY(!nextEnabled(w));
        pageCheck(w, "profileRequested")->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Summary));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(w.findChild<QTextBrowser*>(QStringLiteral("report"))
                    ->toPlainText()
                    .contains(QLatin1String("FY2027")));
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.submitted().has_value());
        QCOMPARE(w.result(), int(QDialog::Accepted));

        const QList<Enrollment> stored = enrollments();
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored[0].path == Path::ActionPack);
        QVERIFY(stored[0].status == EnrollmentStatus::Submitted);
        QCOMPARE(stored[0].subscriptionOn, kToday);
        QCOMPARE(stored[0].profileRequestedOn, kToday);
        QCOMPARE(stored[0].ruleSetId, QStringLiteral("FY2027"));
        // Written with its audit entry, and the chain holds.
        auto audit = AuditService(*m_db).entries(m_accounts.support);
        QVERIFY(audit);
        bool found = false;
        for (const AuditEntry& e : audit.value())
            found = found || e.action == QLatin1String("enrollment.submit");
        QVERIFY(found);
    }

    // The renewal window is the rule set's (actionPack.renewalWindowDays), asked by the engine's
    // SubmissionCheck on the subscription page as EnrollmentService::submit asks it; the start page
    // says the set in force is illustrative (docs/rules-admin.md).
    void actionPackRenewalWindowFromTheRuleSet()
    {
        freshPartner();
        Membership ap;
        ap.type = MembershipType::ActionPack;
        ap.from = kToday.addYears(-1);
        ap.to = kToday.addDays(-40); // expired 40 days ago: outside 30 days, inside 60
        QVERIFY(PartnerRepository(*m_db).addMembership(m_accounts.admin.partnerId(), ap).ok());
        AppContext context{*m_db, m_accounts.admin};
        auto walk = [&](EnrollmentWizard& w) {
            w.show();
            w.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
            w.next();
            w.next();
            QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackSubscription));
            w.currentPage()->findChild<QRadioButton*>(QStringLiteral("renew"))->click();
            pageCheck(w, "subscribed")->click(); // on today
            w.next();
        };
        {
            EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
            w.show();
            auto* banner = w.currentPage()->findChild<RuleSetBanner*>();
            QVERIFY(banner && banner->isVisible());
            QVERIFY(banner->findChild<QLabel*>(QStringLiteral("ruleSetBannerText"))
                        ->text()
                        .contains(QStringLiteral("FY2027 · ")));
            walk(w);
            QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackSubscription)); // refused
            const QString problem = w.currentPage()->findChild<QLabel*>(QStringLiteral("error"))->text();
            QVERIFY2(problem.contains(QLatin1String("within 30 days")), qPrintable(problem));
        }
        // A set whose window is 60 days, active: the same renewal goes through.
        QJsonObject o;
        for (const auto& [file, bytes] : RuleSetLibrary::files()) {
            const QJsonObject set = QJsonDocument::fromJson(bytes).object();
            if (set.value(QStringLiteral("id")).toString() == RuleSetLibrary::inForce(kToday)->id)
                o = set;
        }
        QJsonObject rules = o.value(QStringLiteral("actionPack")).toObject();
        rules.insert(QStringLiteral("renewalWindowDays"), 60);
        o.insert(QStringLiteral("actionPack"), rules);
        const Actor op = Actor::commandLine();
        auto stored = RuleSetService(*m_db).importSet(op, QJsonDocument(o).toJson(), {});
        QVERIFY(stored.ok());
        QVERIFY(RuleSetService(*m_db).activate(op, stored->sha256).ok());
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        walk(w);
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackProfile));
    }

    void actionPackWithoutTrainerStops()
    {
        freshPartner(false);
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.show();
        w.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackTrainers));
        QVERIFY(child<QLabel>(w.currentPage(), "noTrainers")->isVisible());
        QVERIFY(child<QLabel>(w.currentPage(), "requirement_MIN_ACTIVE_MCT")
                    ->text()
                    .contains(QLatin1String("Not met")));
        QVERIFY(!nextEnabled(w));
    }

    void silverNeedsTheCommitment()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.show();
        w.findChild<QRadioButton*>(QStringLiteral("path_silver"))->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Competency));
        auto* combo = child<QComboBox>(w.currentPage(), "competency");
        combo->setCurrentIndex(combo->findText(kCompetency));
        QVERIFY(
            child<QLabel>(w.currentPage(), "tierRules")->text().contains(QLatin1String("at least 2 exam")));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Commitment));
        QVERIFY(!nextEnabled(w)); // unticked: Next is disabled
        pageCheck(w, "commitment")->click();
        QVERIFY(nextEnabled(w));
        pageCheck(w, "commitment")->click();
        QVERIFY(!nextEnabled(w));
        // Keyboard: the checkbox's mnemonic is Alt+C.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(w.answers().commitment); // a mnemonic clicks with a short animation
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Trainers));
        QVERIFY(child<QLabel>(w.currentPage(), "requirement_MIN_ACTIVE_MCT")
                    ->text()
                    .contains(QLatin1String("Met")));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Exams));
        QCOMPARE(child<QTableWidget>(w.currentPage(), "examPasses")->rowCount(), 2);
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Kpi));
        QVERIFY(
            child<QLabel>(w.currentPage(), "requirement_MIN_KPI")->text().contains(QLatin1String("6 of 5")));
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Offer));
        QVERIFY(!child<QLabel>(w.currentPage(), "upgradeDiscount")->isVisible());
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Summary));
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.submitted().has_value());
        QCOMPARE(enrollments().value(0).competency, kCompetency);
    }

    // The KPI page lists the invoice lines of the window, a bounded number of them: the totals
    // are the engine's on every line, and the page says when the list is cut.
    void kpiPageListsTheWindowsLines()
    {
        freshPartner();
        const qint64 pid = m_accounts.admin.partnerId();
        QVERIFY(m_db->transaction([&]() -> Status {
            for (int i = 0; i < EnrollmentService::kListedLines + 5; ++i) {
                Purchase p;
                p.invoice = QStringLiteral("BULK-%1").arg(i);
                p.invoiceDate = QDate(2026, 6, 1).addDays(i % 90);
                p.omlpType = QStringLiteral("MOC On-Demand");
                p.kpiValue = 1;
                p.competency = kCompetency;
                if (auto id = PurchaseRepository(*m_db).insert(pid, p); !id)
                    return id.error();
            }
            return {};
        }));
        Purchase old; // before the window: listed as a count only
        old.invoice = QStringLiteral("OLD-1");
        old.invoiceDate = QDate(2024, 1, 10);
        old.omlpType = QStringLiteral("MOC On-Demand");
        old.kpiValue = 1;
        old.competency = kCompetency;
        QVERIFY(PurchaseRepository(*m_db).insert(pid, old));

        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, pid, kToday);
        w.show();
        walkPastTheCommitment(w, "path_silver");
        w.next();
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Kpi));
        const int lines = 3 + EnrollmentService::kListedLines + 5;
        QVERIFY2(child<QLabel>(w.currentPage(), "requirement_MIN_KPI")
                     ->text()
                     .contains(QLatin1String("KPI total 1,011 from 1,008 invoice lines")),
                 qPrintable(child<QLabel>(w.currentPage(), "requirement_MIN_KPI")->text()));
        auto* tree = child<QTreeWidget>(w.currentPage(), "kpiRecords");
        QCOMPARE(tree->topLevelItemCount(), 4); // counted, pending, not counted, and the note
        QTreeWidgetItem* counted = tree->topLevelItem(0);
        QCOMPARE(counted->text(1), QStringLiteral("%L1 invoice lines").arg(lines));
        QCOMPARE(counted->childCount(), EnrollmentService::kListedLines); // the first lines only
        QCOMPARE(counted->child(0)->text(0), QStringLiteral("INV-1"));
        QTreeWidgetItem* notCounted = tree->topLevelItem(2);
        QCOMPARE(notCounted->childCount(), 1);
        QCOMPARE(notCounted->child(0)->text(0), QStringLiteral("1 line dated before the window"));
        QVERIFY(tree->topLevelItem(3)->text(0).startsWith(QLatin1String("Only the first 1,000 lines")));
        // The report lists the same lines and says it too.
        auto report = w.report();
        QVERIFY(report);
        QVERIFY(report->html().contains(QLatin1String("KPI total 1,011 from 1,008 invoice lines")));
        QVERIFY(report->html().contains(QLatin1String("Only the first 1,000 lines")));
        QCOMPARE(report->decision.kpi.countedPurchases.size(), EnrollmentService::kListedLines);
    }

    void goldFallsShortAndContinuesOnSilver()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.show();
        walkPastTheCommitment(w, "path_gold");
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Trainers));
        // Gold asks for 2 MCTs: the page says so, and offers silver in place.
        QVERIFY(child<QLabel>(w.currentPage(), "requirement_MIN_ACTIVE_MCT")
                    ->text()
                    .contains(QLatin1String("1 of 2")));
        auto* fallback = w.currentPage()->findChild<QWidget*>(QStringLiteral("fallback"));
        QVERIFY(fallback->isVisible());
        auto* button = fallback->findChild<QPushButton*>(QStringLiteral("continueOnRecommended"));
        QVERIFY(button->text().remove(QLatin1Char('&')).contains(QLatin1String("silver")));
        button->click();
        QVERIFY(w.answers().path == Path::Silver);
        QVERIFY(w.answers().commitment); // kept
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Trainers));
        QVERIFY(!fallback->isVisible());
        QVERIFY(child<QLabel>(w.currentPage(), "requirement_MIN_ACTIVE_MCT")
                    ->text()
                    .contains(QLatin1String("1 of 1")));
        w.next();
        w.next();
        w.next();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Summary));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.button(QWizard::FinishButton)->click();
        QVERIFY(w.submitted().has_value());
        QVERIFY(w.submitted()->path == Path::Silver);
    }

    void goldWithSilverHeldShowsTheUpgradeDiscount()
    {
        freshPartner();
        const qint64 pid = m_accounts.admin.partnerId();
        // Gold numbers met: a second MCT, four exams, 20 KPIs; silver held in the competency.
        QVERIFY(TrainerRepository(*m_db).insert(
            pid, {0, QStringLiteral("Carla Neri"), QStringLiteral("MCT-1002"), {}, QDate(2027, 6, 30)}));
        QVERIFY(
            ExamPassRepository(*m_db).insert(pid, {0, QStringLiteral("Carla Neri"), QStringLiteral("DP-500"),
                                                   QDate(2026, 5, 1), kCompetency}));
        QVERIFY(
            ExamPassRepository(*m_db).insert(pid, {0, QStringLiteral("Carla Neri"), QStringLiteral("PL-300"),
                                                   QDate(2026, 5, 2), kCompetency}));
        Purchase big;
        big.invoice = QStringLiteral("INV-BIG");
        big.invoiceDate = QDate(2026, 6, 1);
        big.omlpType = QStringLiteral("MOC On-Demand");
        big.units = 14;
        big.kpiValue = 14;
        big.competency = kCompetency;
        QVERIFY(PurchaseRepository(*m_db).insert(pid, big));
        PartnerService partners(*m_db);
        QVERIFY(partners.addMembership(
            m_accounts.admin, pid,
            {0, MembershipType::Silver, kCompetency, true, QDate(2026, 5, 1), QDate(2027, 4, 30)}));

        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, pid, kToday);
        w.show();
        walkPastTheCommitment(w, "path_gold");
        for (int i = 0; i < 4; ++i)
            w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Offer));
        auto* discount = child<QLabel>(w.currentPage(), "upgradeDiscount");
        QVERIFY(discount->isVisible());
        QVERIFY(discount->text().contains(QLatin1String("25%")));
        QVERIFY(discount->text().contains(QLatin1String("silver refund")));
    }

    void draftSavedClosedAndResumed()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        {
            EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
            w.show();
            w.findChild<QRadioButton*>(QStringLiteral("path_silver"))->click();
            w.next();
            auto* combo = child<QComboBox>(w.currentPage(), "competency");
            combo->setCurrentIndex(combo->findText(kCompetency));
            w.next();
            pageCheck(w, "commitment")->click();
            w.next();
            w.next();
            QCOMPARE(w.currentId(), int(EnrollmentPageId::Exams));
            // Closing asks; "Save draft" stores the answers and closes.
            whenDialogShows<QMessageBox>(
                [](QMessageBox* box) { box->findChild<QPushButton*>(QStringLiteral("saveDraft"))->click(); });
            w.reject();
            QVERIFY(!w.isVisible());
        }
        QList<Enrollment> stored = enrollments();
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored[0].status == EnrollmentStatus::Draft);
        QVERIFY(stored[0].path == Path::Silver);
        QCOMPARE(stored[0].competency, kCompetency);

        // Resumed from the workspace: the answers are back, on the page it was left on.
        EnrollmentWorkspace workspace(context);
        workspace.setToday(kToday);
        workspace.show();
        workspace.refresh();
        auto* table = workspace.findChild<QTableWidget*>(QStringLiteral("enrollments"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Draft"));
        table->selectRow(0);
        auto* resume = workspace.findChild<QPushButton*>(QStringLiteral("resumeDraft"));
        QVERIFY(resume->isEnabled());
        bool checked = false;
        connect(&workspace, &EnrollmentWorkspace::wizardOpened, this, [&](EnrollmentWizard* w) {
            QMetaObject::invokeMethod(
                w,
                [&, w] {
                    checked = w->currentId() == int(EnrollmentPageId::Exams) && w->answers().commitment &&
                              w->answers().competency == kCompetency && w->answers().path == Path::Silver;
                    w->back();
                    w->back();
                    checked =
                        checked && w->currentId() == int(EnrollmentPageId::Commitment) &&
                        w->currentPage()->findChild<QCheckBox*>(QStringLiteral("commitment"))->isChecked();
                    w->reject(); // nothing changed since the draft: closes without asking
                },
                Qt::QueuedConnection);
        });
        resume->click();
        QVERIFY(checked);
        QCOMPARE(enrollments().size(), 1);
    }

    void viewerIsNotOffered()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.viewer};
        EnrollmentWorkspace workspace(context);
        workspace.show();
        workspace.refresh();
        QVERIFY(!workspace.findChild<QPushButton*>(QStringLiteral("newEnrollment"))->isVisible());
        // Even in the wizard, Submit stays disabled and the core refuses the viewer.
        EnrollmentWizard w(context, m_accounts.viewer.partnerId(), kToday);
        w.show();
        QVERIFY(!w.canEnroll());
        w.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
        w.next();
        w.next();
        pageCheck(w, "subscribed")->click();
        w.next();
        pageCheck(w, "profileRequested")->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Summary));
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(child<QLabel>(w.currentPage(), "verdict")->text().contains(QLatin1String("not submit")));
        QVERIFY(!w.submit());
        QVERIFY(w.draft().submitError().has_value());
        QVERIFY(Messages::text(*w.draft().submitError()).contains(QLatin1String("enroll or renew")));
        QVERIFY(enrollments().isEmpty());
    }

    void decisionReportAsPdf()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.answers().path = Path::Silver;
        w.answers().competency = kCompetency;
        w.answers().commitment = true;
        auto report = w.report();
        QVERIFY(report);
        const QString html = report->html();
        for (const char* expected :
             {"Contoso", "4412345", "FY2027", "INV-1", "INV-3", "Eligible", "Data Analytics"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        const QString file = m_dir.filePath(QStringLiteral("decision.pdf"));
        QString error;
        QVERIFY2(report->writePdf(file, &error), qPrintable(error));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.read(5) == "%PDF-");
        // An unwritable place is a clear error, not a crash.
        QVERIFY(!report->writePdf(m_dir.filePath(QStringLiteral("missing/dir/decision.pdf")), &error));
        QVERIFY(error.contains(QLatin1String("Cannot write")));
    }

    // One class a page, each its own tr context (not the wizard's): the texts of a page are
    // translated in its context and follow a language switch; no two steps share an object name.
    void eachPageHasItsOwnTrContext()
    {
        freshPartner();
        AppContext context{*m_db, m_accounts.admin};
        Translations::install(QStringLiteral("it"));
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        const QString italian = w.page(int(EnrollmentPageId::Start))->title();
        Translations::install(QStringLiteral("en"));
        QCOMPARE(italian, QStringLiteral("Scegliere un percorso"));
        QSet<QByteArray> classes;
        for (int id : w.pageIds()) {
            const QByteArray name = w.page(id)->metaObject()->className();
            QVERIFY2(name.startsWith("lp::") && name.endsWith("Page"), name.constData());
            classes.insert(name);
        }
        QCOMPARE(classes.size(), w.pageIds().size() - 1); // TrainersPage serves the Action Pack and a tier
        QTRY_COMPARE(w.page(int(EnrollmentPageId::Start))->title(), QStringLiteral("Choose a path"));
        QCOMPARE(w.findChildren<QCheckBox*>(QStringLiteral("subscribed")).size(), 1);
        QCOMPARE(w.page(int(EnrollmentPageId::Offer))
                     ->findChildren<QCheckBox*>(QStringLiteral("membershipSubscribed"))
                     .size(),
                 1);
    }

    void italianReport()
    {
        freshPartner();
        Translations::install(QStringLiteral("it"));
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, m_accounts.admin.partnerId(), kToday);
        w.answers().path = Path::Silver;
        w.answers().competency = kCompetency;
        w.answers().commitment = true;
        const QString html = w.report()->html();
        Translations::install(QStringLiteral("en"));
        QVERIFY(html.contains(QLatin1String("Idoneo")));
        QVERIFY(!html.contains(QLatin1String("Eligible")));
    }
};

QTEST_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
