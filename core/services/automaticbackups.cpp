// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "automaticbackups.h"

#include "domain/messages.h"
#include "storage/databaselocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lp {

AutomaticBackups::AutomaticBackups(QString folder, int kept) : m_folder(std::move(folder)), m_kept(kept) {}

QString AutomaticBackups::baseName(const QString& location)
{
    auto where = DatabaseLocation::parse(location);
    if (!where || where->driver != DatabaseLocation::Driver::SQLite)
        return {};
    return QFileInfo(where->path).completeBaseName();
}

QList<BackupPolicy::Backup> AutomaticBackups::list(const QString& location) const
{
    const QString base = baseName(location);
    if (base.isEmpty() || m_folder.isEmpty())
        return {};
    return BackupPolicy::select(QDir(m_folder).entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files),
                                base);
}

Result<AutomaticBackups::Outcome> AutomaticBackups::run(const QString& location, When when,
                                                        const QDate& today) const
{
    Outcome outcome;
    if (m_kept <= 0 || m_folder.isEmpty() || baseName(location).isEmpty())
        return outcome;
    if (when == When::Start && !BackupPolicy::dueAtStart(list(location), today))
        return outcome;
    // A folder argument: BackupService makes it (0700) and names the file <base>-<time>.sqlite.
    auto report = BackupService(Actor::desktop()).backup(location, m_folder + QLatin1Char('/'));
    if (!report)
        return report.error();
    outcome.taken = true;
    outcome.file = report->file;
    for (const BackupPolicy::Backup& old : BackupPolicy::toPrune(list(location), m_kept)) {
        const QString path = QDir(m_folder).filePath(old.fileName);
        if (QFile::remove(path))
            outcome.pruned << path;
    }
    return outcome;
}

AutomaticBackups::Found AutomaticBackups::newestGood(const QString& location) const
{
    Found found;
    const BackupService service(Actor::desktop());
    for (const BackupPolicy::Backup& b : list(location)) {
        const QString path = QDir(m_folder).filePath(b.fileName);
        auto manifest = service.verify(path);
        if (manifest) {
            found.file = path;
            found.manifest = manifest.value();
            return found;
        }
        found.rejected << QStringLiteral("%1: %2").arg(b.fileName, Messages::text(manifest.error()));
    }
    return found;
}

} // namespace lp
