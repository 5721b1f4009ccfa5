// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "submissioncheck.h"

namespace lp {

DateRange SubmissionCheck::renewalWindow(const RuleSet& rules, const QDate& expiry)
{
    if (!expiry.isValid())
        return {};
    return {expiry.addDays(1), expiry.addDays(rules.actionPackRenewalWindowDays)};
}

Status SubmissionCheck::renewal(const RuleSet& rules, const SubmissionFacts& facts)
{
    if (facts.path != Path::ActionPack || !facts.renewal || !facts.subscribedOn.isValid())
        return {};
    const DateRange window = renewalWindow(rules, facts.actionPackExpiry);
    if (window.from.isValid() && window.contains(facts.subscribedOn))
        return {};
    return Error{QStringLiteral("ACTION_PACK_RENEWAL_WINDOW"),
                 QStringLiteral("subscriptionOn"),
                 {window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate),
                  QString::number(rules.actionPackRenewalWindowDays)}};
}

Status SubmissionCheck::steps(const RuleSet& rules, const SubmissionFacts& facts)
{
    if (facts.path != Path::ActionPack || !rules.actionPackBothStepsRequired)
        return {};
    if (!facts.subscribedOn.isValid())
        return Error{QStringLiteral("ACTION_PACK_STEPS_REQUIRED"), QStringLiteral("subscriptionOn"), {}};
    if (!facts.profileRequestedOn.isValid())
        return Error{QStringLiteral("ACTION_PACK_STEPS_REQUIRED"), QStringLiteral("profileRequestedOn"), {}};
    return {};
}

Status SubmissionCheck::check(const RuleSet& rules, const SubmissionFacts& facts)
{
    if (Status s = steps(rules, facts); !s)
        return s;
    return renewal(rules, facts);
}

} // namespace lp
