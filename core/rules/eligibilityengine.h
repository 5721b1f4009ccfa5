// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "decision.h"
#include "domain/partnersnapshot.h"
#include "ruleset.h"

namespace lp {

// The rules of docs/rules.md#the-decision as one pure function: a partner's snapshot, a rule
// set, a request and the evaluation date in; a Decision out, in codes and figures (the
// sentences that explain it are Messages::explain's).
// Nothing else in the product decides eligibility.
class EligibilityEngine
{
public:
    static Decision evaluate(const PartnerSnapshot& snapshot, const RuleSet& rules,
                             const EnrollmentRequest& request, const QDate& asOf);

    // The KPI picture alone: which purchases count for `competency` (empty: all, as for the
    // Action Pack), which are pending and which are excluded, in the window of `kind`.
    static KpiResult kpis(const PartnerSnapshot& snapshot, const RuleSet& rules, const QString& competency,
                          bool filterCompetency, EvaluationKind kind, const QDate& asOf);

    // The window an evaluation of `kind` uses on `asOf` (docs/rules.md#why-a-purchase-does-not-count), and
    // the reason a purchase does not count in it (none: it counts). The ledger shows every row with this.
    struct Window
    {
        QDate reportDate; // null for a renewal
        DateRange range;
        EvaluationKind kind = EvaluationKind::Enroll;
        QDate asOf;
        // docs/rules.md#kpi-visibility: purchases dated up to here are in a report published by asOf
        QDate visibleThrough;
    };
    static Window window(const Partner& partner, const RuleSet& rules, EvaluationKind kind,
                         const QDate& asOf);
    static std::optional<ExclusionReason> classify(const Purchase& purchase, const RuleSet& rules,
                                                   const Window& window, const QString& competency,
                                                   bool filterCompetency);

    // docs/rules.md#covid-19-extension: whether the COVID-19 extension applies to the partner's membership of
    // `competency`.
    static bool covidExtensionApplies(const Partner& partner, const RuleSet& rules,
                                      const QString& competency);

    // Whether the partner meets every requirement of `path` (and competency).
    static bool isEligible(const PartnerSnapshot& snapshot, const RuleSet& rules,
                           const EnrollmentRequest& request, const QDate& asOf);
};

} // namespace lp
