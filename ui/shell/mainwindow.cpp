// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "mainwindow.h"

#include "audit/auditworkspace.h"
#include "backup/backupactions.h"
#include "cases/casehistoryworkspace.h"
#include "cases/casequeueworkspace.h"
#include "cases/casesworkspace.h"
#include "changepassworddialog.h"
#include "directory/directoryworkspace.h"
#include "directory/listingbatchesworkspace.h"
#include "displaynames.h"
#include "enroll/enrollmentworkspace.h"
#include "help/helpmenu.h"
#include "i18n/translations.h"
#include "idlelock.h"
#include "kpi/dashboardworkspace.h"
#include "kpi/ledgerworkspace.h"
#include "language.h"
#include "lockscreen.h"
#include "notificationbell.h"
#include "overview/overviewworkspace.h"
#include "overview/partnersworkspace.h"
#include "people/peopleworkspace.h"
#include "rules/rulesetbanner.h"
#include "rules/rulesworkspace.h"
#include "security/authorizer.h"
#include "services/accountservice.h"
#include "settings/preferencesdialog.h"
#include "storage/database.h"
#include "users/usersworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

namespace lp {
namespace {

// Database::WaitObserver for the window's connection and the workers' (openAnother()): called on
// the thread that waits. On the GUI thread the event loop is blocked, so the bar is painted at once.
void sayWaiting(const QPointer<QStatusBar>& bar, qint64 waitedMs)
{
    if (!bar)
        return;
    auto say = [bar, waitedMs] {
        if (!bar)
            return;
        bar->showMessage(
            MainWindow::tr("Waiting for another program to finish writing to the database... (%1 s)")
                .arg(waitedMs / 1000),
            3000);
        bar->repaint();
    };
    if (QThread::currentThread() == bar->thread())
        say();
    else
        QMetaObject::invokeMethod(bar, say, Qt::QueuedConnection);
}

} // namespace

MainWindow::MainWindow(Database& db, const Session& session, QWidget* parent)
    : Retranslating<QMainWindow>(parent), m_session(session), m_context{db, m_session},
      m_accounts(std::make_unique<AccountService>(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(260);
    m_navigation->setMinimumWidth(180);
    m_stack = new QStackedWidget(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_content = splitter;
    // The lock screen covers the content without closing anything: a page of its own.
    m_lockScreen = new LockScreen(*m_accounts, m_session, this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_content);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);

    // Only what the role may use appears at all; the services check again whatever the UI shows.
    const bool support = isSupportRole(session.role());
    auto* overview = new OverviewWorkspace(m_context, this);
    auto* dashboard = new DashboardWorkspace(m_context, this);
    auto* ledger = new LedgerWorkspace(m_context, this);
    if (support) {
        auto* partners = new PartnersWorkspace(m_context, this);
        addWorkspace(partners);
        connect(partners, &PartnersWorkspace::partnerOpened, this,
                [this, overview, dashboard, ledger](qint64 id) {
                    overview->setPartner(id);
                    dashboard->setPartner(id);
                    ledger->setPartner(id);
                    showWorkspace(int(m_workspaces.indexOf(overview)));
                });
    }
    addWorkspace(overview);
    if (!support)
        addWorkspace(new EnrollmentWorkspace(m_context, this));
    // Support reads the dashboard and the ledger of the partner opened in Partners.
    addWorkspace(dashboard);
    addWorkspace(ledger);
    if (!support) {
        auto* cases = new CasesWorkspace(m_context, this);
        addWorkspace(cases);
        // A KPI record of the ledger opens the case form filled from it, on the cases page.
        connect(ledger, &LedgerWorkspace::fileCaseRequested, this, [this, cases](const Purchase& record) {
            showWorkspace(int(m_workspaces.indexOf(cases)));
            cases->fileCase(&record);
        });
        addWorkspace(new PeopleWorkspace(m_context, this));
        addWorkspace(new DirectoryWorkspace(m_context, this));
    }
    if (Authorizer::allows(session.role(), Permission::ResolveCase)) {
        addWorkspace(new CaseQueueWorkspace(m_context, this));
        // Partners read their own cases' history in Discrepancy cases.
        addWorkspace(new CaseHistoryWorkspace(m_context, this));
    }
    if (Authorizer::allows(session.role(), Permission::ProcessListingBatch))
        addWorkspace(new ListingBatchesWorkspace(m_context, this));
    if (Authorizer::allows(session.role(), Permission::ViewAudit))
        addWorkspace(new AuditWorkspace(m_context, this));
    if (Authorizer::allows(session.role(), Permission::ManageUsers))
        addWorkspace(new UsersWorkspace(m_context, this));
    // Everyone reads the rule sets (docs/rules-admin.md); a banner's button brings them here.
    auto* rules = new RulesWorkspace(m_context, this);
    addWorkspace(rules);
    connect(RulesNavigator::instance(), &RulesNavigator::rulesRequested, this,
            [this, rules] { showWorkspace(int(m_workspaces.indexOf(rules))); });

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusDatabase);
    const QPointer<QStatusBar> bar(statusBar());
    db.setWaitObserver([bar](qint64 waitedMs, qint64) { sayWaiting(bar, waitedMs); });

    // Reminders (docs/architecture.md#reminders-and-getting-started): the bell checks at sign-in, every few
    // minutes and after every write a workspace confirms.
    m_bell = new NotificationBell(m_context, this);
    statusBar()->addPermanentWidget(m_bell);
    connect(m_bell, &NotificationBell::openRequested, this, &MainWindow::showCase);
    for (Workspace* w : std::as_const(m_workspaces))
        connect(w, &Workspace::confirmed, m_bell, &NotificationBell::check);

    m_backups = new BackupActions(db, m_session, this);
    connect(m_backups, &BackupActions::restored, this, &MainWindow::signOutRequested, Qt::QueuedConnection);

    buildMenus();
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/mainWindowGeometry")).toByteArray()))
        resize(1100, 720);
    m_navigation->setCurrentRow(0);

    m_idleLock = new IdleLock(this);
    connect(m_idleLock, &IdleLock::idle, this, &MainWindow::lock);
    applyIdleTimeout();
}

void MainWindow::applyIdleTimeout()
{
    m_idleLock->setTimeout(PreferencesDialog::idleLockMinutes() * 60 * 1000);
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idleLock->setPaused(true);
    m_central->setCurrentWidget(m_lockScreen);
    menuBar()->setEnabled(false);
    m_bell->setEnabled(false);
    for (QAction* a : m_workspaceShortcuts)
        a->setEnabled(false);
    m_lockScreen->prepare();
}

void MainWindow::unlock()
{
    m_central->setCurrentWidget(m_content);
    menuBar()->setEnabled(true);
    m_bell->setEnabled(true);
    m_bell->check();
    for (QAction* a : m_workspaceShortcuts)
        a->setEnabled(true);
    m_idleLock->setPaused(false);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(*m_accounts, m_session, false, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyIdleTimeout();
}

MainWindow::~MainWindow()
{
    m_context.db.setWaitObserver({}); // the connection outlives the window
}

void MainWindow::addWorkspace(Workspace* workspace)
{
    m_workspaces.append(workspace);
    m_stack->addWidget(workspace);
    m_navigation->addItem(workspace->title());
    connect(workspace, &Workspace::confirmed, this,
            [this](const QString& text) { statusBar()->showMessage(text, 30000); });
    connect(workspace, &Workspace::workspaceRequested, this, &MainWindow::showWorkspaceOf);
}

void MainWindow::showWorkspace(int index)
{
    if (index < 0 || index >= m_workspaces.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // comes back here through currentRowChanged
    m_stack->setCurrentIndex(index);
    m_workspaces[index]->refresh();
}

void MainWindow::showWorkspaceOf(WorkspaceKind kind)
{
    showCase(kind, 0);
}

void MainWindow::showCase(WorkspaceKind kind, qint64 caseId)
{
    auto is = [kind](Workspace* w) {
        switch (kind) {
        case WorkspaceKind::People:
            return qobject_cast<PeopleWorkspace*>(w) != nullptr;
        case WorkspaceKind::KpiLedger:
            return qobject_cast<LedgerWorkspace*>(w) != nullptr;
        case WorkspaceKind::Overview:
            return qobject_cast<OverviewWorkspace*>(w) != nullptr;
        case WorkspaceKind::Enrollment:
            return qobject_cast<EnrollmentWorkspace*>(w) != nullptr;
        case WorkspaceKind::KpiDashboard:
            return qobject_cast<DashboardWorkspace*>(w) != nullptr;
        case WorkspaceKind::Cases:
            return qobject_cast<CasesWorkspace*>(w) != nullptr;
        case WorkspaceKind::CaseQueue:
            return qobject_cast<CaseQueueWorkspace*>(w) != nullptr;
        }
        return false;
    };
    for (int i = 0; i < m_workspaces.size(); ++i) {
        Workspace* w = m_workspaces[i];
        if (!is(w))
            continue;
        showWorkspace(i);
        if (caseId <= 0)
            return;
        if (auto* cases = qobject_cast<CasesWorkspace*>(w))
            cases->showCase(caseId);
        else if (auto* queue = qobject_cast<CaseQueueWorkspace*>(w))
            queue->showCase(caseId);
        return;
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_changePassword = m_fileMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_changePassword->setObjectName(QStringLiteral("changeMyPassword"));
    m_changePassword->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_preferences = m_fileMenu->addAction(QString(), this, &MainWindow::editPreferences);
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_fileMenu->addSeparator();
    // docs/accounts.md#backups: shown to the roles that may; the service checks again.
    m_backUp = m_fileMenu->addAction(QString(), m_backups, &BackupActions::backUpNow);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_backUp->setVisible(Authorizer::allows(m_session.role(), Permission::BackUpDatabase));
    m_restore = m_fileMenu->addAction(QString(), m_backups, &BackupActions::restoreFromBackup);
    m_restore->setObjectName(QStringLiteral("restoreFromBackup"));
    m_restore->setVisible(Authorizer::allows(m_session.role(), Permission::RestoreDatabase));
    m_fileMenu->addSeparator();
    m_signOut = m_fileMenu->addAction(QString(), this, &MainWindow::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const QString& code : Translations::available()) {
        QAction* a = m_languageMenu->addAction(Language::nativeName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == Translations::current());
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [](QAction* a) { Language::apply(a->data().toString()); });

    // docs/guide: the user guide at the workspace shown (F1), shortcuts, About.
    menuBar()->addMenu(new HelpMenu(
        m_context, [this] { return m_stack->currentWidget(); }, this));

    // Ctrl+1, Ctrl+2 ... reach the workspaces from the keyboard, the focus on the workspace's
    // main control (Workspace::setMainControl), where a keyboard user starts.
    for (int i = 0; i < m_workspaces.size() && i < 9; ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            showWorkspace(i);
            m_workspaces[i]->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(go);
        m_workspaceShortcuts.append(go);
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Learning Partner Desk"));
    for (int i = 0; i < m_workspaces.size(); ++i)
        m_navigation->item(i)->setText(m_workspaces[i]->title());
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_fileMenu->setTitle(tr("&File"));
    m_changePassword->setText(tr("&Change my password..."));
    m_preferences->setText(tr("&Preferences..."));
    m_backUp->setText(tr("&Back Up Now..."));
    m_restore->setText(tr("&Restore from Backup..."));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction* a : m_languages->actions())
        a->setChecked(a->data().toString() == Translations::current());
    for (int i = 0; i < m_workspaceShortcuts.size(); ++i)
        m_workspaceShortcuts[i]->setText(tr("Show %1").arg(m_workspaces[i]->title()));
    m_statusUser->setText(
        tr("Signed in as %1 (%2)").arg(m_session.userName(), DisplayNames::role(m_session.role())));
    m_statusDatabase->setText(tr("Database: %1").arg(m_context.db.location().display()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("ui/mainWindowGeometry"), saveGeometry());
    event->accept();
}

} // namespace lp
