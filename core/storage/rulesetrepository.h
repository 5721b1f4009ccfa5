// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/rulesetrecord.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace lp {

// The rule sets of the database (table rule_sets, migration 6; docs/rules-admin.md).
class RuleSetRepository : public Repository
{
public:
    using Repository::Repository;

    // Every stored set, by effective date then id.
    Result<QList<RuleSetRecord>> list() const;
    Result<QList<RuleSetRecord>> active() const;
    Result<std::optional<RuleSetRecord>> findBySha256(const QString& sha256) const;
    Result<qint64> insert(const RuleSetRecord& r);
    // Makes `id` the one active set of its program year (the others of that year inactive).
    Status activate(qint64 id, const QString& programYear);

    // The shipped sets (RuleSetLibrary) not stored yet, stored as builtin-illustrative and
    // active when no set of their program year is: run by migration 6; running it again
    // changes nothing.
    static Status seedShipped(Database& db);
};

} // namespace lp
