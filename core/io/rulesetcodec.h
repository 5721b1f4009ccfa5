// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "rules/ruleset.h"

#include <QJsonObject>

namespace lp {

// The rule-set JSON of formats.md, read strictly: unknown keys and wrong types name the
// offending path (prefixed with `path`, e.g. "rules" inside a scenario).
class RuleSetCodec
{
public:
    static Result<RuleSet> fromJson(const QJsonObject& json, const QString& path = {});
    static Result<RuleSet> fromBytes(const QByteArray& bytes);
    static QJsonObject toJson(const RuleSet& rules);
};

} // namespace lp
