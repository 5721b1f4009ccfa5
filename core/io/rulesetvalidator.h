// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "rules/ruleset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace lp {

// Checks a rule-set file before it is imported (docs/rules-admin.md#validation): first against
// the JSON Schema shipped with the product (resources/schema/ruleset.schema.json, embedded under
// :/schema), then what a schema cannot say: the effective dates in order, silver asking no more
// than gold, both tiers present exactly with a Learning option, no competency twice, and no
// overlap with the effective dates of an active set of another program year. Every problem is
// reported, each as an Error whose path is the JSON path of the field (competencies[2].gold.minKpi).
class RuleSetValidator
{
public:
    static QList<Error> validate(const QByteArray& bytes, const QList<RuleSet>& active = {});
    // The shipped schema.
    static const QJsonObject& schema();
};

} // namespace lp
