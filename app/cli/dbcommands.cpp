#include "cli.h"

namespace lp::cli {
int dbCommand(const QStringList&) { return ExitInternal; }
int userCommand(const QStringList&) { return ExitInternal; }
int partnerCommand(const QStringList&) { return ExitInternal; }
} // namespace lp::cli
