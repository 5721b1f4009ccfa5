// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "rules/ruleset.h"

#include <QByteArray>
#include <QList>

#include <utility>

namespace lp {

// The rule sets shipped with the application (resources/rules/*.json, embedded under
// :/rules), one per program year. Their numbers are illustrative: provenance
// builtin-illustrative, sha256 the SHA-256 of the file's bytes. A database is seeded with them
// (migration 6); the services take the sets in force from the database (RuleSetService).
class RuleSetLibrary
{
public:
    static constexpr const char* kProvenance = "builtin-illustrative";
    // The shipped files' bytes by file name (fy2021.json ...).
    static QList<std::pair<QString, QByteArray>> files();
    static QString sha256(const QByteArray& bytes);
    // Every shipped rule set, by effective date; the error if one of them does not load.
    static const Result<QList<RuleSet>>& shipped();
    // The shipped rule set in force on `date`; NO_RULE_SET when none is.
    static Result<RuleSet> inForce(const QDate& date);
};

} // namespace lp
