// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Fuzz target: the scenario input of `evaluate` (ScenarioCodec::fromBytes, with its inline rule
// set through RuleSetCodec). Invariants: no crash, no escaping exception; an error has a code;
// a scenario read has a real asOf, no purchase after it, no two purchases with the same invoice
// and line; each purchase and the inline rule set read back the same from their JSON.

#include "jsoninvariants.h"

#include <QSet>

using namespace lp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::guarded([&] {
        const Result<Scenario> scenario = ScenarioCodec::fromBytes(fuzz::bytes(data, size));
        if (!scenario) {
            LP_FUZZ_CHECK_ERROR(scenario.error());
            return;
        }
        LP_FUZZ_CHECK(scenario->asOf.isValid());
        QSet<QPair<QString, int>> keys;
        for (const Purchase& p : scenario->snapshot.purchases) {
            LP_FUZZ_CHECK(p.invoiceDate.isValid() && p.invoiceDate <= scenario->asOf);
            LP_FUZZ_CHECK(!keys.contains({p.invoice, p.line}));
            keys.insert({p.invoice, p.line});
            fuzz::checkPurchaseRoundTrip(p);
        }
        if (scenario->rules) {
            fuzz::checkRuleSetRoundTrip(*scenario->rules);
            const Status fits = ScenarioCodec::validateAgainst(*scenario, *scenario->rules);
            if (!fits)
                LP_FUZZ_CHECK_ERROR(fits.error());
        }
    });
}
