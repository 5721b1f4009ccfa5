// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "rules/ruleset.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace lp {

// One difference between two rule sets: the field's path (a competency named, not numbered:
// competencies[Cloud Platform].gold.minKpi) and its value in each (Undefined where it is absent).
struct RuleSetChange
{
    QString path;
    QJsonValue before;
    QJsonValue after;

    bool operator==(const RuleSetChange&) const = default;
};

// What changed from one rule set to another, field by field, in the order of the format
// (formats.md "Rule set"), competencies by name.
class RuleSetDiff
{
public:
    static QList<RuleSetChange> diff(const RuleSet& before, const RuleSet& after);
    // [{path, before, after}] (an absent value as null).
    static QJsonArray toJson(const QList<RuleSetChange>& changes);
};

} // namespace lp
