// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

// Invariants the JSON fuzz targets share: a purchase and a rule set, written back to JSON by
// their codec, read again to the same value.

#include "fuzzcheck.h"
#include "io/jsonreader.h"
#include "io/rulesetcodec.h"
#include "io/scenariocodec.h"

#include <QJsonDocument>

#include <cmath>

namespace lp::fuzz {

inline void checkPurchaseRoundTrip(const Purchase& p)
{
    LP_FUZZ_CHECK(std::isfinite(p.kpiValue) && p.kpiValue >= 0);
    LP_FUZZ_CHECK(p.revenueCents >= 0);
    // Through the bytes, as a file would carry it.
    const QByteArray written = QJsonDocument(ScenarioCodec::toJson(p)).toJson(QJsonDocument::Compact);
    const QJsonDocument doc = QJsonDocument::fromJson(written);
    JsonReader reader;
    Purchase back;
    const bool read = ScenarioCodec::readPurchase(reader, doc.object(), QStringLiteral("p"), {}, back);
    if (!read)
        qWarning() << "written" << written << "read back as" << reader.error().code << reader.error().path;
    LP_FUZZ_CHECK(read);
    LP_FUZZ_CHECK(back == p);
}

inline void checkRuleSetRoundTrip(const RuleSet& rules)
{
    const QByteArray written = QJsonDocument(RuleSetCodec::toJson(rules)).toJson(QJsonDocument::Compact);
    const Result<RuleSet> back = RuleSetCodec::fromBytes(written);
    if (!back)
        qWarning() << "written" << written << "read back as" << back.error().code << back.error().path;
    LP_FUZZ_CHECK(back.ok());
    LP_FUZZ_CHECK(*back == rules);
}

} // namespace lp::fuzz
