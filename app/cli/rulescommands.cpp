// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "io/checkcodecs.h"
#include "io/rulesetcodec.h"
#include "io/rulesetlibrary.h"
#include "io/scenariocodec.h"
#include "rules/eligibilityengine.h"
#include "services/enrollmentservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

// The rules commands: evaluate, check-discrepancy, check-listing. Each reads FILE (or
// standard input for -), decodes it strictly, asks the engine, and prints the answer.
namespace lp::cli {
namespace {

// FILE and the command's flags; exactly one FILE.
struct Arguments
{
    QString file;
    bool explain = false;
};

std::optional<Error> parseArguments(const QStringList& args, bool explainAllowed, Arguments& out)
{
    QStringList files;
    for (const QString& a : args) {
        if (explainAllowed && a == QLatin1String("--explain"))
            out.explain = true;
        else if (a.startsWith(QLatin1String("--")))
            return Error{QStringLiteral("USAGE"),
                         {},
                         {QCoreApplication::translate("lp::cli", "Unknown option \"%1\".").arg(a)}};
        else
            files << a;
    }
    if (files.size() != 1)
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("FILE"), {}};
    out.file = files.first();
    return std::nullopt;
}

// The inline rule set (provenance "inline", the SHA-256 of its compact JSON), or the shipped one
// in force on `asOf`.
Result<RuleSet> ruleSetFor(const std::optional<RuleSet>& inline_, const QDate& asOf)
{
    if (inline_) {
        RuleSet r = *inline_;
        r.sha256 =
            RuleSetLibrary::sha256(QJsonDocument(RuleSetCodec::toJson(r)).toJson(QJsonDocument::Compact));
        r.provenance = QStringLiteral("inline");
        return r;
    }
    return RuleSetLibrary::inForce(asOf);
}

// evaluate --db DB --partner MPNID [--as-of DATE] [--path PATH] [--competency NAME] [--explain]:
// a stored partner, with its stored trainers, exams and purchases, under the database's set in
// force on the date. With --path, one decision; without, {"partner", "asOf", "decisions": [...]}
// for the Action Pack and silver and gold of every competency with a Learning option.
int evaluateStored(const QStringList& args)
{
    QCommandLineParser p;
    p.addOption(databaseOption());
    p.addOption({QStringLiteral("partner"), QStringLiteral("MPN ID"), QStringLiteral("MPNID")});
    p.addOption({QStringLiteral("as-of"), QStringLiteral("evaluation date"), QStringLiteral("DATE")});
    p.addOption(
        {QStringLiteral("path"), QStringLiteral("actionPack, silver or gold"), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("competency"), QStringLiteral("competency"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("explain"), QStringLiteral("explain")});
    if (auto e = lp::cli::parseArguments(p, args, {QStringLiteral("db"), QStringLiteral("partner")}))
        return fail(*e);
    QDate asOf;
    if (auto e = asOfDate(p, asOf))
        return fail(*e);
    std::optional<Path> only;
    if (p.isSet(QStringLiteral("path"))) {
        only = fromString<Path>(p.value(QStringLiteral("path")));
        if (!only)
            return fail({QStringLiteral("INVALID_VALUE"),
                         QStringLiteral("--path"),
                         {p.value(QStringLiteral("path"))}});
        if (*only != Path::ActionPack && p.value(QStringLiteral("competency")).isEmpty())
            return fail(
                {QStringLiteral("COMPETENCY_REQUIRED"), QStringLiteral("--competency"), {toString(*only)}});
    }
    auto db = Database::open(p.value(QStringLiteral("db")));
    if (!db)
        return databaseOpenFailed(db.error());
    int exitCode = ExitOk;
    const auto partner = storedPartner(*db.value(), p.value(QStringLiteral("partner")), exitCode);
    if (!partner)
        return exitCode;
    EnrollmentService service(*db.value());
    auto snap = service.snapshotOf(partner->id);
    if (!snap)
        return fail(snap.error(), ExitInternal);
    auto rules = service.ruleSet(asOf);
    if (!rules)
        return fail(rules.error(),
                    rules.error().code == QLatin1String("NO_RULE_SET") ? ExitBadInput : ExitInternal);
    QList<EnrollmentRequest> requests;
    auto add = [&](Path path, const QString& competency) {
        requests.append(
            {path, competency, EnrollmentService::kindFor(snap.value(), path, competency, asOf), true});
    };
    if (only) {
        add(*only, p.value(QStringLiteral("competency")));
    } else {
        add(Path::ActionPack, {});
        for (const CompetencyRules& c : rules->competencies) {
            if (c.learningOption) {
                add(Path::Silver, c.name);
                add(Path::Gold, c.name);
            }
        }
    }
    QJsonArray decisions;
    for (const EnrollmentRequest& r : std::as_const(requests)) {
        auto d = service.evaluate(snap.value(), r, asOf);
        if (!d)
            return fail(d.error());
        decisions.append(ScenarioCodec::toJson(d.value(), p.isSet(QStringLiteral("explain"))));
    }
    if (only) {
        printJson(decisions.first().toObject());
        return ExitOk;
    }
    printJson(QJsonObject{{QStringLiteral("partner"), partner->mpnId},
                          {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
                          {QStringLiteral("ruleSet"), rules->id},
                          {QStringLiteral("ruleSetSha256"), rules->sha256},
                          {QStringLiteral("ruleSetProvenance"), rules->provenance},
                          {QStringLiteral("decisions"), decisions}});
    return ExitOk;
}

int inputError(const Error& e)
{
    return fail(e, ExitBadInput);
}

} // namespace

int evaluateCommand(const QStringList& args)
{
    if (args.contains(QLatin1String("--db")) || std::any_of(args.cbegin(), args.cend(), [](const QString& a) {
            return a.startsWith(QLatin1String("--db="));
        }))
        return evaluateStored(args);
    Arguments a;
    if (auto e = parseArguments(args, true, a))
        return fail(*e);
    auto bytes = readInput(a.file);
    if (!bytes)
        return inputError(bytes.error());
    auto scenario = ScenarioCodec::fromBytes(bytes.value());
    if (!scenario)
        return inputError(scenario.error());
    auto rules = ruleSetFor(scenario->rules, scenario->asOf);
    if (!rules)
        return fail(rules.error(),
                    rules.error().code == QLatin1String("NO_RULE_SET") ? ExitBadInput : ExitInternal);
    if (Status s = ScenarioCodec::validateAgainst(scenario.value(), rules.value()); !s)
        return inputError(s.error());
    const Decision d =
        EligibilityEngine::evaluate(scenario->snapshot, rules.value(), scenario->request, scenario->asOf);
    printJson(ScenarioCodec::toJson(d, a.explain));
    return ExitOk;
}

int checkDiscrepancyCommand(const QStringList& args)
{
    Arguments a;
    if (auto e = parseArguments(args, false, a))
        return fail(*e);
    auto bytes = readInput(a.file);
    if (!bytes)
        return inputError(bytes.error());
    auto check = CheckCodecs::discrepancyFromBytes(bytes.value());
    if (!check)
        return inputError(check.error());
    // The report day comes from the rule set; without one in force, the program's default.
    const auto rules = ruleSetFor(check->rules, check->asOf);
    const int reportDay = rules ? rules->reportDay : RuleSet{}.reportDay;
    printJson(CheckCodecs::toJson(
        DiscrepancyTriage::triage(check->caseInput, check->records, check->asOf, reportDay)));
    return ExitOk;
}

int checkListingCommand(const QStringList& args)
{
    Arguments a;
    if (auto e = parseArguments(args, false, a))
        return fail(*e);
    auto bytes = readInput(a.file);
    if (!bytes)
        return inputError(bytes.error());
    auto input = CheckCodecs::listingFromBytes(bytes.value());
    if (!input)
        return inputError(input.error());
    printJson(CheckCodecs::toJson(ListingCheck::check(input->listing, input->asOf)));
    return ExitOk;
}

} // namespace lp::cli
