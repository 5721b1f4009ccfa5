// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "startuprecovery.h"

#include "backup/backupcontentsdialog.h"
#include "domain/messages.h"
#include "services/automaticbackups.h"
#include "widgets/formhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>

namespace lp {

Result<std::unique_ptr<Database>> StartupRecovery::open(const QString& location, const QString& backupFolder,
                                                        QWidget* parent)
{
    auto db = Database::open(location);
    if (db || db.error().code != QLatin1String("DB_DAMAGED"))
        return db;
    const Error damaged = db.error();
    const AutomaticBackups::Found found = AutomaticBackups(backupFolder, 1).newestGood(location);
    if (found.file.isEmpty())
        return damaged;

    const QString shown =
        DatabaseLocation::parse(location) ? DatabaseLocation::parse(location)->display() : location;
    BackupContentsDialog offer(found.file, found.manifest, shown, BackupContentsDialog::Purpose::Damaged,
                               parent);
    offer.setProblem(Messages::text(damaged), found.rejected);
    if (offer.exec() != QDialog::Accepted)
        return damaged;

    Result<BackupService::RestoreReport> restored = [&] {
        form::BusyCursor busy;
        return BackupService(Actor::desktop()).restore(location, found.file);
    }();
    const QString title = QCoreApplication::translate("lp::StartupRecovery", "Damaged database");
    if (!restored) {
        QMessageBox::critical(
            parent, title,
            QCoreApplication::translate("lp::StartupRecovery", "The backup was not restored: %1")
                .arg(Messages::text(restored.error())));
        return restored.error();
    }
    QMessageBox done(
        QMessageBox::Information, title,
        QCoreApplication::translate("lp::StartupRecovery",
                                    "The database was restored from the backup taken on %1.")
            .arg(QLocale().toString(restored->manifest.createdAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::Ok, parent);
    done.setObjectName(QStringLiteral("recoveryDone"));
    if (!restored->setAside.isEmpty())
        done.setInformativeText(
            QCoreApplication::translate("lp::StartupRecovery", "The damaged file is kept as %1.")
                .arg(QDir::toNativeSeparators(restored->setAside)));
    done.exec();
    return Database::open(location);
}

} // namespace lp
