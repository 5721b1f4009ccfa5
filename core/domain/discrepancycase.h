// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// A KPI discrepancy case filed with Partner Frontline Support: the seven fields of
// docs/rules.md#case-fields, the invoice as evidence, the triage and the resolution.
struct DiscrepancyCase
{
    qint64 id = 0;
    qint64 partnerId = 0;
    int month = 0;
    int year = 0;
    QString omlpType;
    int purchaseUnit = 0;
    QString invoiceNumber;
    double kpiValue = 0;
    qint64 revenueCents = 0;
    QString currency;
    DocumentType evidenceType = DocumentType::Invoice;
    QString evidenceName;
    QString evidenceMimeType;
    QByteArray evidenceSha256;                     // hex
    TriageCode triage = TriageCode::NoDiscrepancy; // DiscrepancyTriage's answer at filing
    QStringList triageFields;                      // its mismatches at filing, in the case's field order
    QString description;                           // optional: the partner's own words about the discrepancy
    CaseStatus status = CaseStatus::Open;
    QString filedBy;
    QDateTime filedAt;
    // Who closed the case, when and why: support when it resolved it, the partner admin when it
    // withdrew it (CaseStatus::Withdrawn, the note is the reason given).
    QString resolvedBy;
    QDateTime resolvedAt;
    QString resolutionNote;
    // The triage as it stood when the case was resolved (on the ledger before any correction);
    // empty while open, and for cases resolved before it was stored.
    std::optional<TriageCode> resolutionTriage; // none while open, and for cases resolved before schema 5
    QStringList resolutionTriageFields;

    bool operator==(const DiscrepancyCase&) const = default;
};

} // namespace lp
