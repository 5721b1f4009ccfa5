// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "eligibilityengine.h"

#include <QSet>

#include <algorithm>

namespace lp {
namespace {

int activeMcts(const PartnerSnapshot& s, const QDate& asOf)
{
    return int(std::count_if(s.trainers.cbegin(), s.trainers.cend(),
                             [&](const Trainer& t) { return t.isActiveOn(asOf); }));
}

// docs/rules.md#exam-passes: exam passes count once per (person, exam code), for their own competency, when
// passed on or before the evaluation date.
QList<ExamPass> countedExams(const PartnerSnapshot& s, const QString& competency, const QDate& asOf)
{
    QList<ExamPass> out;
    QSet<QString> seen;
    for (const ExamPass& e : s.exams) {
        if (e.competency != competency || e.passedOn > asOf)
            continue;
        const QString key = e.person + QChar(0) + e.exam;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(e);
    }
    return out;
}

// The requirements of one tier (or of the Action Pack) against the snapshot: codes and figures,
// which Messages::explain puts into words.
QList<RequirementResult> requirementsFor(const PartnerSnapshot& s, const RuleSet& rules,
                                         const EnrollmentRequest& request, const KpiResult& kpi,
                                         const QDate& asOf)
{
    QList<RequirementResult> out;
    const int mcts = activeMcts(s, asOf);
    if (request.path == Path::ActionPack) {
        // docs/rules.md#learning-action-pack: one active MCT, and no other KPI.
        out.append({RequirementCode::MinActiveMct, mcts >= rules.actionPackMinActiveMct, double(mcts),
                    double(rules.actionPackMinActiveMct)});
        return out;
    }

    const CompetencyRules* competency = rules.competency(request.competency);
    const bool hasOption = competency && competency->learningOption;
    out.append({RequirementCode::CompetencyLearningOption, hasOption});
    if (!hasOption)
        return out;

    const TierRules& tier = request.path == Path::Gold ? competency->gold : competency->silver;
    if (tier.performanceCommitment)
        out.append({RequirementCode::PerformanceCommitment, request.performanceCommitment});

    out.append(
        {RequirementCode::MinActiveMct, mcts >= tier.minActiveMct, double(mcts), double(tier.minActiveMct)});

    const QList<ExamPass> exams = countedExams(s, request.competency, asOf);
    out.append({RequirementCode::MinExams, exams.size() >= tier.minExams, double(exams.size()),
                double(tier.minExams)});

    if (!tier.requiredExams.isEmpty()) {
        QStringList missing;
        for (const QString& code : tier.requiredExams) {
            if (std::none_of(exams.cbegin(), exams.cend(), [&](const ExamPass& e) { return e.exam == code; }))
                missing << code;
        }
        out.append({RequirementCode::RequiredExams, missing.isEmpty(), {}, {}, missing, tier.requiredExams});
    }

    if (tier.minKpi > 0)
        out.append({RequirementCode::MinKpi, kpi.counted >= tier.minKpi, kpi.counted, tier.minKpi});
    return out;
}

bool holdsActive(const PartnerSnapshot& s, MembershipType type, const QString& competency, const QDate& asOf)
{
    return std::any_of(s.memberships.cbegin(), s.memberships.cend(), [&](const Membership& m) {
        return m.type == type && (type == MembershipType::ActionPack || m.competency == competency) &&
               m.isActiveOn(asOf);
    });
}

} // namespace

namespace {

// The KPI pass over the purchases; `withLists` false gives only the sums (what the
// other paths' eligibility needs), without copying a row.
KpiResult countKpis(const PartnerSnapshot& s, const RuleSet& rules, const QString& competency,
                    bool filterCompetency, EvaluationKind kind, const QDate& asOf, bool withLists)
{
    const KpiCalendar calendar(rules.reportDay, rules.windowMonths);
    const EligibilityEngine::Window w = EligibilityEngine::window(s.partner, rules, kind, asOf);
    KpiResult kpi;
    kpi.reportDate = w.reportDate;
    kpi.window = w.range;
    if (withLists) {
        kpi.countedPurchases.reserve(s.purchases.size());
        kpi.excluded.reserve(s.purchases.size());
    }
    for (const Purchase& p : s.purchases) {
        const std::optional<ExclusionReason> reason =
            EligibilityEngine::classify(p, rules, w, competency, filterCompetency);
        if (!reason) {
            kpi.counted += p.kpiValue;
            kpi.countedLines += p.lines;
            if (withLists)
                kpi.countedPurchases.append({p.invoice, p.line, p.invoiceDate, p.kpiValue});
            continue;
        }
        const bool pending = *reason == ExclusionReason::NotYetReported;
        if (pending)
            kpi.pending += p.kpiValue;
        if (withLists)
            kpi.excluded.append(
                {p.invoice, p.line, *reason, pending ? calendar.visibleOn(p.invoiceDate) : QDate()});
    }
    return kpi;
}

} // namespace

KpiResult EligibilityEngine::kpis(const PartnerSnapshot& s, const RuleSet& rules, const QString& competency,
                                  bool filterCompetency, EvaluationKind kind, const QDate& asOf)
{
    return countKpis(s, rules, competency, filterCompetency, kind, asOf, true);
}

EligibilityEngine::Window EligibilityEngine::window(const Partner& partner, const RuleSet& rules,
                                                    EvaluationKind kind, const QDate& asOf)
{
    const KpiCalendar calendar(rules.reportDay, rules.windowMonths);
    Window w;
    w.kind = kind;
    w.asOf = asOf;
    // A purchase of month M is visible from the report of M+1 (docs/rules.md#kpi-visibility): on asOf,
    // everything up to the end of the month before the latest report's month is.
    const QDate latest = calendar.latestReportDate(asOf);
    w.visibleThrough = QDate(latest.year(), latest.month(), 1).addDays(-1);
    if (kind == EvaluationKind::Enroll) {
        // docs/rules.md#evaluation-window: a new enrollment or an upgrade: the window of the latest published
        // report.
        w.reportDate = calendar.latestReportDate(asOf);
        w.range = calendar.coverageWindow(w.reportDate);
    } else {
        // docs/rules.md#evaluation-window: a renewal: the 12 months before the next anniversary.
        w.range = calendar.renewalWindow(KpiCalendar::nextAnniversary(partner.anniversary, asOf));
    }
    return w;
}

std::optional<ExclusionReason> EligibilityEngine::classify(const Purchase& p, const RuleSet& rules,
                                                           const Window& w, const QString& competency,
                                                           bool filterCompetency)
{
    // docs/rules.md#why-a-purchase-does-not-count: the first reason that applies, in this order.
    if (!rules.accepts(p.documentType))
        return ExclusionReason::NotInvoice; // docs/rules.md#invoices-only
    if (filterCompetency && p.competency != competency)
        return ExclusionReason::OtherCompetency;
    if (p.invoiceDate < w.range.from || (w.kind == EvaluationKind::Renew && p.invoiceDate > w.range.to))
        return ExclusionReason::OutsideWindow;
    if (p.invoiceDate > w.range.to || p.invoiceDate > w.visibleThrough)
        return ExclusionReason::NotYetReported; // docs/rules.md#kpi-visibility
    return std::nullopt;
}

bool EligibilityEngine::covidExtensionApplies(const Partner& partner, const RuleSet& rules,
                                              const QString& competency)
{
    // docs/rules.md#covid-19-extension: the partner's anniversary (month and day) inside the extension's
    // range, for a competency it does not exclude.
    if (!rules.covidExtension || competency.isEmpty() || !partner.anniversary.isValid())
        return false;
    const CovidExtension& c = *rules.covidExtension;
    if (c.excludedCompetencies.contains(competency))
        return false;
    for (int year = c.anniversaryFrom.year(); year <= c.anniversaryTo.year(); ++year) {
        const QDate occurrence = KpiCalendar::anniversaryIn(partner.anniversary, year);
        if (c.anniversaryFrom <= occurrence && occurrence <= c.anniversaryTo)
            return true;
    }
    return false;
}

bool EligibilityEngine::isEligible(const PartnerSnapshot& s, const RuleSet& rules,
                                   const EnrollmentRequest& request, const QDate& asOf)
{
    const KpiResult kpi =
        countKpis(s, rules, request.competency, request.path != Path::ActionPack, request.kind, asOf, false);
    const QList<RequirementResult> reqs = requirementsFor(s, rules, request, kpi, asOf);
    return std::all_of(reqs.cbegin(), reqs.cend(), [](const RequirementResult& r) { return r.met; });
}

Decision EligibilityEngine::evaluate(const PartnerSnapshot& s, const RuleSet& rules,
                                     const EnrollmentRequest& request, const QDate& asOf)
{
    Decision d;
    d.ruleSet = rules.id;
    d.ruleSetSha256 = rules.sha256;
    d.ruleSetProvenance = rules.provenance;
    d.asOf = asOf;
    d.path = request.path;
    d.competency = request.path == Path::ActionPack ? QString() : request.competency;
    d.kind = request.kind;
    // For the Action Pack KPIs are still reported, for every purchase, but require nothing.
    d.kpi = kpis(s, rules, request.competency, request.path != Path::ActionPack, request.kind, asOf);
    d.requirements = requirementsFor(s, rules, request, d.kpi, asOf);
    d.eligible = std::all_of(d.requirements.cbegin(), d.requirements.cend(),
                             [](const RequirementResult& r) { return r.met; });

    auto eligibleFor = [&](Path path) {
        EnrollmentRequest other = request;
        other.path = path;
        return isEligible(s, rules, other, asOf);
    };
    const bool hasCompetency = !request.competency.isEmpty() && rules.competency(request.competency);

    // docs/rules.md#recommendation-and-fallback
    if (d.eligible)
        d.recommendation = recommendationOf(request.path);
    else if (request.path == Path::Gold && eligibleFor(Path::Silver))
        d.recommendation = Recommendation::Silver;
    else if (request.path != Path::ActionPack && eligibleFor(Path::ActionPack))
        d.recommendation = Recommendation::ActionPack;
    else
        d.recommendation = Recommendation::None;

    if (hasCompetency) {
        if (request.path != Path::Gold && eligibleFor(Path::Gold))
            d.upgradeTo = Path::Gold;
        else if (request.path == Path::ActionPack && eligibleFor(Path::Silver))
            d.upgradeTo = Path::Silver;
    }

    // docs/rules.md#silver-to-gold-upgrade-discount: silver held in the same competency, gold met: the
    // upgrade discount.
    d.upgradeDiscount = request.path == Path::Gold && d.eligible &&
                        holdsActive(s, MembershipType::Silver, request.competency, asOf);
    d.covidExtension = covidExtensionApplies(s.partner, rules, request.competency);

    // docs/rules.md#courseware-access
    const bool learningPartner =
        holdsActive(s, MembershipType::ActionPack, {}, asOf) ||
        std::any_of(s.memberships.cbegin(), s.memberships.cend(), [&](const Membership& m) {
            return m.type != MembershipType::ActionPack && m.learning && m.isActiveOn(asOf);
        });
    d.learningPartnerPricing = learningPartner;
    d.externalDelivery = learningPartner && activeMcts(s, asOf) >= 1;
    return d;
}

} // namespace lp
