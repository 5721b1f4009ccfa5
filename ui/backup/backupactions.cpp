// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "backupactions.h"

#include "backupcontentsdialog.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "settings/preferencesdialog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

#include <optional>

namespace lp {

BackupActions::BackupActions(Database& db, const Session& session, QWidget* window)
    : QObject(window), m_db(db), m_session(session), m_window(window)
{
}

QString BackupActions::suggestedFolder()
{
    return PreferencesDialog::automaticBackupFolder();
}

BackupService::Options BackupActions::options()
{
    BackupService::Options o;
    o.waitMs = m_db.busyWait();
    QPointer<BackupActions> self(this);
    // Called on the worker thread while another program holds the database.
    o.waiting = [self](qint64 waitedMs, qint64) {
        QMetaObject::invokeMethod(
            self,
            [self, waitedMs] {
                if (self && self->m_progress)
                    self->m_progress->setLabelText(
                        self->m_label + QLatin1Char('\n') +
                        tr("Waiting for another program to finish writing to the database... (%1 s)")
                            .arg(waitedMs / 1000));
            },
            Qt::QueuedConnection);
    };
    return o;
}

void BackupActions::runWithProgress(const QString& label, const std::function<void()>& work)
{
    m_label = label;
    QProgressDialog progress(label, QString(), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(tr("Learning Partner Desk"));
    progress.setCancelButton(nullptr); // one transaction: there is nothing half-done to stop
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    m_progress = &progress;
    QEventLoop loop;
    QThread* thread = QThread::create(work);
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    progress.show();
    if (!thread->isFinished())
        loop.exec();
    thread->wait();
    delete thread;
    m_progress = nullptr;
}

void BackupActions::backUpNow()
{
    const QString base =
        m_db.isPostgres() ? m_db.location().databaseName : QFileInfo(m_db.location().path).completeBaseName();
    const QString name =
        QStringLiteral("%1-%2.sqlite")
            .arg(base, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QDir().mkpath(suggestedFolder());
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Back up the database"), QDir(suggestedFolder()).filePath(name),
        tr("Learning Partner Desk backups (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        backUpTo(file);
}

bool BackupActions::backUpTo(const QString& file)
{
    // A backup never replaces a file (BACKUP_EXISTS): the service says so, nothing is touched.
    std::optional<Result<BackupService::BackupReport>> result;
    const QString location = m_db.location().text();
    BackupService service(m_session, options());
    runWithProgress(tr("Backing up the database to %1...").arg(QDir::toNativeSeparators(file)),
                    [&] { result = service.backup(location, file); });
    if (!result->ok()) {
        QMessageBox::warning(m_window, tr("Back up the database"),
                             tr("The backup was not written: %1").arg(Messages::text(result->error())));
        return false;
    }
    const BackupService::BackupReport& r = result->value();
    QMessageBox box(QMessageBox::Information, tr("Back up the database"),
                    tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(r.file)),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("backupDone"));
    box.setInformativeText(tr("It holds %1.").arg(BackupContentsDialog::rowSummary(r.manifest.rows)));
    box.exec();
    return true;
}

void BackupActions::restoreFromBackup()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), suggestedFolder(),
                                                      tr("Learning Partner Desk backups (*.sqlite)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

bool BackupActions::restoreFrom(const QString& file)
{
    BackupService service(m_session, options());
    // The role first: a user who may not restore is told before the file is read.
    if (Status allowed = Authorizer::check(m_session, Permission::RestoreDatabase); !allowed) {
        QMessageBox::warning(m_window, tr("Restore from backup"), Messages::text(allowed.error()));
        return false;
    }
    std::optional<Result<BackupManifest>> manifest;
    runWithProgress(tr("Checking the backup %1...").arg(QDir::toNativeSeparators(file)),
                    [&] { manifest = service.verify(file); });
    if (!manifest->ok()) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             tr("This backup cannot be used: %1").arg(Messages::text(manifest->error())));
        return false;
    }
    const QString database = m_db.location().display();
    BackupContentsDialog contents(file, manifest->value(), database, BackupContentsDialog::Purpose::Restore,
                                  m_window);
    if (contents.exec() != QDialog::Accepted)
        return false;

    std::optional<Result<BackupService::RestoreReport>> result;
    const QString location = m_db.location().text();
    runWithProgress(tr("Restoring %1 from the backup...").arg(database),
                    [&] { result = service.restore(location, file); });
    if (!result->ok()) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             tr("Nothing was changed: %1").arg(Messages::text(result->error())));
        return false;
    }
    const BackupService::RestoreReport& r = result->value();
    QMessageBox box(QMessageBox::Information, tr("Restore from backup"),
                    tr("The database was restored from the backup taken on %1.")
                        .arg(QLocale().toString(r.manifest.createdAt.toLocalTime(), QLocale::LongFormat)),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("restoreDone"));
    QString info =
        r.safetyBackup.isEmpty()
            ? QString()
            : tr("The database as it was is kept in %1.").arg(QDir::toNativeSeparators(r.safetyBackup)) +
                  QLatin1Char(' ');
    info += tr("Sign in again.");
    box.setInformativeText(info);
    box.exec();
    emit restored();
    return true;
}

} // namespace lp
