// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace lp {

// One stored rule set (docs/rules-admin.md): the file as imported, its SHA-256, where it comes
// from and whether it is the active set of its program year.
struct RuleSetRecord
{
    qint64 id = 0;
    QString programYear; // the set's id: FY2027
    QDate effectiveFrom;
    QDate effectiveTo;
    QByteArray json;    // the file's bytes, as imported
    QString sha256;     // of json
    QString provenance; // builtin-illustrative, imported, local-edit
    QString sourceNote;
    QString importedBy;
    QDateTime importedAt;
    bool active = false;

    static constexpr const char* kBuiltin = "builtin-illustrative";
    static constexpr const char* kImported = "imported";
    static constexpr const char* kLocalEdit = "local-edit";
    static bool isProvenance(const QString& p)
    {
        return p == QLatin1String(kBuiltin) || p == QLatin1String(kImported) ||
               p == QLatin1String(kLocalEdit);
    }
    bool operator==(const RuleSetRecord&) const = default;
};

} // namespace lp
