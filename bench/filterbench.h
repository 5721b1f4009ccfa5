// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once
// What bench_ledger and bench_ledger_pg share: every filter of the ledger workspace
// (ui/kpi/ledgerworkspace.cpp), read as its model reads a view, timed on one engine, in turn with
// the way it was read before (docs/architecture.md#the-ledger-at-a-million-rows).

#include "ledgerbench.h"
#include "rules/eligibilityengine.h"
#include "services/ledgerservice.h"
#include "services/rulesetservice.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace lp::bench {

struct FilterCase
{
    const char* name;
    LedgerFilter filter;
};

// Every filter the workspace offers, one at a time and all at once, on the rows writeInvoiceCsv makes.
inline QList<FilterCase> ledgerFilterCases()
{
    auto with = [](auto set) {
        LedgerFilter f;
        set(f);
        return f;
    };
    using V = LedgerFilter::Verdict;
    return {
        {"no filter, newest first", {}},
        {"dates: one month", with([](LedgerFilter& f) {
             f.from = QDate(2021, 3, 1);
             f.to = QDate(2021, 3, 31);
         })},
        {"dates: one year", with([](LedgerFilter& f) {
             f.from = QDate(2020, 6, 1);
             f.to = QDate(2021, 5, 31);
         })},
        {"document type: invoice (every row)",
         with([](LedgerFilter& f) { f.documentType = DocumentType::Invoice; })},
        {"document type: partner report (none)",
         with([](LedgerFilter& f) { f.documentType = DocumentType::PartnerReport; })},
        {"verdict: counted", with([](LedgerFilter& f) { f.verdict = V::Counted; })},
        {"verdict: pending", with([](LedgerFilter& f) { f.verdict = V::Pending; })},
        {"verdict: not counted", with([](LedgerFilter& f) { f.verdict = V::NotCounted; })},
        {"OMLP type: courseware (every row)",
         with([](LedgerFilter& f) { f.omlpType = QStringLiteral("courseware"); })},
        {"OMLP type: packaged (none)",
         with([](LedgerFilter& f) { f.omlpType = QStringLiteral("packaged"); })},
        {"competency: analytics (every row)",
         with([](LedgerFilter& f) { f.competency = QStringLiteral("analytics"); })},
        {"competency: security (none)",
         with([](LedgerFilter& f) { f.competency = QStringLiteral("security"); })},
        {"every filter at once", with([](LedgerFilter& f) {
             f.from = QDate(2020, 6, 1);
             f.to = QDate(2021, 5, 31);
             f.documentType = DocumentType::Invoice;
             f.verdict = V::Counted;
             f.omlpType = QStringLiteral("official");
             f.competency = QStringLiteral("data");
         })},
    };
}

// The view's query as LedgerService makes it, for the way before: every row counted in the purchases.
inline PurchaseQuery purchaseQueryOf(Database& db, qint64 partnerId, const LedgerFilter& f, const QDate& asOf)
{
    PurchaseQuery query;
    query.partnerId = partnerId;
    query.from = f.from;
    query.to = f.to;
    query.omlpType = f.omlpType;
    query.documentType = f.documentType;
    query.competency = f.competency;
    const auto rules = RuleSetService::inForce(db, asOf);
    const auto partner = PartnerRepository(db).require(partnerId);
    if (f.verdict == LedgerFilter::Verdict::Any || !rules || !partner)
        return query;
    const auto w = EligibilityEngine::window(partner.value(), rules.value(), EvaluationKind::Enroll, asOf);
    const QDate reported = std::min(w.range.to, w.visibleThrough);
    PurchaseQuery::Evidence evidence{rules->acceptedEvidence, {}, {}, false};
    if (f.verdict == LedgerFilter::Verdict::Counted) {
        evidence.from = w.range.from;
        evidence.to = reported;
    } else if (f.verdict == LedgerFilter::Verdict::Pending) {
        evidence.from = reported.addDays(1);
    } else {
        evidence.from = w.range.from;
        evidence.outside = true;
    }
    query.evidence = evidence;
    return query;
}

inline double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Each filter, `rounds` times, the two ways in turn: before (the rows counted in the purchases, then the
// first page: what the model waited for) and now (LedgerModel's way: the first page, on screen at once,
// then, when it is full, the count, which LedgerService sums from the KPI summary unless an OMLP type is
// asked). Medians of wall clock and of this process's CPU time, in ms (on PostgreSQL the server's CPU
// is not this process's: its CPU column says little there).
inline void benchLedgerFilters(Database& db, qint64 partnerId, const Session& session, const QDate& asOf,
                               const char* engine, const QByteArray& rows, int rounds = 3)
{
    LedgerService ledger(db);
    std::printf("%-38s %8s | %-17s | %-17s %-17s\n", "ledger filter", "rows", "before: count+page",
                "now: first rows", "now: + count");
    std::printf("%-38s %8s | %8s %8s | %8s %8s %8s %8s\n", "(medians, ms)", "", "wall", "CPU", "wall", "CPU",
                "wall", "CPU");
    for (const FilterCase& c : ledgerFilterCases()) {
        const PurchaseQuery query = purchaseQueryOf(db, partnerId, c.filter, asOf);
        QList<double> beforeMs, beforeCpu, firstMs, firstCpu, allMs, allCpu;
        qint64 counted = -1, shown = -1;
        QElapsedTimer t;
        for (int round = 0; round < rounds; ++round) {
            double cpu = cpuSeconds();
            t.restart();
            const auto old = PurchaseRepository(db).countRows(query);
            counted = old ? old.value() : -1;
            if (counted > 0)
                (void)ledger.page(session, partnerId, c.filter, std::nullopt, LedgerService::kPageSize, asOf);
            beforeMs << double(t.nsecsElapsed()) / 1e6;
            beforeCpu << (cpuSeconds() - cpu) * 1000;

            cpu = cpuSeconds();
            t.restart();
            const auto first =
                ledger.page(session, partnerId, c.filter, std::nullopt, LedgerService::kPageSize, asOf);
            firstMs << double(t.nsecsElapsed()) / 1e6;
            firstCpu << (cpuSeconds() - cpu) * 1000;
            shown = first ? first->size() : -1;
            if (first && first->size() == LedgerService::kPageSize) {
                const auto n = ledger.count(session, partnerId, c.filter, asOf);
                shown = n ? n.value() : -1;
            }
            allMs << double(t.nsecsElapsed()) / 1e6;
            allCpu << (cpuSeconds() - cpu) * 1000;
        }
        std::printf("%-38s %8lld | %8.1f %8.1f | %8.1f %8.1f %8.1f %8.1f%s\n", c.name, qlonglong(counted),
                    medianOf(beforeMs), medianOf(beforeCpu), medianOf(firstMs), medianOf(firstCpu),
                    medianOf(allMs), medianOf(allCpu), shown == counted ? "" : "  COUNTS DIFFER");
        benchLine(engine, "filter " + rows + " rows: " + c.name + " (first rows)", medianOf(firstMs), -1,
                  "under 300 ms");
        benchLine(engine, "filter " + rows + " rows: " + c.name + " (with the count)", medianOf(allMs),
                  medianOf(beforeMs), "under 300 ms");
    }
}

} // namespace lp::bench
