// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/automaticbackups.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace lp {

// The GUI's life: first-run set-up or sign-in, then the main window; signing out goes back
// to the sign-in. Owns the database connection for the whole session.
class Desk : public QObject
{
    Q_OBJECT

public:
    explicit Desk(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~Desk() override;

    // Shows the first dialog; false when the user quit before signing in.
    bool start();
    MainWindow* mainWindow() const { return m_window; }
    Database& database() { return *m_db; }

    // Where the GUI keeps its database when none is named: the user's data directory.
    static QString defaultLocation();
    static QString demoLocation();

    // The automatic backup of the preferences (docs/architecture.md#backups) at start-up (the
    // first of the day) or at exit; nothing for PostgreSQL or when turned off.
    Result<AutomaticBackups::Outcome> backUpAutomatically(AutomaticBackups::When when) const;
    bool signedIn() const { return m_signedIn; }

private:
    void signOut();

    std::unique_ptr<Database> m_db;
    QPointer<MainWindow> m_window;
    bool m_signedIn = false;
};

} // namespace lp
