// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/partnersnapshot.h"
#include "rules/decision.h"
#include "rules/ruleset.h"
#include "security/session.h"
#include "storage/database.h"

#include <QDate>
#include <QList>

namespace lp {

// One month of the chart: the KPIs of the month's records, as the engine classifies them
// in the window of the latest report.
struct MonthKpis
{
    QDate month; // the first day
    double counted = 0;
    double pending = 0;  // not yet in a published report
    double excluded = 0; // not an invoice, or outside the window

    bool operator==(const MonthKpis&) const = default;
};

// The partner's KPI picture on one day (docs/rules.md#kpis, docs/rules.md#renewals-fees-and-reminders).
struct Dashboard
{
    QDate asOf;
    QString ruleSet;
    QString ruleSetSha256; // docs/rules-admin.md: the set's hash and provenance, shown with its name
    QString ruleSetProvenance;
    QDate latestReport;
    QDate nextReport;
    DateRange window;
    QDate nextAnniversary;
    int daysToAnniversary = 0;
    QDate reminderBefore;
    QDate reminderAfter;
    QList<MonthKpis> months; // the window's months, then the months after it up to asOf
    double counted = 0;
    double pending = 0;
    double excluded = 0;
    // Silver and gold of each competency with a Learning option, the commitment assumed:
    // each decision carries the MCT, exam and KPI requirements with actual and required.
    QList<Decision> progress;
};

// A purchase the partner is thinking of making.
struct HypotheticalPurchase
{
    QDate date;
    double kpiValue = 0;
    QString competency;
};

struct WhatIfOutcome
{
    Path path = Path::Silver;
    QString competency;
    bool eligibleToday = false;
    bool eligibleWithout = false; // on the decision date, without the hypothetical purchases
    bool eligibleWith = false;    // on the decision date, with them
    double kpiWithout = 0;
    double kpiWith = 0;
    double kpiRequired = 0;
    bool changes() const { return eligibleWith != eligibleWithout; }
};

struct WhatIf
{
    QDate decisionDate;     // the day before the next anniversary
    QList<QDate> visibleOn; // per hypothetical purchase: the report it appears in
    QList<WhatIfOutcome> outcomes;
};

// The dashboard's figures. Every verdict is the EligibilityEngine's; this only asks it and
// adds the records up per month. The ledger is read as daily sums (EnrollmentService's
// snapshot with Purchases::DailySums), so a million rows cost a few hundred values in memory.
class DashboardService
{
public:
    explicit DashboardService(Database& db) : m_db(db) {}

    Result<Dashboard> dashboard(const Session& session, qint64 partnerId, const QDate& asOf) const;
    // The same for the local operator (learnpartner-cli kpis): no session to check.
    Result<Dashboard> dashboard(const Actor& actor, qint64 partnerId, const QDate& asOf) const;
    // What the hypothetical purchases change before the anniversary; field errors name
    // whatIf[i].date, whatIf[i].kpiValue, whatIf[i].competency.
    Result<WhatIf> whatIf(const Session& session, qint64 partnerId,
                          const QList<HypotheticalPurchase>& purchases, const QDate& asOf) const;

private:
    Result<Dashboard> dashboardOf(const PartnerSnapshot& snapshot, const QDate& asOf) const;

    Database& m_db;
};

} // namespace lp
