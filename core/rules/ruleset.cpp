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

} // namespace lp
