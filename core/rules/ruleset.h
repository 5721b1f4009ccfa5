#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// The numbers of one tier (silver or gold) of a competency's Learning option [136]-[151].
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

// The COVID-19 competency extension [117].
struct CovidExtension
{
    QDate anniversaryFrom;
    QDate anniversaryTo;
    QStringList excludedCompetencies;
    int months = 12;

    bool operator==(const CovidExtension&) const = default;
};

// One program year's rules: data, never code, because "Learning Partner Program KPI
// requirements are subject to change annually" [113]. Format: spec/formats.md.
struct RuleSet
{
    QString id;
    QDate effectiveFrom;
    QDate effectiveTo;
    int reportDay = 15;    // [175] reports are published mid-month
    int windowMonths = 12; // [176] the previous 12 months of performance activity
    QList<DocumentType> acceptedEvidence{DocumentType::Invoice}; // [179]-[180]
    int actionPackMinActiveMct = 1;                              // [129]
    QList<CompetencyRules> competencies;
    std::optional<CovidExtension> covidExtension;
    int upgradeDiscountPercent = 25; // silver-to-gold discount on the gold fee [155]
    QString source;

    const CompetencyRules* competency(const QString& name) const;
    bool accepts(DocumentType type) const { return acceptedEvidence.contains(type); }
    bool isInForceOn(const QDate& d) const { return effectiveFrom <= d && d <= effectiveTo; }
    bool operator==(const RuleSet&) const = default;
};

} // namespace lp
