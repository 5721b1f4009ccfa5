// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Fuzz target: the rule-set loader (RuleSetCodec::fromBytes). Invariants: no crash, no escaping
// exception; an error has a code; a rule set read keeps the ranges the loader promises and reads
// back the same from the JSON RuleSetCodec writes for it.

#include "jsoninvariants.h"

using namespace lp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::guarded([&] {
        const Result<RuleSet> rules = RuleSetCodec::fromBytes(fuzz::bytes(data, size));
        if (!rules) {
            LP_FUZZ_CHECK_ERROR(rules.error());
            return;
        }
        LP_FUZZ_CHECK(!rules->id.trimmed().isEmpty());
        LP_FUZZ_CHECK(rules->effectiveFrom.isValid() && rules->effectiveFrom <= rules->effectiveTo);
        LP_FUZZ_CHECK(rules->reportDay >= 1 && rules->reportDay <= 28);
        LP_FUZZ_CHECK(rules->windowMonths >= 1 && rules->windowMonths <= 36);
        LP_FUZZ_CHECK(rules->upgradeDiscountPercent >= 0 && rules->upgradeDiscountPercent <= 100);
        for (const CompetencyRules& c : rules->competencies) {
            LP_FUZZ_CHECK(rules->competency(c.name) != nullptr);
            for (const TierRules* t : {&c.silver, &c.gold})
                LP_FUZZ_CHECK(t->minActiveMct >= 0 && t->minExams >= 0 && t->minKpi >= 0);
        }
        fuzz::checkRuleSetRoundTrip(*rules);
    });
}
