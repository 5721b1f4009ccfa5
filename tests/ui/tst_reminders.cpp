// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Reminders and the getting-started checklist in the main window (docs/architecture.md#reminders-and-getting-
// started): a due reminder is announced once (at sign-in, not again at the next check nor at the next
// sign-in), counted on the bell until the list is opened, and opens the place to act on it; an answered case
// opens in Discrepancy cases, a new one in support's Case queue; the checklist shows on the Overview, its
// buttons open their workspaces, and it goes when its steps are done or when it is dismissed.
#include "cases/casequeueworkspace.h"
#include "cases/casesworkspace.h"
#include "enroll/enrollmentworkspace.h"
#include "i18n/translations.h"
#include "kpi/dashboardworkspace.h"
#include "kpi/ledgerworkspace.h"
#include "overview/gettingstartedpanel.h"
#include "overview/overviewworkspace.h"
#include "people/peopleworkspace.h"
#include "services/accountservice.h"
#include "services/caseservice.h"
#include "shell/mainwindow.h"
#include "shell/notificationbell.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exampassrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

namespace {

const QDate kDay(2021, 4, 16); // 15 days before the anniversary of 1 May
const QString kPassword = QStringLiteral("a long passphrase");

template <typename W> W* workspace(MainWindow& window)
{
    for (Workspace* w : window.workspaces())
        if (auto* found = qobject_cast<W*>(w))
            return found;
    return nullptr;
}

QListWidgetItem* itemContaining(QListWidget* list, const QString& text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(text))
            return list->item(i);
    return nullptr;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;
    int m_files = 0;

    // A database of its own for each test: a partner (anniversary 1 May) with its admin, and support.
    void freshDatabase()
    {
        m_db.reset();
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files)))).value();
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        m_admin = accounts
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2020, 5, 1)},
                                        QStringLiteral("giulia"), kPassword)
                      .value();
        m_support = Session{accounts
                                .addUser(Actor::commandLine(),
                                         {QStringLiteral("support"), Role::FrontlineSupport, 0, kPassword})
                                .value()};
    }

    qint64 fileCase()
    {
        DiscrepancyCaseInput c;
        c.month = 1;
        c.year = 2021;
        c.omlpType = QStringLiteral("courseware");
        c.purchaseUnit = 3;
        c.invoiceNumber = QStringLiteral("INV-7");
        c.kpiValue = 3;
        c.revenueCents = 129000;
        c.evidence = DocumentType::Invoice;
        const Evidence pdf{QStringLiteral("INV-7.pdf"), QStringLiteral("application/pdf"),
                           QByteArrayLiteral("%PDF-1.7\n an invoice\n%%EOF\n"), DocumentType::Invoice};
        auto r = CaseService(*m_db).file(m_admin, m_admin.partnerId(), c, pdf, QDate(2021, 4, 2));
        return r && r->filed ? r->filed->id : 0;
    }

    static void showOn(MainWindow& window, const QDate& day)
    {
        window.notificationBell()->setToday(day);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void dueReminderAnnouncedOnceCountedAndOpened()
    {
        freshDatabase();
        QVERIFY(
            TrainerRepository(*m_db)
                .insert(m_admin.partnerId(), {0, QStringLiteral("Paolo Conti"), QStringLiteral("MCT-1002"),
                                              QDate(2019, 1, 1), QDate(2021, 6, 10)})
                .ok());
        {
            MainWindow window(*m_db, m_admin);
            NotificationBell* bell = window.notificationBell();
            QSignalSpy announced(bell, &NotificationBell::announced);
            showOn(window, kDay);
            // At sign-in: the renewal reminder and the MCT ending within 60 days, announced and counted.
            QCOMPARE(announced.count(), 1);
            QCOMPARE(announced.first().first().value<QList<Notice>>().size(), 2);
            QCOMPARE(bell->newCount(), 2);
            QCOMPARE(bell->text(), QStringLiteral("2 new reminders"));
            QVERIFY(bell->isVisible());
            // The next check announces nothing again; the count stays until the list is opened.
            bell->check();
            QCOMPARE(announced.count(), 1);
            QCOMPARE(bell->newCount(), 2);
        }
        {
            // Signed in again: still nothing to announce, still two new in the bell.
            MainWindow window(*m_db, m_admin);
            NotificationBell* bell = window.notificationBell();
            QSignalSpy announced(bell, &NotificationBell::announced);
            showOn(window, kDay);
            QCOMPARE(announced.count(), 0);
            QCOMPARE(bell->newCount(), 2);

            QTest::mouseClick(bell, Qt::LeftButton);
            QListWidget* list = bell->list()->list();
            QVERIFY(bell->list()->isVisible());
            QCOMPARE(list->count(), 2);
            QListWidgetItem* mct = itemContaining(list, QStringLiteral("MCT-1002"));
            QVERIFY(mct);
            QVERIFY(mct->text().startsWith(QLatin1String("New: ")));
            QVERIFY(mct->font().bold());
            QVERIFY(
                itemContaining(list, QStringLiteral("Renewal reminder: the anniversary is on 1 May 2021")));
            // Opened: read, no longer counted.
            QCOMPARE(bell->newCount(), 0);
            QCOMPARE(bell->text(), QStringLiteral("Reminders"));

            // The MCT's reminder opens People; the renewal opens Enrollment.
            list->setCurrentItem(mct);
            QTest::keyClick(list, Qt::Key_Return);
            QVERIFY(!bell->list()->isVisible());
            QVERIFY(workspace<PeopleWorkspace>(window)->isVisible());
            QTest::mouseClick(bell, Qt::LeftButton);
            QVERIFY(!itemContaining(list, QStringLiteral("New: ")));
            emit list->itemActivated(itemContaining(list, QStringLiteral("Renewal reminder")));
            QVERIFY(workspace<EnrollmentWorkspace>(window)->isVisible());

            bell->check();
            QCOMPARE(announced.count(), 0);
            QCOMPARE(bell->newCount(), 0);
        }
    }

    void answeredCaseOpensInDiscrepancyCasesNewCaseInTheQueue()
    {
        freshDatabase();
        const qint64 id = fileCase();
        QVERIFY(id > 0);
        {
            MainWindow window(*m_db, m_support);
            NotificationBell* bell = window.notificationBell();
            showOn(window, kDay);
            QCOMPARE(bell->newCount(), 1);
            QTest::mouseClick(bell, Qt::LeftButton);
            QListWidget* list = bell->list()->list();
            QListWidgetItem* item = itemContaining(list, QStringLiteral("New case %1 from Contoso").arg(id));
            QVERIFY(item);
            emit list->itemActivated(item);
            auto* queue = workspace<CaseQueueWorkspace>(window);
            QVERIFY(queue->isVisible());
            QVERIFY(queue->current().has_value());
            QCOMPARE(queue->current()->discrepancyCase.id, id);
        }
        QVERIFY(CaseService(*m_db)
                    .resolve(m_support, id, CaseService::Resolution::Rejected, QStringLiteral("As reported."))
                    .ok());
        MainWindow window(*m_db, m_admin);
        NotificationBell* bell = window.notificationBell();
        QSignalSpy announced(bell, &NotificationBell::announced);
        showOn(window, kDay);
        QCOMPARE(announced.count(), 1);
        QTest::mouseClick(bell, Qt::LeftButton);
        QListWidget* list = bell->list()->list();
        QListWidgetItem* item = itemContaining(
            list, QStringLiteral("Partner Frontline Support has answered case %1 (invoice INV-7)").arg(id));
        QVERIFY(item);
        emit list->itemActivated(item);
        auto* cases = workspace<CasesWorkspace>(window);
        QVERIFY(cases->isVisible());
        QVERIFY(cases->selectedText().contains(QLatin1String("INV-7")));
    }

    void checklistOpensItsWorkspacesAndGoesWhenDone()
    {
        freshDatabase();
        MainWindow window(*m_db, m_admin);
        showOn(window, kDay);
        auto* overview = workspace<OverviewWorkspace>(window);
        QVERIFY(overview->isVisible()); // the first page after sign-in, and after the first-run setup
        auto* panel = overview->findChild<GettingStartedPanel*>();
        QVERIFY(panel && panel->isVisible());
        auto* progress = panel->findChild<QLabel*>(QStringLiteral("checklistProgress"));
        QVERIFY(progress->text().startsWith(QLatin1String("0 of 4 steps done")));

        QTest::mouseClick(panel->button(ChecklistStep::AddPeople), Qt::LeftButton);
        QVERIFY(workspace<PeopleWorkspace>(window)->isVisible());
        window.showWorkspaceOf(WorkspaceKind::Overview);
        QTest::mouseClick(panel->button(ChecklistStep::ImportInvoices), Qt::LeftButton);
        QVERIFY(workspace<LedgerWorkspace>(window)->isVisible());
        window.showWorkspaceOf(WorkspaceKind::Overview);
        QTest::mouseClick(panel->button(ChecklistStep::StartEnrollment), Qt::LeftButton);
        QVERIFY(workspace<EnrollmentWorkspace>(window)->isVisible());
        window.showWorkspaceOf(WorkspaceKind::Overview);
        QVERIFY(panel->isVisible());
        // Looking at the dashboard is the step itself.
        QTest::mouseClick(panel->button(ChecklistStep::CheckDashboard), Qt::LeftButton);
        QVERIFY(workspace<DashboardWorkspace>(window)->isVisible());
        window.showWorkspaceOf(WorkspaceKind::Overview);
        QVERIFY(progress->text().startsWith(QLatin1String("1 of 4 steps done")));

        // The other steps, done in the data: the checklist goes.
        const qint64 pid = m_admin.partnerId();
        QVERIFY(TrainerRepository(*m_db)
                    .insert(pid, {0, QStringLiteral("Giulia Rossi"), QStringLiteral("MCT-1001"),
                                  QDate(2019, 1, 1), QDate(2023, 1, 1)})
                    .ok());
        QVERIFY(ExamPassRepository(*m_db)
                    .insert(pid, {0, QStringLiteral("Marco Bianchi"), QStringLiteral("PL-300"),
                                  QDate(2021, 1, 10), QStringLiteral("Data Analytics")})
                    .ok());
        Purchase p;
        p.invoice = QStringLiteral("INV-1");
        p.invoiceDate = QDate(2021, 1, 12);
        p.omlpType = QStringLiteral("courseware");
        p.kpiValue = 3;
        QVERIFY(PurchaseRepository(*m_db).insert(pid, p).ok());
        overview->refresh();
        QVERIFY(progress->text().startsWith(QLatin1String("3 of 4 steps done")));
        QVERIFY(panel->isVisible());
        Enrollment draft;
        draft.partnerId = pid;
        draft.answers = QByteArrayLiteral("{}");
        draft.createdAt = draft.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(EnrollmentRepository(*m_db).insert(draft).ok());
        overview->refresh();
        QVERIFY(!panel->isVisible());
    }

    void dismissedChecklistStaysAway()
    {
        freshDatabase();
        {
            MainWindow window(*m_db, m_admin);
            showOn(window, kDay);
            auto* panel = workspace<OverviewWorkspace>(window)->findChild<GettingStartedPanel*>();
            QVERIFY(panel->isVisible());
            QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("dismissChecklist")),
                              Qt::LeftButton);
            QVERIFY(!panel->isVisible());
        }
        MainWindow window(*m_db, m_admin);
        showOn(window, kDay);
        QVERIFY(!workspace<OverviewWorkspace>(window)->findChild<GettingStartedPanel*>()->isVisible());
        // Support has no checklist.
        MainWindow support(*m_db, m_support);
        showOn(support, kDay);
        for (auto* panel : support.findChildren<GettingStartedPanel*>())
            QVERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestReminders)
#include "tst_reminders.moc"
