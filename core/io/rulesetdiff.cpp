// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetdiff.h"

#include "rulesetcodec.h"

#include <QJsonObject>

namespace lp {
namespace {

using Flat = QList<std::pair<QString, QJsonValue>>;

// The set's fields as (path, value) pairs: objects walked, competencies keyed by name,
// arrays of strings kept whole.
void flatten(const QJsonValue& v, const QString& path, Flat& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        return;
    }
    if (path == QLatin1String("competencies")) {
        for (const QJsonValue& c : v.toArray()) {
            QJsonObject o = c.toObject();
            const QString name = o.take(QStringLiteral("name")).toString();
            flatten(o, QStringLiteral("competencies[%1]").arg(name), out);
        }
        return;
    }
    out.append({path, v});
}

Flat flat(const RuleSet& r)
{
    Flat out;
    flatten(RuleSetCodec::toJson(r), {}, out);
    return out;
}

QJsonValue find(const Flat& f, const QString& path)
{
    for (const auto& [p, v] : f) {
        if (p == path)
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QList<RuleSetChange> RuleSetDiff::diff(const RuleSet& before, const RuleSet& after)
{
    const Flat a = flat(before);
    const Flat b = flat(after);
    QList<RuleSetChange> out;
    for (const auto& [path, value] : a) {
        const QJsonValue other = find(b, path);
        if (other != value)
            out.append({path, value, other});
    }
    for (const auto& [path, value] : b) {
        if (find(a, path).isUndefined())
            out.append({path, QJsonValue(QJsonValue::Undefined), value});
    }
    return out;
}

QJsonArray RuleSetDiff::toJson(const QList<RuleSetChange>& changes)
{
    QJsonArray out;
    for (const RuleSetChange& c : changes) {
        out.append(QJsonObject{{QStringLiteral("path"), c.path},
                               {QStringLiteral("before"), c.before.isUndefined() ? QJsonValue() : c.before},
                               {QStringLiteral("after"), c.after.isUndefined() ? QJsonValue() : c.after}});
    }
    return out;
}

} // namespace lp
