// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Certainty at every step, on screen and in both languages: every action that writes answers
// with what it wrote (its number and date) and the screens that show it update at once; a
// button that would write something twice is disabled and says why; a partner admin withdraws
// a case or a listing request with a reason and support sees it withdrawn; a wizard page whose
// requirement is not met points to the workspace where it is fixed, and its button goes there.
// With LP_SHOTS_DIR set, each confirmation is saved there as certain-<what>-<language>.png.
#include "cases/casedialog.h"
#include "cases/casehistoryworkspace.h"
#include "cases/casequeueworkspace.h"
#include "cases/casesworkspace.h"
#include "cases/resolutionpreviewdialog.h"
#include "directory/directoryworkspace.h"
#include "displaynames.h"
#include "domain/messages.h"
#include "enroll/enrollmentwizard.h"
#include "enroll/enrollmentworkspace.h"
#include "enroll/startpage.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "kpi/invoiceimportdialog.h"
#include "kpi/ledgerworkspace.h"
#include "overview/overviewworkspace.h"
#include "people/peopleworkspace.h"
#include "services/caseservice.h"
#include "services/duplicatecheck.h"
#include "services/enrollmentservice.h"
#include "services/listingservice.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/exampassrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"
#include "testaccounts.h"
#include "widgets/formhelpers.h"
#include "widgets/withdrawdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace lp;
using lp::test::whenDialogShows;

namespace {

const QDate kToday(2026, 11, 20); // rule set FY2027; latest report 15 November 2026
const QString kCompetency = QStringLiteral("Data Analytics");

void languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("it") << QStringLiteral("it");
}

// Saves `w` as certain-<name>-<language>.png in LP_SHOTS_DIR, when it is set.
void shot(QWidget* w, const QString& name, const QString& language)
{
    const QString dir = qEnvironmentVariable("LP_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QStringLiteral("%1/certain-%2-%3.png").arg(dir, name, language)));
}

QCheckBox* pageCheck(EnrollmentWizard& w, const char* name)
{
    return w.currentPage()->findChild<QCheckBox*>(QLatin1String(name));
}

// The visible child of the wizard's current page named `name`.
template <typename T> T* onPage(EnrollmentWizard& w, const char* name)
{
    for (T* c : w.currentPage()->findChildren<T*>(QLatin1String(name))) {
        if (c->isVisibleTo(w.currentPage()))
            return c;
    }
    return nullptr;
}

} // namespace

class TestCertainty : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    int m_run = 0;
    QString m_invoiceImage;

    qint64 pid() const { return m_accounts.admin.partnerId(); }

    // One active MCT (or none), two Data Analytics exam passes, 6 KPIs: the Action Pack and silver
    // are met, gold is not (exams and KPIs).
    void freshPartner(bool withTrainer = true)
    {
        m_db.reset();
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("certain%1.sqlite").arg(++m_run))))
                   .value();
        m_accounts = TestAccounts::create(*m_db, QDate(2021, 5, 1));
        if (withTrainer)
            QVERIFY(TrainerRepository(*m_db).insert(
                pid(),
                {0, QStringLiteral("Anna Bianchi"), QStringLiteral("MCT-1001"), {}, QDate(2027, 6, 30)}));
        QVERIFY(ExamPassRepository(*m_db).insert(
            pid(),
            {0, QStringLiteral("Anna Bianchi"), QStringLiteral("DP-500"), QDate(2026, 3, 1), kCompetency}));
        for (int i = 0; i < 3; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("INV-%1").arg(i + 1);
            p.invoiceDate = QDate(2026, 3 + i, 10);
            p.omlpType = QStringLiteral("MOC On-Demand");
            p.units = 2;
            p.kpiValue = 2;
            p.revenueCents = 20000;
            p.competency = kCompetency;
            QVERIFY(PurchaseRepository(*m_db).insert(pid(), p));
        }
    }

    QList<Enrollment> enrollments()
    {
        return EnrollmentService(*m_db).enrollments(m_accounts.admin, pid()).value();
    }

    DiscrepancyCase fileByService(const QString& invoice)
    {
        DiscrepancyCaseInput in;
        in.month = 4;
        in.year = 2026;
        in.omlpType = QStringLiteral("MOC On-Demand");
        in.purchaseUnit = 2;
        in.invoiceNumber = invoice;
        in.kpiValue = 5;
        in.revenueCents = 20000;
        in.evidence = DocumentType::Invoice;
        QFile f(m_invoiceImage);
        f.open(QIODevice::ReadOnly);
        auto filed = CaseService(*m_db).file(
            m_accounts.admin, pid(), in,
            {QStringLiteral("scan.png"), QStringLiteral("image/png"), f.readAll(), DocumentType::Invoice},
            kToday);
        return filed && filed->filed ? *filed->filed : DiscrepancyCase{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        QImage scan(120, 80, QImage::Format_RGB32);
        scan.fill(Qt::white);
        m_invoiceImage = m_dir.filePath(QStringLiteral("invoice.png"));
        QVERIFY(scan.save(m_invoiceImage));
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void submitAnswersAndIsNotRepeated_data() { languages(); }
    void submitAnswersAndIsNotRepeated()
    {
        QFETCH(QString, language);
        freshPartner();
        Translations::install(language);
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWorkspace workspace(context);
        workspace.setToday(kToday);
        workspace.resize(900, 500);
        workspace.show();
        workspace.refresh();
        QSignalSpy confirmed(&workspace, &Workspace::confirmed);
        connect(
            &workspace, &EnrollmentWorkspace::wizardOpened, this,
            [](EnrollmentWizard* w) {
                QMetaObject::invokeMethod(
                    w,
                    [w] {
                        w->findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
                        w->next();
                        w->next();
                        pageCheck(*w, "subscribed")->click();
                        w->next();
                        pageCheck(*w, "profileRequested")->click();
                        w->next();
                        w->button(QWizard::FinishButton)->click();
                    },
                    Qt::QueuedConnection);
            },
            Qt::SingleShotConnection);
        workspace.findChild<QPushButton*>(QStringLiteral("newEnrollment"))->click();

        QCOMPARE(enrollments().size(), 1);
        const Enrollment e = enrollments().first();
        QVERIFY(e.status == EnrollmentStatus::Submitted);
        // The answer: the enrollment's number, date, path and rule set, here and for the status bar.
        auto* answer = workspace.findChild<QLabel*>(QStringLiteral("enrollmentConfirmation"));
        QVERIFY(answer->isVisible());
        const QString expected = EnrollmentWorkspace::tr("Enrollment %1 submitted on %2: %3, on rule set %4.")
                                     .arg(e.id)
                                     .arg(form::longDate(e.submittedAt.toLocalTime().date()),
                                          DisplayNames::path(Path::ActionPack), QStringLiteral("FY2027"));
        QCOMPARE(answer->text(), expected);
        QVERIFY(answer->text().startsWith(language == QLatin1String("it") ? QLatin1String("Registrazione")
                                                                          : QLatin1String("Enrollment")));
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().first().toString(), expected);
        // The list shows it at once.
        auto* table = workspace.findChild<QTableWidget*>(QStringLiteral("enrollments"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), DisplayNames::enrollmentStatus(EnrollmentStatus::Submitted));
        shot(&workspace, QStringLiteral("enrollment-submitted"), language);

        // The Overview lists it under the memberships.
        OverviewWorkspace overview(context);
        overview.resize(900, 700);
        overview.show();
        overview.refresh();
        auto* submitted = overview.findChild<QLabel*>(QStringLiteral("submittedEnrollments"));
        QVERIFY(submitted->isVisible());
        QVERIFY(submitted->text().contains(QString::number(e.id)));
        QVERIFY(submitted->text().contains(DisplayNames::path(Path::ActionPack)));
        shot(&overview, QStringLiteral("overview-submitted"), language);

        // A new wizard shows the path as submitted, not eligible, and will not go on with it.
        EnrollmentWizard again(context, pid(), kToday);
        again.show();
        auto* preview = again.findChild<QTableWidget*>(QStringLiteral("preview"));
        QCOMPARE(preview->item(0, 2)->text(), StartPage::tr("Submitted on %1 (enrollment %2)")
                                                  .arg(form::longDate(e.submittedAt.toLocalTime().date()))
                                                  .arg(e.id));
        again.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
        QVERIFY(!again.button(QWizard::NextButton)->isEnabled());
        auto* why = again.findChild<QLabel*>(QStringLiteral("alreadySubmitted"));
        QVERIFY(why->isVisible());
        const DateRange period = DuplicateCheck::anniversaryPeriod(QDate(2021, 5, 1), kToday);
        QCOMPARE(why->text(), Messages::text(DuplicateCheck::enrollmentRefusal(e, period)));
        QVERIFY(why->text().contains(form::longDate(period.from)) ||
                why->text().contains(period.from.toString(Qt::ISODate)));
        shot(&again, QStringLiteral("enrollment-start-page"), language);
        // Silver is another path: Next goes on.
        again.findChild<QRadioButton*>(QStringLiteral("path_silver"))->click();
        QVERIFY(again.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!why->isVisible());
        // Whoever calls, the core refuses the Action Pack again.
        again.findChild<QRadioButton*>(QStringLiteral("path_actionPack"))->click();
        QVERIFY(!again.submit());
        QCOMPARE(again.draft().submitError()->code, QStringLiteral("ENROLLMENT_ALREADY_SUBMITTED"));
        QCOMPARE(enrollments().size(), 1);
    }

    void pagesPointToTheWorkspaceOfTheFix()
    {
        freshPartner(false); // no trainer: silver's MCT requirement is not met
        MainWindow window(*m_db, m_accounts.admin);
        window.show();
        EnrollmentWorkspace* enroll = nullptr;
        int people = -1, ledger = -1, enrollIndex = -1;
        for (int i = 0; i < window.workspaces().size(); ++i) {
            Workspace* w = window.workspaces()[i];
            if (auto* e = qobject_cast<EnrollmentWorkspace*>(w)) {
                enroll = e;
                enrollIndex = i;
            }
            if (qobject_cast<PeopleWorkspace*>(w))
                people = i;
            if (qobject_cast<LedgerWorkspace*>(w))
                ledger = i;
        }
        QVERIFY(enroll && people >= 0 && ledger >= 0);
        enroll->setToday(kToday);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));

        const auto walk = [&](const char* path, EnrollmentPageId to, bool* pointed) {
            window.showWorkspace(enrollIndex);
            connect(
                enroll, &EnrollmentWorkspace::wizardOpened, this,
                [=](EnrollmentWizard* w) {
                    QMetaObject::invokeMethod(
                        w,
                        [=] {
                            w->findChild<QRadioButton*>(QLatin1String(path))->click();
                            w->next();
                            auto* combo =
                                w->currentPage()->findChild<QComboBox*>(QStringLiteral("competency"));
                            combo->setCurrentIndex(combo->findText(kCompetency));
                            w->next();
                            pageCheck(*w, "commitment")->click();
                            while (w->currentId() != int(to) &&
                                   w->currentId() != int(EnrollmentPageId::Summary)) {
                                const int before = w->currentId();
                                w->next();
                                if (w->currentId() == before)
                                    break; // the page does not go on
                            }
                            auto* go = onPage<QPushButton>(*w, "fixGo");
                            *pointed = w->currentId() == int(to) && go && onPage<QLabel>(*w, "fixWhere");
                            if (*pointed)
                                shot(w, QStringLiteral("wizard-pointer-%1").arg(int(to)),
                                     QStringLiteral("en"));
                            if (go)
                                go->click();
                            else
                                w->reject();
                        },
                        Qt::QueuedConnection);
                },
                Qt::SingleShotConnection);
            enroll->findChild<QPushButton*>(QStringLiteral("newEnrollment"))->click();
        };

        bool pointed = false;
        walk("path_silver", EnrollmentPageId::Trainers, &pointed);
        QVERIFY(pointed);
        QCOMPARE(navigation->currentRow(), people);
        // The answers wait as a draft.
        QCOMPARE(enrollments().size(), 1);
        QVERIFY(enrollments().first().status == EnrollmentStatus::Draft);

        pointed = false;
        walk("path_gold", EnrollmentPageId::Exams, &pointed);
        QVERIFY(pointed);
        QCOMPARE(navigation->currentRow(), people);

        pointed = false;
        walk("path_gold", EnrollmentPageId::Kpi, &pointed);
        QVERIFY(pointed);
        QCOMPARE(navigation->currentRow(), ledger);
    }

    void metRequirementHasNoPointer()
    {
        freshPartner(true);
        AppContext context{*m_db, m_accounts.admin};
        EnrollmentWizard w(context, pid(), kToday);
        w.show();
        w.findChild<QRadioButton*>(QStringLiteral("path_silver"))->click();
        w.next();
        auto* combo = w.currentPage()->findChild<QComboBox*>(QStringLiteral("competency"));
        combo->setCurrentIndex(combo->findText(kCompetency));
        w.next();
        pageCheck(w, "commitment")->click();
        w.next();
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Trainers));
        QVERIFY(!onPage<QPushButton>(w, "fixGo")); // one active MCT: met
    }

    void listingAnswersRefusesTheSameAndWithdraws_data() { languages(); }
    void listingAnswersRefusesTheSameAndWithdraws()
    {
        QFETCH(QString, language);
        freshPartner();
        Translations::install(language);
        AppContext context{*m_db, m_accounts.admin};
        DirectoryWorkspace w(context);
        w.resize(1000, 760);
        w.show();
        w.refresh();
        QSignalSpy confirmed(&w, &Workspace::confirmed);
        QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("landingUrl")),
                         QStringLiteral("https://contoso.example/microsoft"));
        for (const char* name : {"aboutPartnerOnly", "noCompetitors", "ownedByPartner"})
            w.findChild<QCheckBox*>(QLatin1String(name))->setChecked(true);
        auto* send = w.findChild<QPushButton*>(QStringLiteral("submitListing"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        const QList<ListingRequest> stored = ListingService(*m_db).requests(m_accounts.admin, pid()).value();
        QCOMPARE(stored.size(), 1);
        const ListingRequest r = stored.first();
        auto* answer = w.findChild<QLabel*>(QStringLiteral("listingConfirmation"));
        QVERIFY(answer->isVisible());
        QVERIFY(answer->text().contains(QString::number(r.id)));
        QVERIFY(answer->text().contains(form::longDate(r.receivedOn)));
        QVERIFY(answer->text().contains(form::longDate(r.visibleOn)));
        QVERIFY(answer->text().startsWith(
            language == QLatin1String("it") ? QLatin1String("Richiesta") : QLatin1String("Listing request")));
        QCOMPARE(confirmed.count(), 1);
        // The same request cannot be sent again: the button is disabled and says why.
        QVERIFY(!send->isEnabled());
        auto* why = w.findChild<QLabel*>(QStringLiteral("listingDuplicate"));
        QVERIFY(why->isVisible());
        QCOMPARE(why->text(), Messages::text(DuplicateCheck::listingRefusal(r)));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("listingRequests"));
        QCOMPARE(table->rowCount(), 1);
        shot(&w, QStringLiteral("listing-sent"), language);

        // Withdrawn with a reason: Withdraw stays disabled until one is typed.
        auto* withdraw = w.findChild<QPushButton*>(QStringLiteral("withdrawListing"));
        QVERIFY(!withdraw->isEnabled());
        table->selectRow(0);
        QVERIFY(withdraw->isEnabled());
        bool waitedForReason = false;
        whenDialogShows<WithdrawDialog>([&](WithdrawDialog* d) {
            auto* ok = d->findChild<QPushButton*>(QStringLiteral("withdraw"));
            waitedForReason = !ok->isEnabled();
            QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("withdrawalReason")),
                             QStringLiteral("The page moves next month"));
            shot(d, QStringLiteral("listing-withdraw-dialog"), language);
            ok->click();
        });
        withdraw->click();
        QVERIFY(waitedForReason);
        const ListingRequest after = ListingService(*m_db).requests(m_accounts.admin, pid())->first();
        QVERIFY(after.status == ListingStatus::Withdrawn);
        QCOMPARE(after.withdrawalReason, QStringLiteral("The page moves next month"));
        QVERIFY(answer->text().contains(QString::number(r.id)));
        QVERIFY(answer->text().contains(form::longDate(after.withdrawnAt.toLocalTime().date())));
        QCOMPARE(confirmed.count(), 2);
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("The page moves next month")));
        QVERIFY(!withdraw->isEnabled());
        // Withdrawn, it may be asked for again.
        QVERIFY(send->isEnabled());
        QVERIFY(!why->isVisible());
        shot(&w, QStringLiteral("listing-withdrawn"), language);
    }

    void caseAnswersRefusesASecondAndWithdraws_data() { languages(); }
    void caseAnswersRefusesASecondAndWithdraws()
    {
        QFETCH(QString, language);
        freshPartner();
        Translations::install(language);
        AppContext context{*m_db, m_accounts.admin};
        CasesWorkspace cases(context);
        cases.setToday(kToday);
        cases.resize(1000, 700);
        cases.show();
        cases.refresh();
        QSignalSpy confirmed(&cases, &Workspace::confirmed);
        const Purchase record =
            PurchaseRepository(*m_db).findByInvoice(pid(), QStringLiteral("INV-2"))->first();

        // Filed with a description.
        connect(
            &cases, &CasesWorkspace::dialogOpened, this,
            [&](CaseDialog* d) {
                QMetaObject::invokeMethod(
                    d,
                    [&, d] {
                        auto* kpi = d->findChild<QLineEdit*>(QStringLiteral("kpiValue"));
                        kpi->clear();
                        QTest::keyClicks(kpi, QStringLiteral("5"));
                        QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("description")),
                                         QStringLiteral("The invoice counts five."));
                        QVERIFY(d->attachEvidence(m_invoiceImage));
                        d->findChild<QPushButton*>(QStringLiteral("fileCase"))->click();
                        if (d->isVisible())
                            d->reject();
                    },
                    Qt::QueuedConnection);
            },
            Qt::SingleShotConnection);
        cases.fileCase(&record);
        const QList<DiscrepancyCase> filed =
            CaseService(*m_db).casesForPartner(m_accounts.admin, pid()).value();
        QCOMPARE(filed.size(), 1);
        const DiscrepancyCase c = filed.first();
        QCOMPARE(c.description, QStringLiteral("The invoice counts five."));
        auto* answer = cases.findChild<QLabel*>(QStringLiteral("caseConfirmation"));
        QVERIFY(answer->isVisible());
        QCOMPARE(answer->text(), CasesWorkspace::tr("Case %1 about invoice %2 filed on %3; Partner Frontline "
                                                    "Support reviews it.")
                                     .arg(c.id)
                                     .arg(c.invoiceNumber, form::longDate(c.filedAt.toLocalTime().date())));
        QCOMPARE(confirmed.count(), 1);
        auto* table = cases.findChild<QTableWidget*>(QStringLiteral("cases"));
        QCOMPARE(table->rowCount(), 1);
        shot(&cases, QStringLiteral("case-filed"), language);

        // A second case of the same invoice: File case is disabled and the form says why.
        bool disabled = false;
        QString why;
        connect(
            &cases, &CasesWorkspace::dialogOpened, this,
            [&](CaseDialog* d) {
                QMetaObject::invokeMethod(
                    d,
                    [&, d] {
                        auto* file = d->findChild<QPushButton*>(QStringLiteral("fileCase"));
                        disabled = !file->isEnabled();
                        why = d->findChild<QLabel*>(QStringLiteral("problem_invoiceNumber"))->text();
                        shot(d, QStringLiteral("case-second-refused"), language);
                        d->reject();
                    },
                    Qt::QueuedConnection);
            },
            Qt::SingleShotConnection);
        cases.fileCase(&record);
        QVERIFY(disabled);
        QCOMPARE(why, Messages::text({QStringLiteral("CASE_ALREADY_OPEN"),
                                      QStringLiteral("case.invoiceNumber"),
                                      {QString::number(c.id), c.invoiceNumber}}));

        // Withdrawn with a reason.
        table->selectRow(0);
        auto* withdraw = cases.findChild<QPushButton*>(QStringLiteral("withdrawCase"));
        QVERIFY(withdraw->isEnabled());
        whenDialogShows<WithdrawDialog>([](WithdrawDialog* d) {
            QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("withdrawalReason")),
                             QStringLiteral("Wrong invoice"));
            d->findChild<QPushButton*>(QStringLiteral("withdraw"))->click();
        });
        withdraw->click();
        const DiscrepancyCase gone = CaseService(*m_db).casesForPartner(m_accounts.admin, pid())->first();
        QVERIFY(gone.status == CaseStatus::Withdrawn);
        QVERIFY(answer->text().contains(QString::number(c.id)));
        QVERIFY(answer->text().contains(form::longDate(gone.resolvedAt.toLocalTime().date())));
        QCOMPARE(confirmed.count(), 2);
        QCOMPARE(table->item(0, 4)->text(), CaseTexts::status(CaseStatus::Withdrawn));
        QVERIFY(!withdraw->isEnabled());
        shot(&cases, QStringLiteral("case-withdrawn"), language);

        // Support: not in the queue; in the history, withdrawn, with the reason and the description.
        AppContext support{*m_db, m_accounts.support};
        CaseQueueWorkspace queue(support);
        queue.setToday(kToday);
        queue.show();
        queue.refresh();
        QCOMPARE(queue.findChild<QTableWidget*>(QStringLiteral("queue"))->rowCount(), 0);
        CaseHistoryWorkspace history(support);
        history.setToday(kToday);
        history.resize(1000, 700);
        history.show();
        history.refresh();
        auto* rows = history.findChild<QTableWidget*>(QStringLiteral("cases"));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(rows->item(0, 5)->text() == CaseTexts::status(CaseStatus::Withdrawn));
        rows->selectRow(0);
        const QString text = history.findChild<QPlainTextEdit*>(QStringLiteral("caseText"))->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Wrong invoice")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The invoice counts five.")), qPrintable(text));
        shot(&history, QStringLiteral("case-history-withdrawn"), language);
    }

    void resolveAnswers_data() { languages(); }
    void resolveAnswers()
    {
        QFETCH(QString, language);
        freshPartner();
        const DiscrepancyCase c = fileByService(QStringLiteral("INV-2"));
        QVERIFY(c.id > 0);
        Translations::install(language);
        AppContext support{*m_db, m_accounts.support};
        CaseQueueWorkspace queue(support);
        queue.setToday(kToday);
        queue.resize(1100, 760);
        queue.show();
        queue.refresh();
        QSignalSpy confirmed(&queue, &Workspace::confirmed);
        queue.findChild<QPlainTextEdit*>(QStringLiteral("resolutionNote"))
            ->setPlainText(QStringLiteral("No."));
        queue.findChild<QRadioButton*>(QStringLiteral("rejected"))->click();
        whenDialogShows<ResolutionPreviewDialog>([](ResolutionPreviewDialog* d) {
            d->findChild<QPushButton*>(QStringLiteral("confirmResolve"))->click();
        });
        queue.findChild<QPushButton*>(QStringLiteral("resolve"))->click();
        const DiscrepancyCase done = CaseService(*m_db).casesForPartner(m_accounts.support, pid())->first();
        QVERIFY(done.status == CaseStatus::Rejected);
        auto* answer = queue.findChild<QLabel*>(QStringLiteral("resolved"));
        QCOMPARE(answer->text(),
                 CaseQueueWorkspace::tr("Case %1 rejected on %2; the partner reads your note.")
                     .arg(done.id)
                     .arg(form::longDate(done.resolvedAt.toLocalTime().date())));
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(queue.findChild<QTableWidget*>(QStringLiteral("queue"))->rowCount(), 0);
        shot(&queue, QStringLiteral("case-resolved"), language);
    }

    void importAnswers_data() { languages(); }
    void importAnswers()
    {
        QFETCH(QString, language);
        freshPartner();
        Translations::install(language);
        const QString csv = m_dir.filePath(QStringLiteral("invoices-%1.csv").arg(language));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("invoice;line;documentType;invoiceDate;omlpType;units;kpiValue;revenue;competency\n"
                    "NEW-1;1;invoice;2026-06-10;MOC On-Demand;1;1;100,00;Data Analytics\n"
                    "INV-1;1;invoice;2026-03-10;MOC On-Demand;2;2;200,00;Data Analytics\n");
        }
        AppContext context{*m_db, m_accounts.admin};
        LedgerWorkspace ledger(context);
        ledger.show();
        ledger.refresh();
        QSignalSpy confirmed(&ledger, &Workspace::confirmed);
        QString status;
        whenDialogShows<InvoiceImportDialog>([&](InvoiceImportDialog* d) {
            connect(d, &InvoiceImportDialog::importFinished, d, [&, d] {
                status = d->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
                shot(d, QStringLiteral("import-done"), language);
                QTimer::singleShot(0, d, [d] { d->reject(); });
            });
            d->start(csv);
        });
        ledger.findChild<QPushButton*>(QStringLiteral("importInvoices"))->click();
        QCOMPARE(confirmed.count(), 1);
        const QString today = form::longDate(QDate::currentDate());
        QVERIFY2(status.contains(today), qPrintable(status));
        QVERIFY2(confirmed.first().first().toString().contains(today), qPrintable(status));
        QVERIFY(confirmed.first().first().toString().contains(QLatin1String("1")));
    }
};

QTEST_MAIN(TestCertainty)
#include "tst_certainty.moc"
