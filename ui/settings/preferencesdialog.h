// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lp {

// Preferences kept per user with QSettings: the idle time after which the main window locks
// (security/idleLockMinutes; 15 by default, 0 never), and the automatic backups of a SQLite
// database (backup/folder, by default <data directory>/backups; backup/kept, how many are kept,
// BackupPolicy::kDefaultKept by default, 0 none taken).
class PreferencesDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleLockMinutes = 15;
    static constexpr int kMaximumIdleLockMinutes = 480;

    explicit PreferencesDialog(QWidget* parent = nullptr);

    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    static QString automaticBackupFolder();
    static void setAutomaticBackupFolder(const QString& folder);
    static QString defaultAutomaticBackupFolder();
    static int automaticBackupsKept();
    static void setAutomaticBackupsKept(int kept);

    void accept() override;

protected:
    void retranslateUi() override;

private:
    QLabel* m_heading = nullptr;
    QFormLayout* m_form = nullptr;
    QSpinBox* m_idle = nullptr;
    QLabel* m_idleHint = nullptr;
    QFormLayout* m_backupForm = nullptr;
    QLabel* m_backupHeading = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QPushButton* m_browse = nullptr;
    QSpinBox* m_backupsKept = nullptr;
    QLabel* m_backupHint = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
