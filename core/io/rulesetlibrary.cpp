#include "rulesetlibrary.h"

#include "rulesetcodec.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace lp {

const Result<QList<RuleSet>>& RuleSetLibrary::shipped()
{
    static const Result<QList<RuleSet>> all = []() -> Result<QList<RuleSet>> {
        QList<RuleSet> sets;
        const QDir dir(QStringLiteral(":/rules"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("FILE_UNREADABLE"), name, {name, f.errorString()}};
            auto rules = RuleSetCodec::fromBytes(f.readAll());
            if (!rules) {
                Error e = rules.error();
                e.path = name + QLatin1Char(':') + e.path;
                return e;
            }
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
