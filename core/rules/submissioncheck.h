// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "kpicalendar.h"
#include "ruleset.h"

#include <QDate>

namespace lp {

// What a submission says of the steps taken, beside the engine's decision.
struct SubmissionFacts
{
    Path path = Path::ActionPack;
    bool renewal = false;     // Action Pack: a renewal rather than a purchase
    QDate subscribedOn;       // the subscription bought or renewed (null: not recorded)
    QDate profileRequestedOn; // Action Pack: the account profile asked of support (null: not recorded)
    QDate actionPackExpiry;   // the last day of the partner's latest Action Pack (null: none)
};

// The checks a submission must pass besides eligibility, from the rule set: the wizard asks
// them page by page and EnrollmentService::submit asks them all again, so whoever submits is
// refused with the same codes (docs/rules.md#action-pack-activation).
class SubmissionCheck
{
public:
    // The days a renewal may be recorded on: from the day after the expiry to
    // actionPackRenewalWindowDays after it. Null dates without an expiry.
    static DateRange renewalWindow(const RuleSet& rules, const QDate& expiry);
    // ACTION_PACK_RENEWAL_WINDOW (path subscriptionOn; args: first and last day of the window)
    // when a renewal is recorded outside the window; success otherwise.
    static Status renewal(const RuleSet& rules, const SubmissionFacts& facts);
    // ACTION_PACK_STEPS_REQUIRED (path: the first step missing) when the rule set requires both
    // Action Pack steps and one is not recorded; success otherwise.
    static Status steps(const RuleSet& rules, const SubmissionFacts& facts);
    // Every check, the first refusal.
    static Status check(const RuleSet& rules, const SubmissionFacts& facts);
};

} // namespace lp
