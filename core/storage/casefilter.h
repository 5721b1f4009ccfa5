// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lp {

// What the case history asks the database for: every criterion left empty matches every case.
// Dates are local days, both ends included; the invoice search matches part of the invoice
// number whatever its case.
struct CaseFilter
{
    std::optional<CaseStatus> status;
    qint64 partnerId = 0; // 0: every partner
    QDate filedFrom;
    QDate filedTo;
    QDate resolvedFrom;
    QDate resolvedTo;
    QString triage; // the triage code at filing
    QString invoiceSearch;

    bool operator==(const CaseFilter&) const = default;
};

} // namespace lp
