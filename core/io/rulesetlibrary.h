#pragma once

#include "domain/error.h"
#include "rules/ruleset.h"

#include <QList>

namespace lp {

// The rule sets shipped with the application (resources/rules/*.json, embedded under
// :/rules), one per program year.
class RuleSetLibrary
{
public:
    // Every shipped rule set, by effective date; the error if one of them does not load.
    static const Result<QList<RuleSet>>& shipped();
    // The shipped rule set in force on `date`; NO_RULE_SET when none is.
    static Result<RuleSet> inForce(const QDate& date);
};

} // namespace lp
