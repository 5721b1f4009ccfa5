// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "ruleset.h"

namespace lp {

const CompetencyRules* RuleSet::competency(const QString& name) const
{
    for (const CompetencyRules& c : competencies) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const RuleSet* ruleSetInForce(const QList<RuleSet>& sets, const QDate& date)
{
    for (const RuleSet& r : sets) {
        if (r.isInForceOn(date))
            return &r;
    }
    return nullptr;
}

} // namespace lp
