// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "discrepancytriage.h"

#include "kpicalendar.h"

#include "domain/bounds.h"

#include <cmath>

namespace lp {

TriageResult DiscrepancyTriage::triage(const DiscrepancyCaseInput& c, const QList<Purchase>& records,
                                       const QDate& asOf, int reportDay)
{
    TriageResult r;
    auto error = [&](const char* field, const char* code) {
        r.errors.append({QLatin1String(code), QStringLiteral("case.") + QLatin1String(field), {}});
    };
    // docs/rules.md#case-fields: all seven fields are required.
    if (!c.month)
        error("month", "REQUIRED");
    else if (*c.month < 1 || *c.month > 12)
        error("month", "OUT_OF_RANGE");
    if (!c.year)
        error("year", "REQUIRED");
    else if (*c.year < 2000 || *c.year > 2999)
        error("year", "OUT_OF_RANGE");
    if (c.omlpType.trimmed().isEmpty())
        error("omlpType", "REQUIRED");
    if (!c.purchaseUnit)
        error("purchaseUnit", "REQUIRED");
    else if (*c.purchaseUnit < 1)
        error("purchaseUnit", "OUT_OF_RANGE");
    if (c.invoiceNumber.trimmed().isEmpty())
        error("invoiceNumber", "REQUIRED");
    if (!c.kpiValue)
        error("kpiValue", "REQUIRED");
    else if (*c.kpiValue < 0)
        error("kpiValue", "OUT_OF_RANGE");
    if (!c.revenueCents)
        error("revenueValue", "REQUIRED");
    else if (*c.revenueCents < 0)
        error("revenueValue", "OUT_OF_RANGE");
    // docs/rules.md#case-evidence: only an actual invoice is accepted as evidence.
    if (!c.evidence)
        error("evidence", "REQUIRED");
    else if (*c.evidence != DocumentType::Invoice)
        error("evidence", "EVIDENCE_NOT_INVOICE");

    const bool monthKnown =
        c.month && c.year && *c.month >= 1 && *c.month <= 12 && *c.year >= 2000 && *c.year <= 2999;
    if (monthKnown)
        r.visibleOn = KpiCalendar(reportDay).visibleOn(QDate(*c.year, *c.month, 1));
    r.valid = r.errors.isEmpty();
    if (!r.valid)
        return r;

    if (asOf < r.visibleOn) {
        r.triage = TriageCode::NotYetReported;
        return r;
    }
    QList<Purchase> same;
    for (const Purchase& p : records) {
        if (p.invoice == c.invoiceNumber.trimmed())
            same.append(p);
    }
    if (same.isEmpty()) {
        r.triage = TriageCode::MissingFromLedger;
        return r;
    }
    // Wide or checked totals (docs/rules.md#input-bounds): three records of 2,000,000,000 units add up
    // to 4,294,967,297 and not to 1; a revenue total past a qint64 matches no case.
    qint64 units = 0;
    double kpi = 0;
    qint64 revenue = 0;
    bool revenueFits = true;
    bool sameType = true;
    bool sameMonth = true;
    bool sameYear = true;
    for (const Purchase& p : same) {
        units += p.units;
        kpi += p.kpiValue;
        revenueFits = revenueFits && bounds::add(revenue, p.revenueCents);
        sameType = sameType && p.omlpType.compare(c.omlpType.trimmed(), Qt::CaseInsensitive) == 0;
        // The invoice month and year of every record's invoice date (an undated record differs).
        sameMonth = sameMonth && p.invoiceDate.isValid() && p.invoiceDate.month() == *c.month;
        sameYear = sameYear && p.invoiceDate.isValid() && p.invoiceDate.year() == *c.year;
    }
    if (!sameMonth)
        r.mismatches << QStringLiteral("month");
    if (!sameYear)
        r.mismatches << QStringLiteral("year");
    if (!sameType)
        r.mismatches << QStringLiteral("omlpType");
    if (units != *c.purchaseUnit)
        r.mismatches << QStringLiteral("purchaseUnit");
    if (std::abs(kpi - *c.kpiValue) > 1e-9)
        r.mismatches << QStringLiteral("kpiValue");
    if (!revenueFits || revenue != *c.revenueCents)
        r.mismatches << QStringLiteral("revenueValue");
    r.triage = r.mismatches.isEmpty() ? TriageCode::NoDiscrepancy : TriageCode::ValueMismatch;
    return r;
}

} // namespace lp
