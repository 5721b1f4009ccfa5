// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"
#include "kpicalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// What the partner asks for: the path, the competency (silver and gold), enroll or renew,
// and whether the admin ticked the performance commitment (docs/rules.md#performance-commitment).
struct EnrollmentRequest
{
    Path path = Path::ActionPack;
    QString competency;
    EvaluationKind kind = EvaluationKind::Enroll;
    bool performanceCommitment = false;

    bool operator==(const EnrollmentRequest&) const = default;
};

// One requirement of docs/rules.md#enrollment-paths and how the partner stands against it: the code and the
// figures only; Messages::explain(requirement, decision) says it in the user's language.
struct RequirementResult
{
    RequirementCode code = RequirementCode::MinActiveMct;
    bool met = false;
    std::optional<double> actual;
    std::optional<double> required;
    QStringList missing;       // REQUIRED_EXAMS: the exam codes nobody has passed
    QStringList requiredExams; // REQUIRED_EXAMS: every exam code the tier requires

    bool operator==(const RequirementResult&) const = default;
};

// A purchase that does not count, with the first reason that applies
// (docs/rules.md#why-a-purchase-does-not-count).
struct ExcludedPurchase
{
    QString invoice;
    int line = 1;
    ExclusionReason reason = ExclusionReason::NotInvoice;
    QDate visibleOn; // NotYetReported: the report it will appear in

    bool operator==(const ExcludedPurchase&) const = default;
};

struct CountedPurchase
{
    QString invoice;
    int line = 1;
    QDate invoiceDate;
    double kpiValue = 0;

    bool operator==(const CountedPurchase&) const = default;
};

struct KpiResult
{
    QDate reportDate; // the report used; null for a renewal
    DateRange window;
    double counted = 0;
    double pending = 0;
    int countedLines = 0; // the invoice lines counted (countedPurchases may list fewer: listsComplete)
    QList<CountedPurchase> countedPurchases;
    QList<ExcludedPurchase> excluded; // pending ones included, in input order
    // False when the lists hold only the first lines of the window (EnrollmentService::kpiLines).
    bool listsComplete = true;

    bool operator==(const KpiResult&) const = default;
};

// The engine's answer, with everything it rests on (formats.md "Decision").
struct Decision
{
    QString ruleSet;
    QString ruleSetSha256;     // the stored set's SHA-256 (empty for a set given inline)
    QString ruleSetProvenance; // builtin-illustrative, imported or local-edit (docs/rules-admin.md)
    QDate asOf;
    Path path = Path::ActionPack;
    QString competency;
    EvaluationKind kind = EvaluationKind::Enroll;
    bool eligible = false;
    QList<RequirementResult> requirements;
    KpiResult kpi;
    Recommendation recommendation = Recommendation::None;
    std::optional<Path> upgradeTo;
    bool upgradeDiscount = false;
    bool covidExtension = false;
    bool learningPartnerPricing = false; // coursewareAccess.pricing: learningPartner, else full
    bool externalDelivery = false;

    const RequirementResult* requirement(RequirementCode code) const
    {
        for (const RequirementResult& r : requirements) {
            if (r.code == code)
                return &r;
        }
        return nullptr;
    }
    bool operator==(const Decision&) const = default;
};

} // namespace lp
