// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/bounds.h"
#include "domain/error.h"
#include "domain/partnersnapshot.h"
#include "rules/decision.h"
#include "rules/ruleset.h"

#include <QJsonObject>

#include <optional>

namespace lp {

class JsonReader;

// The input of `evaluate` (formats.md "Scenario").
struct Scenario
{
    QDate asOf;
    PartnerSnapshot snapshot;
    EnrollmentRequest request;
    std::optional<RuleSet> rules; // inline; otherwise the shipped one in force on asOf
};

// Scenario in, Decision out, strictly: every input error names its JSON path.
class ScenarioCodec
{
public:
    static Result<Scenario> fromBytes(const QByteArray& bytes);
    static Result<Scenario> fromJson(const QJsonObject& json);
    // What can only be checked once the rule set is known: the request's competency.
    static Status validateAgainst(const Scenario& scenario, const RuleSet& rules);
    static QJsonObject toJson(const Decision& decision, bool explain);

    // A purchase (KPI record), shared with the discrepancy check. `asOf` null: no date limit.
    static bool readPurchase(JsonReader& reader, const QJsonValue& value, const QString& path,
                             const QDate& asOf, Purchase& out);
    static QJsonObject toJson(const Purchase& purchase);
    static Result<QJsonObject> parseObject(const QByteArray& bytes);

    // The largest amount of money (in units, either sign) read from JSON: up to it a double
    // still carries every cent, beyond it the cents would be wrong (or overflow). OUT_OF_RANGE.
    static constexpr double kMaxAmount = bounds::kMaxAmount; // docs/rules.md#input-bounds
};

} // namespace lp
