#pragma once

#include "security/session.h"
#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace lp {

class Database;

// The shell: navigation to the workspaces the signed-in role may use, a language menu that
// retranslates everything at run time, and a status bar naming user, role and database.
class MainWindow : public Retranslating<QMainWindow>
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Workspace*> workspaces() const { return m_workspaces; }
    void showWorkspace(int index);

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addWorkspace(Workspace* workspace);
    void buildMenus();
    void retranslateUi() override;
    void about();

    Session m_session;
    AppContext m_context;
    QList<Workspace*> m_workspaces;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusDatabase = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace lp
