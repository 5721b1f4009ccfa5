// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// The numbers of one tier (silver or gold) of a competency's Learning option
// (docs/rules.md#enrollment-paths).
struct TierRules
{
    int minActiveMct = 0;
    int minExams = 0;
    QStringList requiredExams;
    double minKpi = 0;
    bool performanceCommitment = true;

    bool operator==(const TierRules&) const = default;
};

struct CompetencyRules
{
    QString name;
    bool learningOption = false;
    TierRules silver; // meaningful only with a Learning option
    TierRules gold;

    bool operator==(const CompetencyRules&) const = default;
};

// The COVID-19 competency extension (docs/rules.md#covid-19-extension).
struct CovidExtension
{
    QDate anniversaryFrom;
    QDate anniversaryTo;
    QStringList excludedCompetencies;
    int months = 12;

    bool operator==(const CovidExtension&) const = default;
};

// One program year's rules: data, never code, because "Learning Partner Program KPI
// requirements are subject to change annually" (docs/rules.md#rule-sets-by-program-year). Format:
// spec/formats.md.
struct RuleSet
{
    QString id;
    QDate effectiveFrom;
    QDate effectiveTo;
    int reportDay = 15;    // docs/rules.md#monthly-kpi-report: reports are published mid-month
    int windowMonths = 12; // docs/rules.md#evaluation-window: the previous 12 months of performance activity
    QList<DocumentType> acceptedEvidence{DocumentType::Invoice}; // docs/rules.md#invoices-only
    int actionPackMinActiveMct = 1;                              // docs/rules.md#learning-action-pack
    // docs/rules.md#action-pack-activation: a renewal is recorded after the expiry, within this many days
    int actionPackRenewalWindowDays = 30;
    // docs/rules.md#action-pack-activation: both steps (subscription, account profile) recorded to submit
    bool actionPackBothStepsRequired = true;
    QList<CompetencyRules> competencies;
    std::optional<CovidExtension> covidExtension;
    // silver-to-gold discount on the gold fee (docs/rules.md#silver-to-gold-upgrade-discount)
    int upgradeDiscountPercent = 25;
    QString source;
    // Where the set comes from (docs/rules-admin.md), not part of its JSON: the SHA-256 of the
    // stored file and its provenance (builtin-illustrative, imported, local-edit). Empty for a
    // set read from a file that is not stored.
    QString sha256;
    QString provenance;

    const CompetencyRules* competency(const QString& name) const;
    bool accepts(DocumentType type) const { return acceptedEvidence.contains(type); }
    bool isInForceOn(const QDate& d) const { return effectiveFrom <= d && d <= effectiveTo; }
    bool operator==(const RuleSet&) const = default;
    // The first 12 hex digits of sha256, as decisions show it.
    QString shortHash() const { return sha256.left(12); }
    bool isIllustrative() const { return provenance == QLatin1String("builtin-illustrative"); }
};

// The set of `sets` in force on `date` (docs/rules.md#rule-sets-by-program-year); nullptr when none is.
// The services pass the active sets of the database; the engine reads nothing itself.
const RuleSet* ruleSetInForce(const QList<RuleSet>& sets, const QDate& date);

} // namespace lp
