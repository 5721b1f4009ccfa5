// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"
#include "error.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace lp {

struct Decision;
struct RequirementResult;

// The one place where an error code becomes a sentence in the user's language
// (QCoreApplication::translate, so the installed translator decides the language).
class Messages
{
public:
    // The translated sentence for the error, its %1, %2 ... filled from error.args.
    static QString text(const Error& error);
    // text(), prefixed with the error's path when it has one ("purchases[3].invoiceDate: ...").
    static QString textWithPath(const Error& error);

    // The engine's answers in words (messagesengine.cpp); the engine itself gives only codes
    // and figures, and every screen, the CLI's --explain and the PDF report say them with these.
    // Why `requirement` of `decision` is met or not, with its figures ("Rule set ...: 2
    // Microsoft Certified Trainers active on ...; 1 required.").
    static QString explain(const RequirementResult& requirement, const Decision& decision);
    // The path the engine recommends, for a decision about `competency` (silver, gold).
    static QString recommendation(Recommendation recommendation, const QString& competency);
    // Why a purchase does not count; `visibleOn` is the report a NotYetReported one appears in.
    static QString exclusionReason(ExclusionReason reason, const QDate& visibleOn = {});
    // The triage of a KPI discrepancy case as one sentence ("No KPI record has invoice number
    // INV-7."); `mismatches` (field names) and `visibleOn` as in TriageResult.
    static QString triage(TriageCode triage, const QString& invoiceNumber, const QStringList& mismatches = {},
                          const QDate& visibleOn = {});
    // The label of a field of a discrepancy case (month, omlpType, revenueValue ...).
    static QString caseField(const QString& field);
    // A refused import counted right: "4 problems on 2 rows; nothing was written."
    static QString importRefused(int problems, int rows);
};

} // namespace lp
