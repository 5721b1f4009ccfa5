// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Support's desk: the case history with its filters (both roles), the resolution preview of a
// rejection, the empty and disabled states of the lists and actions, and (with
// LP_SCREENSHOT_DIR set) screenshots of the queue, the preview, the history and the audit trail
// on a demo database in English and Italian.
#include "audit/auditworkspace.h"
#include "cases/casehistoryview.h"
#include "cases/casehistoryworkspace.h"
#include "cases/casequeueworkspace.h"
#include "cases/casesworkspace.h"
#include "cases/resolutionpreviewdialog.h"
#include "enroll/enrollmentworkspace.h"
#include "enroll/submittedenrollmentdialog.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "overview/overviewworkspace.h"
#include "services/accountservice.h"
#include "services/caseservice.h"
#include "services/demoseeder.h"
#include "services/enrollmentservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace lp;

namespace {

const QDate kToday(2026, 12, 1);

DiscrepancyCaseInput caseOf(const QString& invoice, int month, int year, int units, double kpi, qint64 cents)
{
    DiscrepancyCaseInput c;
    c.month = month;
    c.year = year;
    c.omlpType = QStringLiteral("courseware");
    c.purchaseUnit = units;
    c.invoiceNumber = invoice;
    c.kpiValue = kpi;
    c.revenueCents = cents;
    return c;
}

Evidence pdf()
{
    return {
        QStringLiteral("invoice.pdf"), {}, QByteArrayLiteral("%PDF-1.7 an invoice"), DocumentType::Invoice};
}

void choose(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    QVERIFY(i >= 0);
    box->setCurrentIndex(i);
}

void grab(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LP_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestSupport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void emptyStatesSayWhatTheyWouldHold()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")))).value();
        const TestAccounts accounts = TestAccounts::create(*db);
        AppContext partner{*db, accounts.admin};
        CasesWorkspace cases(partner);
        cases.show();
        cases.refresh();
        auto* empty = cases.findChild<QLabel*>(QStringLiteral("casesEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("New case")));
        auto* exportCase = cases.findChild<QPushButton*>(QStringLiteral("exportCase"));
        QVERIFY(!exportCase->isEnabled());
        QCOMPARE(exportCase->toolTip(), QStringLiteral("Select a case to export it."));

        AppContext support{*db, accounts.support};
        CaseQueueWorkspace queue(support);
        queue.show();
        queue.refresh();
        QVERIFY(
            queue.findChild<QLabel*>(QStringLiteral("triage"))->text().contains(QLatin1String("files one")));
        CaseHistoryWorkspace history(support);
        history.show();
        history.refresh();
        QVERIFY(history.findChild<QLabel*>(QStringLiteral("casesEmpty"))
                    ->text()
                    .contains(QLatin1String("Case queue")));

        // Support's Overview: no partner chosen, no calendar to export.
        OverviewWorkspace overview(support);
        overview.show();
        overview.refresh();
        auto* calendar = overview.findChild<QPushButton*>(QStringLiteral("exportCalendar"));
        QVERIFY(!calendar->isEnabled());
        QVERIFY(calendar->toolTip().contains(QLatin1String("Partners")));
        overview.setPartner(accounts.admin.partnerId());
        QVERIFY(calendar->isEnabled());
    }

    void historyFiltersBothRoles()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("history.sqlite")))).value();
        const TestAccounts accounts = TestAccounts::create(*db);
        Purchase p;
        p.invoice = QStringLiteral("INV-2026-0034");
        p.invoiceDate = QDate(2026, 11, 11);
        p.omlpType = QStringLiteral("courseware");
        p.units = 2;
        p.kpiValue = 2;
        p.revenueCents = 86000;
        QVERIFY(PurchaseRepository(*db).insert(accounts.admin.partnerId(), p).ok());
        CaseService service(*db);
        auto a = service.file(accounts.admin, accounts.admin.partnerId(),
                              caseOf(QStringLiteral("INV-2026-0034"), 3, 2026, 2, 4, 86000), pdf(), kToday);
        auto b = service.file(accounts.admin, accounts.admin.partnerId(),
                              caseOf(QStringLiteral("INV-404"), 9, 2026, 1, 1, 100), pdf(), kToday);
        QVERIFY(a.ok() && a->filed && b.ok() && b->filed);
        QVERIFY(service
                    .resolve(accounts.support, a->filed->id, CaseService::Resolution::Corrected,
                             QStringLiteral("Checked the invoice."))
                    .ok());

        AppContext support{*db, accounts.support};
        CaseHistoryWorkspace history(support);
        history.setToday(kToday);
        history.show();
        history.refresh();
        auto* table = history.findChild<QTableWidget*>(QStringLiteral("cases"));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 1)->text().contains(QLatin1String("Contoso (MPN ID 4412345)")));
        choose(history.findChild<QComboBox*>(QStringLiteral("historyState")), int(CaseStatus::Corrected));
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        const QString text = history.findChild<QPlainTextEdit*>(QStringLiteral("caseText"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Note: Checked the invoice.")), qPrintable(text));
        QVERIFY2(text.contains(
                     QLatin1String("Triage at resolution: The KPI records of invoice INV-2026-0034 differ "
                                   "from the case in: Month, KPI value.")),
                 qPrintable(text));
        // The filing's triage keeps its fields after the correction.
        QVERIFY2(text.contains(
                     QLatin1String("Triage: The KPI records of invoice INV-2026-0034 differ from the case "
                                   "in: Month, KPI value.")),
                 qPrintable(text));
        choose(history.findChild<QComboBox*>(QStringLiteral("historyState")), -1);
        choose(history.findChild<QComboBox*>(QStringLiteral("historyTriage")),
               QStringLiteral("MISSING_FROM_LEDGER"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("INV-404"));
        choose(history.findChild<QComboBox*>(QStringLiteral("historyTriage")), QString());
        QTest::keyClicks(history.findChild<QLineEdit*>(QStringLiteral("historySearch")),
                         QStringLiteral("0034"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("INV-2026-0034"));
        history.findChild<QDateEdit*>(QStringLiteral("historyResolvedFrom"))
            ->setDate(QDate::currentDate().addDays(1));
        QVERIFY(!table->isVisible());
        QVERIFY(history.findChild<QLabel*>(QStringLiteral("casesEmpty"))
                    ->text()
                    .contains(QLatin1String("No case matches")));

        // The partner's own cases, with the same filters but no partner filter.
        AppContext partner{*db, accounts.admin};
        CasesWorkspace cases(partner);
        cases.setToday(kToday);
        cases.show();
        cases.refresh();
        QVERIFY(!cases.findChild<QComboBox*>(QStringLiteral("historyPartner"))->isVisible());
        auto* own = cases.findChild<QTableWidget*>(QStringLiteral("cases"));
        QCOMPARE(own->rowCount(), 2);
        choose(cases.findChild<QComboBox*>(QStringLiteral("historyState")), int(CaseStatus::Open));
        QCOMPARE(own->rowCount(), 1);
        QCOMPARE(own->item(0, 1)->text(), QStringLiteral("INV-404"));
    }

    void previewOfARejectionSaysNothingChanges()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("reject.sqlite")))).value();
        const TestAccounts accounts = TestAccounts::create(*db);
        auto filed =
            CaseService(*db).file(accounts.admin, accounts.admin.partnerId(),
                                  caseOf(QStringLiteral("INV-404"), 9, 2026, 1, 1, 100), pdf(), kToday);
        QVERIFY(filed.ok() && filed->filed);
        AppContext support{*db, accounts.support};
        CaseQueueWorkspace queue(support);
        queue.setToday(kToday);
        queue.show();
        queue.refresh();
        queue.findChild<QPlainTextEdit*>(QStringLiteral("resolutionNote"))
            ->setPlainText(QStringLiteral("No invoice."));
        queue.findChild<QRadioButton*>(QStringLiteral("rejected"))->click();
        QString summary;
        bool tableShown = true;
        test::whenDialogShows<ResolutionPreviewDialog>([&](ResolutionPreviewDialog* d) {
            summary = d->findChild<QLabel*>(QStringLiteral("previewSummary"))->text();
            tableShown = d->findChild<QTableWidget*>(QStringLiteral("previewChanges"))->isVisible();
            d->findChild<QPushButton*>(QStringLiteral("confirmResolve"))->click();
        });
        queue.findChild<QPushButton*>(QStringLiteral("resolve"))->click();
        QVERIFY2(summary.startsWith(QLatin1String("Nothing in the KPI records")), qPrintable(summary));
        QVERIFY(!tableShown);
        QVERIFY(CaseService(*db).openCases(accounts.support, kToday)->isEmpty());
    }

    void submittedEnrollmentOpensReadOnly()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("enroll.sqlite")))).value();
        const TestAccounts accounts = TestAccounts::create(*db);
        AppContext partner{*db, accounts.admin};
        {
            EnrollmentWorkspace empty(partner);
            empty.show();
            empty.refresh();
            QVERIFY(empty.findChild<QLabel*>(QStringLiteral("enrollmentsEmpty"))->isVisible());
            QVERIFY(!empty.findChild<QPushButton*>(QStringLiteral("resumeDraft"))->isEnabled());
            QVERIFY(!empty.findChild<QPushButton*>(QStringLiteral("resumeDraft"))->toolTip().isEmpty());
        }
        // The demo partner qualifies for a silver or an Action Pack enrollment somewhere: find one.
        auto demo = std::move(Database::open(m_dir.filePath(QStringLiteral("enroll-demo.sqlite")))).value();
        auto seeded = DemoSeeder::seed(*demo, QDate::currentDate());
        QVERIFY(seeded.ok());
        Session admin;
        for (const DemoSeeder::Account& a : seeded.value()) {
            if (a.role == Role::PartnerAdmin)
                admin = AccountService(*demo).signIn(a.name, a.password).value();
        }
        EnrollmentService service(*demo);
        Enrollment details;
        details.answers = QByteArrayLiteral("{}");
        std::optional<Enrollment> submitted;
        for (const EnrollmentRequest& r :
             {EnrollmentRequest{Path::ActionPack, {}, EvaluationKind::Enroll, false},
              EnrollmentRequest{Path::ActionPack, {}, EvaluationKind::Renew, false}}) {
            if (auto done = service.submit(admin, admin.partnerId(), r, details, QDate::currentDate()))
                submitted = done.value();
            if (submitted)
                break;
        }
        if (!submitted)
            QSKIP("the demo partner is eligible for no Action Pack enrollment today");
        AppContext context{*demo, admin};
        EnrollmentWorkspace w(context);
        w.show();
        w.refresh();
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("enrollments"));
        QCOMPARE(table->rowCount(), 1);
        table->setCurrentCell(0, 0);
        table->selectRow(0);
        QString report;
        bool pdf = false;
        connect(&w, &EnrollmentWorkspace::submittedOpened, this, [&](SubmittedEnrollmentDialog* d) {
            QTimer::singleShot(0, d, [&, d] {
                report = d->findChild<QTextBrowser*>(QStringLiteral("decisionReport"))->toPlainText();
                pdf = d->findChild<QPushButton*>(QStringLiteral("savePdf"))->isEnabled();
                QString error;
                QVERIFY(d->report()->writePdf(m_dir.filePath(QStringLiteral("decision.pdf")), &error));
                d->accept();
            });
        });
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY2(report.contains(QLatin1String("Learning Action Pack")), qPrintable(report));
        QVERIFY(pdf);
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("decision.pdf"))).size() > 1000);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("LP_SCREENSHOT_DIR"))
            QSKIP("LP_SCREENSHOT_DIR is not set");
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")))).value();
        const QDate today = QDate::currentDate();
        auto seeded = DemoSeeder::seed(*db, today);
        QVERIFY(seeded.ok());
        Session admin, support;
        for (const DemoSeeder::Account& a : seeded.value()) {
            auto s = AccountService(*db).signIn(a.name, a.password);
            QVERIFY(s.ok());
            if (a.role == Role::PartnerAdmin)
                admin = s.value();
            if (a.role == Role::FrontlineSupport)
                support = s.value();
        }
        // The case: an invoice of last month filed as March, and two more.
        const QList<Purchase> ledger = PurchaseRepository(*db).list(admin.partnerId()).value();
        QVERIFY(ledger.size() > 3);
        const Purchase recent = ledger.last();
        CaseService service(*db);
        auto filed = service.file(admin, admin.partnerId(),
                                  caseOf(recent.invoice, 3, today.year(), recent.units, recent.kpiValue + 2,
                                         recent.revenueCents + 43000),
                                  pdf(), today);
        QVERIFY2(filed.ok() && filed->filed, filed.ok() ? "" : qPrintable(filed.error().code));
        const Purchase older = ledger.at(ledger.size() / 2);
        auto second = service.file(admin, admin.partnerId(),
                                   caseOf(older.invoice, older.invoiceDate.month(), older.invoiceDate.year(),
                                          older.units, older.kpiValue + 1, older.revenueCents),
                                   pdf(), today);
        QVERIFY(second.ok() && second->filed);
        QVERIFY(service
                    .resolve(support, second->filed->id, CaseService::Resolution::Rejected,
                             QStringLiteral("The invoice shows the recorded KPI value."))
                    .ok());
        auto third =
            service.file(admin, admin.partnerId(),
                         caseOf(QStringLiteral("INV-404"), 9, today.year(), 1, 1, 100), pdf(), today);
        QVERIFY(third.ok() && third->filed);
        // And one corrected, its invoice date moved to the filed month: the audit trail shows it.
        const Purchase moved = ledger.at(2);
        auto fourth =
            service.file(admin, admin.partnerId(),
                         caseOf(moved.invoice, moved.invoiceDate.month() % 12 + 1, moved.invoiceDate.year(),
                                moved.units, moved.kpiValue, moved.revenueCents),
                         pdf(), today);
        QVERIFY(fourth.ok() && fourth->filed);
        QVERIFY(service
                    .resolve(support, fourth->filed->id, CaseService::Resolution::Corrected,
                             QStringLiteral("The invoice is dated a month later."))
                    .ok());

        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("it")}) {
            Translations::install(lang); // sets the language's QLocale too
            AppContext context{*db, support};
            CaseQueueWorkspace queue(context);
            queue.resize(1100, 820);
            queue.show();
            queue.refresh();
            grab(&queue, QStringLiteral("support-queue-%1.png").arg(lang));
            queue.findChild<QPlainTextEdit*>(QStringLiteral("resolutionNote"))
                ->setPlainText(QStringLiteral("Invoice checked."));
            auto preview =
                service.previewResolution(support, filed->filed->id, CaseService::Resolution::Corrected);
            QVERIFY(preview.ok());
            ResolutionPreviewDialog dialog(preview.value(), QStringLiteral("Invoice checked."));
            dialog.show();
            grab(&dialog, QStringLiteral("support-preview-%1.png").arg(lang));
            CaseHistoryWorkspace history(context);
            history.resize(1100, 760);
            history.show();
            history.refresh();
            history.findChild<QTableWidget*>(QStringLiteral("cases"))->selectRow(1);
            grab(&history, QStringLiteral("support-history-%1.png").arg(lang));
            AuditWorkspace audit(context);
            audit.resize(1100, 760);
            audit.show();
            audit.refresh();
            audit.findChild<QTableWidget*>(QStringLiteral("auditEntries"))->selectRow(1);
            grab(&audit, QStringLiteral("support-audit-%1.png").arg(lang));
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSupport)
#include "tst_support.moc"
