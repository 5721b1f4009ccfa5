// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "preferencesdialog.h"

#include "services/backuppolicy.h"
#include "widgets/formhelpers.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lp {
namespace {

const QString kIdleKey = QStringLiteral("security/idleLockMinutes");
const QString kBackupFolderKey = QStringLiteral("backup/folder");
const QString kBackupsKeptKey = QStringLiteral("backup/kept");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent) : Retranslating<QDialog>(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setRange(0, kMaximumIdleLockMinutes);
    m_idle->setValue(idleLockMinutes());
    m_idleHint = new QLabel(this);
    m_idleHint->setWordWrap(true);
    m_form = new QFormLayout;
    form::addRows(m_form, this, {m_idle});

    // Automatic backups (docs/architecture.md#backups).
    m_backupHeading = new QLabel(this);
    QFont bold = m_backupHeading->font();
    bold.setBold(true);
    m_backupHeading->setFont(bold);
    m_backupFolder = new QLineEdit(automaticBackupFolder(), this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseBackupFolder"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the automatic backups"),
                                                              m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    auto* folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_backupFolder, 1);
    folderLayout->addWidget(m_browse);
    folderRow->setFocusProxy(m_backupFolder);
    m_backupsKept = new QSpinBox(this);
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(0, BackupPolicy::kMaximumKept);
    m_backupsKept->setValue(automaticBackupsKept());
    m_backupHint = new QLabel(this);
    m_backupHint->setWordWrap(true);
    m_backupForm = new QFormLayout;
    form::addRows(m_backupForm, this, {folderRow, m_backupsKept});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addWidget(m_idleHint);
    layout->addSpacing(12);
    layout->addWidget(m_backupHeading);
    layout->addLayout(m_backupForm);
    layout->addWidget(m_backupHint);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    setMinimumWidth(520);
    form::keepNaturalSize(this);
    retranslateUi();
}

int PreferencesDialog::idleLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kIdleKey, kDefaultIdleLockMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= kMaximumIdleLockMinutes ? minutes : kDefaultIdleLockMinutes;
}

void PreferencesDialog::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, qBound(0, minutes, kMaximumIdleLockMinutes));
}

QString PreferencesDialog::defaultAutomaticBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString PreferencesDialog::automaticBackupFolder()
{
    const QString folder = QSettings().value(kBackupFolderKey).toString().trimmed();
    return folder.isEmpty() ? defaultAutomaticBackupFolder() : QDir::cleanPath(folder);
}

void PreferencesDialog::setAutomaticBackupFolder(const QString& folder)
{
    const QString clean = QDir::fromNativeSeparators(folder.trimmed());
    // The default is not written down, so it follows the data directory.
    if (clean.isEmpty() || QDir::cleanPath(clean) == defaultAutomaticBackupFolder())
        QSettings().remove(kBackupFolderKey);
    else
        QSettings().setValue(kBackupFolderKey, QDir::cleanPath(clean));
}

int PreferencesDialog::automaticBackupsKept()
{
    bool ok = false;
    const int kept = QSettings().value(kBackupsKeptKey, BackupPolicy::kDefaultKept).toInt(&ok);
    return ok && kept >= 0 && kept <= BackupPolicy::kMaximumKept ? kept : BackupPolicy::kDefaultKept;
}

void PreferencesDialog::setAutomaticBackupsKept(int kept)
{
    QSettings().setValue(kBackupsKeptKey, qBound(0, kept, BackupPolicy::kMaximumKept));
}

void PreferencesDialog::accept()
{
    setIdleLockMinutes(m_idle->value());
    setAutomaticBackupFolder(m_backupFolder->text());
    setAutomaticBackupsKept(m_backupsKept->value());
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_heading->setText(tr("Preferences"));
    form::setLabels(m_form, {tr("&Lock after idle time:")});
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setAccessibleName(tr("Lock after idle time, in minutes"));
    m_idleHint->setText(
        tr("Without keyboard or mouse input for this long, the window hides its content and asks "
           "for your password; unsaved work stays as it is. 0: never."));
    m_backupHeading->setText(tr("Automatic backups"));
    form::setLabels(m_backupForm, {tr("&Folder:"), tr("&Keep the newest:")});
    m_browse->setText(tr("&Browse..."));
    m_backupFolder->setAccessibleName(tr("Folder of the automatic backups"));
    m_backupsKept->setSuffix(tr(" backups"));
    m_backupsKept->setSpecialValueText(tr("none (off)"));
    m_backupsKept->setAccessibleName(tr("How many automatic backups are kept"));
    m_backupHint->setText(
        tr("A SQLite database is backed up at the first start of each day and at every exit; older "
           "backups beyond this number are deleted. The folder is readable by you only. 0: no "
           "automatic backups. A PostgreSQL database is backed up on its server."));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lp
