// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/partner.h"
#include "rules/decision.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class QWidget;

namespace lp {

// The decision report of an enrollment: what the summary page shows and what is saved as
// PDF or printed, in the current language. One HTML text for all three, so they agree.
class DecisionReport
{
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)

public:
    Partner partner;
    Decision decision;
    // The steps the wizard recorded, as (what, when) in the order taken.
    QList<QPair<QString, QDate>> steps;
    QDate printedOn = QDate::currentDate();

    QString html() const;
    // One requirement as rich text: met or not (in words, not only colour), actual against
    // required, what is missing, and why (Messages::explain).
    static QString requirementHtml(const RequirementResult& r, const Decision& d);

    // Writes the report as PDF (A4); false with `error` set when the file cannot be written.
    bool writePdf(const QString& fileName, QString* error) const;
    // Asks for a printer and prints; false when the user cancels.
    bool print(QWidget* parent) const;
};

} // namespace lp
