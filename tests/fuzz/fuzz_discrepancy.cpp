// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Fuzz target: the discrepancy-case input of `check-discrepancy`
// (CheckCodecs::discrepancyFromBytes). Invariants: no crash, no escaping exception; an error has
// a code; an input read has a real asOf; the case's revenue in cents stands for the revenueValue
// given (to the cent); each record and the inline rule set read back the same from their JSON.

#include "io/checkcodecs.h"
#include "jsoninvariants.h"

#include <QJsonObject>

#include <cmath>

using namespace lp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::guarded([&] {
        const QByteArray input = fuzz::bytes(data, size);
        const Result<DiscrepancyCheck> check = CheckCodecs::discrepancyFromBytes(input);
        if (!check) {
            LP_FUZZ_CHECK_ERROR(check.error());
            return;
        }
        LP_FUZZ_CHECK(check->asOf.isValid());
        if (const auto cents = check->caseInput.revenueCents) {
            const double given = QJsonDocument::fromJson(input)
                                     .object()
                                     .value(QStringLiteral("case"))
                                     .toObject()
                                     .value(QStringLiteral("revenueValue"))
                                     .toDouble();
            LP_FUZZ_CHECK(std::abs(double(*cents) / 100.0 - given) <=
                          std::max(0.01, std::abs(given) * 1e-12));
        }
        for (const Purchase& p : check->records)
            fuzz::checkPurchaseRoundTrip(p);
        if (check->rules)
            fuzz::checkRuleSetRoundTrip(*check->rules);
    });
}
