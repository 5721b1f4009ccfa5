#include "cli.h"

#include "io/checkcodecs.h"
#include "io/rulesetlibrary.h"
#include "io/scenariocodec.h"
#include "rules/eligibilityengine.h"

#include <QCoreApplication>

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

// The inline rule set, or the shipped one in force on `asOf`.
Result<RuleSet> ruleSetFor(const std::optional<RuleSet>& inline_, const QDate& asOf)
{
    if (inline_)
        return *inline_;
    return RuleSetLibrary::inForce(asOf);
}

int inputError(const Error& e)
{
    return fail(e, ExitBadInput);
}

} // namespace

int evaluateCommand(const QStringList& args)
{
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
