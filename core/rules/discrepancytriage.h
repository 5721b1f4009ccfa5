// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/purchase.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace lp {

// The seven fields of a KPI discrepancy case (docs/rules.md#case-fields) and the evidence's kind
// (docs/rules.md#case-evidence). Fields the form has not filled yet are empty optionals: a half-filled form
// is normal input.
struct DiscrepancyCaseInput
{
    std::optional<int> month;
    std::optional<int> year;
    QString omlpType;
    std::optional<int> purchaseUnit;
    QString invoiceNumber;
    std::optional<double> kpiValue;
    std::optional<qint64> revenueCents;
    std::optional<DocumentType> evidence;
    // Optional: the partner's own words (CaseService keeps it; the triage does not read it).
    QString description;
};

struct TriageResult
{
    bool valid = false;
    QList<Error> errors; // field (case.month ...) and code: REQUIRED, OUT_OF_RANGE, EVIDENCE_NOT_INVOICE
    std::optional<TriageCode> triage; // none when invalid
    // In the case's field order: month, year, omlpType, purchaseUnit, kpiValue, revenueValue
    QStringList mismatches;
    QDate visibleOn; // when the invoice month appears in a report

    bool operator==(const TriageResult&) const = default;
};

// Triage of docs/rules.md#case-triage, in its order: not yet reported, missing from the ledger,
// value mismatch, no discrepancy.
class DiscrepancyTriage
{
public:
    static TriageResult triage(const DiscrepancyCaseInput& c, const QList<Purchase>& records,
                               const QDate& asOf, int reportDay = 15);
};

} // namespace lp
