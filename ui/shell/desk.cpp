// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "desk.h"

#include "changepassworddialog.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "services/accountservice.h"
#include "settings/preferencesdialog.h"
#include "signindialog.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace lp {

Desk::Desk(std::unique_ptr<Database> db, QObject* parent) : QObject(parent), m_db(std::move(db)) {}

Desk::~Desk()
{
    delete m_window; // before the database it uses
}

QString Desk::defaultLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("learnpartner.sqlite"));
}

QString Desk::demoLocation()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

Result<AutomaticBackups::Outcome> Desk::backUpAutomatically(AutomaticBackups::When when) const
{
    return AutomaticBackups(PreferencesDialog::automaticBackupFolder(),
                            PreferencesDialog::automaticBackupsKept())
        .run(m_db->location().text(), when);
}

bool Desk::start()
{
    AccountService accounts(*m_db);
    Session session;
    auto firstRun = accounts.needsFirstRun();
    if (firstRun && firstRun.value()) {
        FirstRunDialog dialog(accounts);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        session = dialog.session();
    } else {
        for (;;) {
            SignInDialog dialog(accounts, m_db->location().display());
            if (dialog.exec() != QDialog::Accepted)
                return false;
            session = dialog.session();
            if (!session.user.mustChangePassword)
                break;
            // A one-time password opens nothing but the change of password; declining signs out.
            ChangePasswordDialog change(accounts, session, true);
            if (change.exec() == QDialog::Accepted)
                break;
        }
    }
    m_signedIn = true;
    m_window = new MainWindow(*m_db, session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &Desk::signOut, Qt::QueuedConnection);
    m_window->show();
    return true;
}

void Desk::signOut()
{
    // Keep the application alive while no window is open.
    const bool quitOnLast = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    if (m_window)
        m_window->close();
    const bool again = start();
    QApplication::setQuitOnLastWindowClosed(quitOnLast);
    if (!again)
        QApplication::quit();
}

} // namespace lp
