// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "migrations.h"

namespace lp {

// Version 10: what each account has already been told, and its getting-started choices
// (docs/architecture.md#reminders-and-getting-started). One row per account and mark: a reminder
// announced on the desktop ("announced:<key>"), a reminder read in the list ("read:<key>"), the KPI
// dashboard looked at ("checklist:dashboard"), the checklist dismissed ("checklist:dismissed"). Versions
// 8 and 9 are other changes'; a database goes from 7 to 10 where they are not in the list.
Migration Migrations::userMarks()
{
    return {
        10,
        QStringLiteral("per-account marks: reminders announced and read, the getting-started checklist"),
        {
            QStringLiteral("CREATE TABLE user_marks ("
                           " user_id {INT64} NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " mark TEXT NOT NULL CHECK (length(mark) > 0),"
                           " marked_at TEXT NOT NULL,"
                           " PRIMARY KEY (user_id, mark))"),
        },
        {},
        {},
        nullptr,
    };
}

} // namespace lp
