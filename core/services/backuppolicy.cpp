// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "backuppolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace lp {

std::optional<QDateTime> BackupPolicy::takenAt(const QString& fileName, const QString& base)
{
    if (base.isEmpty())
        return std::nullopt;
    static const QRegularExpression tail(QStringLiteral("^-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"));
    if (!fileName.startsWith(base))
        return std::nullopt;
    const QRegularExpressionMatch m = tail.match(QStringView(fileName).mid(base.size()));
    if (!m.hasMatch())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return at;
}

QList<BackupPolicy::Backup> BackupPolicy::select(const QStringList& fileNames, const QString& base)
{
    QList<Backup> backups;
    for (const QString& name : fileNames) {
        if (auto at = takenAt(name, base))
            backups.append({name, *at});
    }
    // Newest first; two taken in the same second by their name (-2 after the first).
    std::sort(backups.begin(), backups.end(), [](const Backup& a, const Backup& b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        if (a.fileName.size() != b.fileName.size())
            return a.fileName.size() > b.fileName.size();
        return a.fileName > b.fileName;
    });
    return backups;
}

bool BackupPolicy::dueAtStart(const QList<Backup>& backups, const QDate& today)
{
    return std::none_of(backups.begin(), backups.end(),
                        [&](const Backup& b) { return b.takenAt.toLocalTime().date() == today; });
}

QList<BackupPolicy::Backup> BackupPolicy::toPrune(const QList<Backup>& backups, int kept)
{
    if (kept <= 0 || backups.size() <= kept)
        return {};
    return backups.mid(kept);
}

} // namespace lp
