// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "checkcodecs.h"

#include "jsonreader.h"
#include "rulesetcodec.h"
#include "scenariocodec.h"

#include <QJsonArray>

#include <cmath>

namespace lp {
namespace {

QJsonArray errorsJson(const QList<Error>& errors)
{
    QJsonArray out;
    for (const Error& e : errors)
        out.append(QJsonObject{{QStringLiteral("field"), e.path}, {QStringLiteral("code"), e.code}});
    return out;
}

} // namespace

Result<DiscrepancyCheck> CheckCodecs::discrepancyFromBytes(const QByteArray& bytes)
{
    auto parsed = ScenarioCodec::parseObject(bytes);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    JsonReader r;
    DiscrepancyCheck check;
    QJsonObject c, rules;
    QJsonArray records;
    const QString cp = QStringLiteral("case");
    std::optional<double> revenue;
    QString evidence;
    r.keys(o, {}, {"asOf", "case", "records", "rules"}) && r.date(o, {}, "asOf", check.asOf, true) &&
        r.object(o, {}, "case", c, true) && r.array(o, {}, "records", records, false) &&
        r.keys(c, cp,
               {"month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue", "revenueValue",
                "evidence"}) &&
        r.optionalInteger(c, cp, "month", check.caseInput.month) &&
        r.optionalInteger(c, cp, "year", check.caseInput.year) &&
        r.string(c, cp, "omlpType", check.caseInput.omlpType, false) &&
        r.optionalInteger(c, cp, "purchaseUnit", check.caseInput.purchaseUnit) &&
        r.string(c, cp, "invoiceNumber", check.caseInput.invoiceNumber, false) &&
        r.optionalNumber(c, cp, "kpiValue", check.caseInput.kpiValue) &&
        r.optionalNumber(c, cp, "revenueValue", revenue) && r.string(c, cp, "evidence", evidence, false);
    if (r.ok() && check.caseInput.kpiValue && std::abs(*check.caseInput.kpiValue) > ScenarioCodec::kMaxAmount)
        r.fail(QStringLiteral("OUT_OF_RANGE"), QStringLiteral("case.kpiValue"),
               {QString::number(*check.caseInput.kpiValue)});
    for (const auto& [text, key] : {std::pair{&check.caseInput.omlpType, "case.omlpType"},
                                    std::pair{&check.caseInput.invoiceNumber, "case.invoiceNumber"}}) {
        if (r.ok() && text->size() > bounds::kMaxTextLength)
            r.fail(QStringLiteral("TEXT_TOO_LONG"), QLatin1String(key),
                   {QString::number(bounds::kMaxTextLength)});
        else if (r.ok() && bounds::controlCharacterAt(*text) >= 0)
            r.fail(QStringLiteral("CONTROL_CHARACTER"), QLatin1String(key), {bounds::quoted(*text)});
    }
    if (r.ok() && revenue && std::abs(*revenue) > ScenarioCodec::kMaxAmount)
        r.fail(QStringLiteral("OUT_OF_RANGE"), QStringLiteral("case.revenueValue"),
               {QString::number(*revenue)});
    if (r.ok() && revenue)
        check.caseInput.revenueCents = qint64(std::llround(*revenue * 100.0));
    if (r.ok() && !evidence.isEmpty()) {
        const auto type = fromString<DocumentType>(evidence);
        if (!type)
            r.fail(QStringLiteral("UNKNOWN_DOCUMENT_TYPE"), QStringLiteral("case.evidence"), {evidence});
        else
            check.caseInput.evidence = *type;
    }
    for (qsizetype i = 0; r.ok() && i < records.size(); ++i) {
        Purchase p;
        if (ScenarioCodec::readPurchase(r, records.at(i), JsonReader::index(QStringLiteral("records"), i), {},
                                        p))
            check.records.append(p);
    }
    if (r.ok() && o.contains(QStringLiteral("rules")) && r.object(o, {}, "rules", rules, true)) {
        auto set = RuleSetCodec::fromJson(rules, QStringLiteral("rules"));
        if (!set)
            return set.error();
        check.rules = set.value();
    }
    if (!r.ok())
        return r.error();
    return check;
}

QJsonObject CheckCodecs::toJson(const TriageResult& t)
{
    return {{QStringLiteral("valid"), t.valid},
            {QStringLiteral("errors"), errorsJson(t.errors)},
            {QStringLiteral("triage"), t.triage ? QJsonValue(toString(*t.triage)) : QJsonValue()},
            {QStringLiteral("mismatches"), QJsonArray::fromStringList(t.mismatches)},
            {QStringLiteral("visibleOn"),
             t.visibleOn.isValid() ? QJsonValue(t.visibleOn.toString(Qt::ISODate)) : QJsonValue()}};
}

Result<ListingCheckInput> CheckCodecs::listingFromBytes(const QByteArray& bytes)
{
    auto parsed = ScenarioCodec::parseObject(bytes);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = parsed.value();
    JsonReader r;
    ListingCheckInput in;
    QJsonObject l;
    const QString lp = QStringLiteral("listing");
    r.keys(o, {}, {"asOf", "listing"}) && r.date(o, {}, "asOf", in.asOf, true) &&
        r.object(o, {}, "listing", l, true) &&
        r.keys(l, lp,
               {"displayName", "country", "landingUrl", "aboutPartnerOnly", "noCompetitors",
                "ownedByPartner"}) &&
        r.string(l, lp, "displayName", in.listing.displayName, false) &&
        r.string(l, lp, "country", in.listing.country, false) &&
        r.string(l, lp, "landingUrl", in.listing.landingUrl, false) &&
        r.optionalBoolean(l, lp, "aboutPartnerOnly", in.listing.aboutPartnerOnly) &&
        r.optionalBoolean(l, lp, "noCompetitors", in.listing.noCompetitors) &&
        r.optionalBoolean(l, lp, "ownedByPartner", in.listing.ownedByPartner);
    if (!r.ok())
        return r.error();
    return in;
}

QJsonObject CheckCodecs::toJson(const ListingResult& l)
{
    QJsonObject o{{QStringLiteral("valid"), l.valid}, {QStringLiteral("errors"), errorsJson(l.errors)}};
    if (l.valid) {
        o.insert(QStringLiteral("batchWeek"),
                 QJsonObject{{QStringLiteral("from"), l.batchWeek.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), l.batchWeek.to.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("expectedVisibleBy"), l.expectedVisibleBy.toString(Qt::ISODate));
    }
    return o;
}

} // namespace lp
