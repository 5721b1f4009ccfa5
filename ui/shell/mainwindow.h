// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "security/session.h"
#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace lp {

class AccountService;
class BackupActions;
class Database;
class IdleLock;
class LockScreen;
class NotificationBell;

// The shell: navigation to the workspaces the signed-in role may use, a language menu that
// retranslates everything at run time, and a status bar naming user, role and database.
// After the idle time of the preferences it covers its content with a lock screen that asks
// for the password again; the workspaces stay as they are underneath. While a write waits for
// another program holding the database, the status bar says so.
class MainWindow : public Retranslating<QMainWindow>
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Workspace*> workspaces() const { return m_workspaces; }
    void showWorkspace(int index);
    // Shows the workspace of that kind, when the role has it.
    void showWorkspaceOf(WorkspaceKind kind);
    // The same, with that case selected in it (Discrepancy cases, Case queue) when `caseId` is set.
    void showCase(WorkspaceKind kind, qint64 caseId);
    NotificationBell* notificationBell() const { return m_bell; }

    // Covers the content and asks for the password (the idle lock does it by itself).
    void lock();
    bool isLocked() const;
    IdleLock* idleLock() const { return m_idleLock; }
    void changePassword();
    void editPreferences();
    BackupActions* backups() const { return m_backups; }

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addWorkspace(Workspace* workspace);
    void buildMenus();
    void retranslateUi() override;
    void unlock();
    void applyIdleTimeout();

    Session m_session;
    QStackedWidget* m_central = nullptr;
    QWidget* m_content = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleLock* m_idleLock = nullptr;
    QList<QAction*> m_workspaceShortcuts;
    QAction* m_changePassword = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    BackupActions* m_backups = nullptr;
    NotificationBell* m_bell = nullptr;
    AppContext m_context;
    std::unique_ptr<AccountService> m_accounts;
    QList<Workspace*> m_workspaces;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusDatabase = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_quit = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace lp
