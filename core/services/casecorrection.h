// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/discrepancycase.h"
#include "domain/error.h"
#include "domain/purchase.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace lp {

// One KPI record a correction writes: as it is and as it will be (an added record has no
// `before`), with the fields that change: invoiceDate, omlpType, purchaseUnit, kpiValue,
// revenueValue.
struct RecordChange
{
    bool added = false;
    Purchase before;
    Purchase after;
    QStringList fields;

    bool operator==(const RecordChange&) const = default;
};

// What resolving a case as corrected does to the partner's KPI records of its invoice
// (program-rules §6, amended): plan() computes it, apply() writes it; the preview support sees
// before resolving and the write are the same plan.
//   - every line takes the filed OMLP type;
//   - a filed month or year moves each line's invoice date to the same day of the filed month
//     (its last day when the month is shorter);
//   - the difference between the filed totals (units, KPI value, revenue) and the lines' totals
//     goes to the first line; a decrease the first line cannot take (units below 1, a negative
//     value) continues on the next lines (CASE_CORRECTION_IMPOSSIBLE when fewer units are filed
//     than there are lines);
//   - an invoice missing from the ledger becomes one KPI record (line 1, dated the first day of
//     the case's month, no competency).
class CaseCorrection
{
public:
    // The changes that make `lines` (the partner's records of the case's invoice, by line)
    // carry the case's values; unchanged lines are left out.
    static Result<QList<RecordChange>> plan(const DiscrepancyCase& c, const QList<Purchase>& lines);
    // The plan on the records as the database holds them now.
    static Result<QList<RecordChange>> plan(Database& db, const DiscrepancyCase& c);
    // Plans and writes the correction with one audit entry (before/after) per record, in the
    // caller's transaction.
    static Status apply(Database& db, const Actor& actor, const DiscrepancyCase& c);
};

} // namespace lp
