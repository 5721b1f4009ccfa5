// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

namespace lp {

// One line of a Courseware Marketplace document: the KPI record of a purchase of OMLP.
// Revenue is kept in integer cents so sums are exact.
struct Purchase
{
    qint64 id = 0;
    QString invoice;
    int line = 1;
    DocumentType documentType = DocumentType::Invoice;
    QDate invoiceDate;
    QString omlpType;
    int units = 1;
    double kpiValue = 0;
    qint64 revenueCents = 0;
    QString currency;   // ISO 4217, may be empty
    QString competency; // empty: counts for no competency
    // The invoice lines this row stands for: 1 for a stored purchase; a day's lines when the
    // ledger is read as daily sums (KpiSummaryRepository), which the engine counts the same way.
    int lines = 1;

    bool operator==(const Purchase&) const = default;
};

} // namespace lp
