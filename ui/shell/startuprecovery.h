// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>

class QWidget;

namespace lp {

// Opens the GUI's database at start-up. A damaged one (DB_DAMAGED) is not given up on: the
// newest automatic backup of it in `backupFolder` that passes its check is shown
// (BackupContentsDialog) and, if the person agrees, restored (the damaged file kept beside it,
// as it was) and opened. Without a good backup, or when declined, the DB_DAMAGED error comes
// back as it was (its message names the command that restores another backup).
class StartupRecovery
{
public:
    static Result<std::unique_ptr<Database>> open(const QString& location, const QString& backupFolder,
                                                  QWidget* parent = nullptr);
};

} // namespace lp
