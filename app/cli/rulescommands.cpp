#include "cli.h"

// The rules commands (evaluate, check-discrepancy, check-listing) arrive with the rules
// engine (issue 3); until then they say so with an internal-error status.
namespace lp::cli {

namespace {
int notYet(const char* name)
{
    return fail({QStringLiteral("USAGE"), {}, {QStringLiteral("%1 is not available yet").arg(QLatin1String(name))}},
                ExitInternal);
}
} // namespace

int evaluateCommand(const QStringList&) { return notYet("evaluate"); }
int checkDiscrepancyCommand(const QStringList&) { return notYet("check-discrepancy"); }
int checkListingCommand(const QStringList&) { return notYet("check-listing"); }

} // namespace lp::cli
