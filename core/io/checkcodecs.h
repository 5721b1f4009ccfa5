// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "rules/discrepancytriage.h"
#include "rules/listingcheck.h"
#include "rules/ruleset.h"

#include <QJsonObject>

#include <optional>

namespace lp {

// The inputs and outputs of check-discrepancy and check-listing (formats.md). A field that
// is missing or empty is no input error here (a half-filled form is normal input): the
// check answers valid: false. A value of the wrong JSON type is an input error.
struct DiscrepancyCheck
{
    QDate asOf;
    DiscrepancyCaseInput caseInput;
    QList<Purchase> records;
    std::optional<RuleSet> rules;
};

struct ListingCheckInput
{
    QDate asOf;
    ListingInput listing;
};

class CheckCodecs
{
public:
    static Result<DiscrepancyCheck> discrepancyFromBytes(const QByteArray& bytes);
    static QJsonObject toJson(const TriageResult& result);
    static Result<ListingCheckInput> listingFromBytes(const QByteArray& bytes);
    static QJsonObject toJson(const ListingResult& result);
};

} // namespace lp
