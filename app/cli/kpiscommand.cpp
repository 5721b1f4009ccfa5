// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "services/auditlog.h"
#include "services/dashboardservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"
#include "storage/kpisummaryrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

// kpis --db DB --partner MPNID [--as-of DATE]: the KPI dashboard's figures as JSON
// (docs/cli.md#kpis), from the DashboardService the GUI's dashboard asks; and
// db rebuild-summary --db DB: the KPI summary summed again from the purchases (docs/cli.md#db-check).
namespace lp::cli {
namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject requirementJson(const RequirementResult& r)
{
    QJsonObject o{{QStringLiteral("code"), toString(r.code)}, {QStringLiteral("met"), r.met}};
    if (r.actual)
        o.insert(QStringLiteral("actual"), *r.actual);
    if (r.required)
        o.insert(QStringLiteral("required"), *r.required);
    if (r.code == RequirementCode::RequiredExams)
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(r.missing));
    return o;
}

QJsonObject dashboardJson(const QString& mpnId, const Dashboard& d)
{
    QJsonArray months;
    for (const MonthKpis& m : d.months)
        months.append(QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("counted"), m.counted},
                                  {QStringLiteral("pending"), m.pending},
                                  {QStringLiteral("excluded"), m.excluded}});
    QJsonArray progress;
    for (const Decision& decision : d.progress) {
        QJsonArray requirements;
        for (const RequirementResult& r : decision.requirements)
            requirements.append(requirementJson(r));
        progress.append(QJsonObject{{QStringLiteral("competency"), decision.competency},
                                    {QStringLiteral("path"), toString(decision.path)},
                                    {QStringLiteral("eligible"), decision.eligible},
                                    {QStringLiteral("kpiCounted"), decision.kpi.counted},
                                    {QStringLiteral("kpiPending"), decision.kpi.pending},
                                    {QStringLiteral("requirements"), requirements}});
    }
    return {{QStringLiteral("partner"), mpnId},
            {QStringLiteral("asOf"), date(d.asOf)},
            {QStringLiteral("ruleSet"), d.ruleSet},
            {QStringLiteral("ruleSetSha256"), d.ruleSetSha256},
            {QStringLiteral("ruleSetProvenance"), d.ruleSetProvenance},
            {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), date(d.window.from)},
                                                   {QStringLiteral("to"), date(d.window.to)}}},
            {QStringLiteral("latestReport"), date(d.latestReport)},
            {QStringLiteral("nextReport"), date(d.nextReport)},
            {QStringLiteral("nextAnniversary"), date(d.nextAnniversary)},
            {QStringLiteral("daysToAnniversary"), d.daysToAnniversary},
            {QStringLiteral("reminders"), QJsonObject{{QStringLiteral("before"), date(d.reminderBefore)},
                                                      {QStringLiteral("after"), date(d.reminderAfter)}}},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("counted"), d.counted},
                                                   {QStringLiteral("pending"), d.pending},
                                                   {QStringLiteral("excluded"), d.excluded}}},
            {QStringLiteral("months"), months},
            {QStringLiteral("progress"), progress}};
}

} // namespace

int kpisCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(databaseOption());
    p.addOption({QStringLiteral("partner"), QStringLiteral("MPN ID"), QStringLiteral("MPNID")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("the dashboard's day"), QStringLiteral("DATE")});
    if (auto e = parseArguments(p, args, {QStringLiteral("db"), QStringLiteral("partner")}))
        return fail(*e);
    QDate asOf;
    if (auto e = asOfDate(p, asOf))
        return fail(*e);
    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return databaseOpenFailed(db.error());
    int exitCode = ExitOk;
    const auto partner = storedPartner(*db.value(), p.value(QStringLiteral("partner")), exitCode);
    if (!partner)
        return exitCode;
    auto dashboard = DashboardService(*db.value()).dashboard(Actor::commandLine(), partner->id, asOf);
    if (!dashboard)
        return fail(dashboard.error(),
                    dashboard.error().code == QLatin1String("NO_RULE_SET") ? ExitBadInput : ExitInternal);
    printJson(dashboardJson(p.value(QStringLiteral("partner")), dashboard.value()));
    return ExitOk;
}

int dbRebuildSummary(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(databaseOption());
    if (auto e = parseArguments(p, args, {QStringLiteral("db")}))
        return fail(*e);
    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return databaseOpenFailed(db.error());
    Database& d = *db.value();
    auto stale = KpiSummaryRepository(d).staleRows();
    if (!stale)
        return fail(stale.error(), ExitInternal);
    if (Status s = KpiSummaryRepository::rebuildAll(d); !s)
        return fail(s.error(), ExitInternal);
    auto rows = KpiSummaryRepository(d).rowCount();
    if (!rows)
        return fail(rows.error(), ExitInternal);
    printJson(QJsonObject{{QStringLiteral("database"), d.location().display()},
                          {QStringLiteral("staleBefore"), stale.value()},
                          {QStringLiteral("summaryRows"), rows.value()}});
    return ExitOk;
}

} // namespace lp::cli
