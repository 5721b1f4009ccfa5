// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "dashboardservice.h"

#include "calendarservice.h"
#include "enrollmentservice.h"
#include "rules/eligibilityengine.h"
#include "rules/kpicalendar.h"
#include "rulesetservice.h"

namespace lp {
namespace {

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

Result<Dashboard> DashboardService::dashboard(const Session& session, qint64 partnerId,
                                              const QDate& asOf) const
{
    auto snap = EnrollmentService(m_db).snapshot(session, partnerId, EnrollmentService::Purchases::DailySums);
    if (!snap)
        return snap.error();
    return dashboardOf(snap.value(), asOf);
}

Result<Dashboard> DashboardService::dashboard(const Actor& actor, qint64 partnerId, const QDate& asOf) const
{
    Q_UNUSED(actor); // the operator of the command line: no session to check
    auto snap = EnrollmentService(m_db).snapshotOf(partnerId, EnrollmentService::Purchases::DailySums);
    if (!snap)
        return snap.error();
    return dashboardOf(snap.value(), asOf);
}

Result<Dashboard> DashboardService::dashboardOf(const PartnerSnapshot& snapshot, const QDate& asOf) const
{
    auto rules = RuleSetService::inForce(m_db, asOf);
    if (!rules)
        return rules.error();
    const RuleSet& r = rules.value();
    PartnerSnapshot s = snapshot;
    s.purchases.removeIf([&](const Purchase& p) { return p.invoiceDate > asOf; });

    const KpiCalendar calendar(r.reportDay, r.windowMonths);
    const EligibilityEngine::Window window =
        EligibilityEngine::window(s.partner, r, EvaluationKind::Enroll, asOf);
    Dashboard d;
    d.asOf = asOf;
    d.ruleSet = r.id;
    d.ruleSetSha256 = r.sha256;
    d.ruleSetProvenance = r.provenance;
    d.latestReport = window.reportDate;
    d.nextReport = calendar.nextReportDate(asOf);
    d.window = window.range;
    d.nextAnniversary = KpiCalendar::nextAnniversary(s.partner.anniversary, asOf);
    d.daysToAnniversary = int(asOf.daysTo(d.nextAnniversary));
    d.reminderBefore = d.nextAnniversary.addDays(-CalendarService::kReminderDaysBefore);
    d.reminderAfter = d.nextAnniversary.addDays(CalendarService::kReminderDaysAfter);

    for (QDate m = firstOfMonth(window.range.from); m <= asOf; m = m.addMonths(1))
        d.months.append({m, 0, 0, 0});
    for (const Purchase& p : std::as_const(s.purchases)) {
        const std::optional<ExclusionReason> reason = EligibilityEngine::classify(p, r, window, {}, false);
        double MonthKpis::*bucket = !reason                                      ? &MonthKpis::counted
                                    : *reason == ExclusionReason::NotYetReported ? &MonthKpis::pending
                                                                                 : &MonthKpis::excluded;
        MonthKpis total;
        total.*bucket = p.kpiValue;
        d.counted += total.counted;
        d.pending += total.pending;
        d.excluded += total.excluded;
        if (d.months.isEmpty() || p.invoiceDate < d.months.first().month)
            continue;
        const QDate first = d.months.first().month;
        const int index = (p.invoiceDate.year() - first.year()) * 12 + p.invoiceDate.month() - first.month();
        if (index < d.months.size())
            d.months[index].*bucket += p.kpiValue;
    }

    for (const CompetencyRules& c : r.competencies) {
        if (!c.learningOption)
            continue;
        for (Path path : {Path::Silver, Path::Gold})
            d.progress.append(
                EligibilityEngine::evaluate(s, r, {path, c.name, EvaluationKind::Enroll, true}, asOf));
    }
    return d;
}

Result<WhatIf> DashboardService::whatIf(const Session& session, qint64 partnerId,
                                        const QList<HypotheticalPurchase>& purchases, const QDate& asOf) const
{
    auto snap = EnrollmentService(m_db).snapshot(session, partnerId, EnrollmentService::Purchases::DailySums);
    if (!snap)
        return snap.error();
    auto rules = RuleSetService::inForce(m_db, asOf);
    if (!rules)
        return rules.error();
    const RuleSet& r = rules.value();
    for (int i = 0; i < purchases.size(); ++i) {
        const HypotheticalPurchase& h = purchases[i];
        const QString at = QStringLiteral("whatIf[%1].").arg(i);
        if (!h.date.isValid())
            return Error{QStringLiteral("REQUIRED"), at + QStringLiteral("date"), {}};
        if (h.kpiValue <= 0)
            return Error{QStringLiteral("OUT_OF_RANGE"),
                         at + QStringLiteral("kpiValue"),
                         {QString::number(h.kpiValue)}};
        const CompetencyRules* c = r.competency(h.competency);
        if (!c || !c->learningOption)
            return Error{QStringLiteral("UNKNOWN_COMPETENCY"),
                         at + QStringLiteral("competency"),
                         {h.competency, r.id}};
    }

    WhatIf out;
    const PartnerSnapshot& base = snap.value();
    out.decisionDate = KpiCalendar::nextAnniversary(base.partner.anniversary, asOf).addDays(-1);
    // The rule set in force on the decision date, when there is one; else today's.
    const auto inForceThen = RuleSetService::inForce(m_db, out.decisionDate);
    const RuleSet then = inForceThen ? inForceThen.value() : r;
    const KpiCalendar calendar(then.reportDay, then.windowMonths);
    PartnerSnapshot with = base;
    for (const HypotheticalPurchase& h : purchases) {
        out.visibleOn.append(calendar.visibleOn(h.date));
        Purchase p;
        p.invoice = QStringLiteral("what-if");
        p.invoiceDate = h.date;
        p.kpiValue = h.kpiValue;
        p.competency = h.competency;
        with.purchases.append(p);
    }
    PartnerSnapshot today = base;
    today.purchases.removeIf([&](const Purchase& p) { return p.invoiceDate > asOf; });
    auto onDate = [&](PartnerSnapshot s) {
        s.purchases.removeIf([&](const Purchase& p) { return p.invoiceDate > out.decisionDate; });
        return s;
    };
    const PartnerSnapshot without = onDate(base);
    with = onDate(with);

    QStringList touched;
    for (const HypotheticalPurchase& h : purchases) {
        if (!touched.contains(h.competency))
            touched << h.competency;
    }
    for (const QString& competency : touched) {
        for (Path path : {Path::Silver, Path::Gold}) {
            const EvaluationKind kind = EnrollmentService::kindFor(base, path, competency, out.decisionDate);
            const EnrollmentRequest request{path, competency, kind, true};
            const Decision a = EligibilityEngine::evaluate(without, then, request, out.decisionDate);
            const Decision b = EligibilityEngine::evaluate(with, then, request, out.decisionDate);
            WhatIfOutcome o;
            o.path = path;
            o.competency = competency;
            o.eligibleToday = EligibilityEngine::isEligible(
                today, r, {path, competency, EnrollmentService::kindFor(base, path, competency, asOf), true},
                asOf);
            o.eligibleWithout = a.eligible;
            o.eligibleWith = b.eligible;
            o.kpiWithout = a.kpi.counted;
            o.kpiWith = b.kpi.counted;
            if (const RequirementResult* k = b.requirement(RequirementCode::MinKpi); k && k->required)
                o.kpiRequired = *k->required;
            out.outcomes.append(o);
        }
    }
    return out;
}

} // namespace lp
