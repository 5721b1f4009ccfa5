// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "helpcollections.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace lp::HelpCollections {

QString collectionFile(const QString& language)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString base = QStringLiteral("learnpartner-") + language;
    for (const QString& suffix : {QStringLiteral(".qhc"), QStringLiteral(".qch")}) {
        const QString target = dir.filePath(base + suffix);
        if (QFile::exists(target))
            continue;
        if (!QFile::copy(QStringLiteral(":/help/") + base + suffix, target))
            return {};
        // Resource files are copied read only; the engine opens its collection for writing.
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.filePath(base + QStringLiteral(".qhc"));
}

} // namespace lp::HelpCollections
