// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetlibrary.h"

#include "rulesetcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace lp {

QList<std::pair<QString, QByteArray>> RuleSetLibrary::files()
{
    QList<std::pair<QString, QByteArray>> out;
    const QDir dir(QStringLiteral(":/rules"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append({name, f.readAll()});
    }
    return out;
}

QString RuleSetLibrary::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const Result<QList<RuleSet>>& RuleSetLibrary::shipped()
{
    static const Result<QList<RuleSet>> all = []() -> Result<QList<RuleSet>> {
        QList<RuleSet> sets;
        const QDir dir(QStringLiteral(":/rules"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("FILE_UNREADABLE"), name, {name, f.errorString()}};
            const QByteArray bytes = f.readAll();
            auto rules = RuleSetCodec::fromBytes(bytes);
            if (!rules) {
                Error e = rules.error();
                e.path = name + QLatin1Char(':') + e.path;
                return e;
            }
            rules->sha256 = sha256(bytes);
            rules->provenance = QLatin1String(kProvenance);
            sets.append(rules.value());
        }
        std::sort(sets.begin(), sets.end(),
                  [](const RuleSet& a, const RuleSet& b) { return a.effectiveFrom < b.effectiveFrom; });
        return sets;
    }();
    return all;
}

Result<RuleSet> RuleSetLibrary::inForce(const QDate& date)
{
    const auto& all = shipped();
    if (!all)
        return all.error();
    for (const RuleSet& r : all.value()) {
        if (r.isInForceOn(date))
            return r;
    }
    return Error{QStringLiteral("NO_RULE_SET"), QStringLiteral("asOf"), {date.toString(Qt::ISODate)}};
}

} // namespace lp
