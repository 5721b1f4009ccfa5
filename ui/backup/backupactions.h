// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "security/session.h"
#include "services/backupservice.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace lp {

class Database;

// File > Back Up Now... and File > Restore from Backup... for the signed-in user. BackupService
// does the work on a thread of its own (it opens its own connections) while a progress dialog
// says what goes on, waits for a busy database included; the service checks the role.
//  - back up: choose a file, write it, say where and what it holds;
//  - restore: choose a backup, verify it, show what it holds (BackupContentsDialog), ask, replace
//    the database's content, say so, then restored(): everyone signs in again.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Database& db, const Session& session, QWidget* window);

    void backUpNow();
    void restoreFromBackup();
    // The same without the file dialogs (the steps after the choice).
    bool backUpTo(const QString& file);
    bool restoreFrom(const QString& file);

    // Where the file dialogs start: the automatic backups' folder.
    static QString suggestedFolder();

signals:
    void restored();

private:
    // Runs `work` on a worker thread behind a modal progress dialog saying `label`.
    void runWithProgress(const QString& label, const std::function<void()>& work);
    BackupService::Options options();

    Database& m_db;
    Session m_session;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    QString m_label;
};

} // namespace lp
