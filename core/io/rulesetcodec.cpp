// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetcodec.h"

#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lp {
namespace {

bool readTier(JsonReader& r, const QJsonObject& o, const QString& path, TierRules& tier)
{
    return r.keys(o, path,
                  {"minActiveMct", "minExams", "requiredExams", "minKpi", "performanceCommitment"}) &&
           r.integer(o, path, "minActiveMct", tier.minActiveMct, true) &&
           r.integer(o, path, "minExams", tier.minExams, true) &&
           r.stringList(o, path, "requiredExams", tier.requiredExams, false) &&
           r.number(o, path, "minKpi", tier.minKpi, false) &&
           r.boolean(o, path, "performanceCommitment", tier.performanceCommitment, false) &&
           (tier.minActiveMct >= 0 ||
            r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("minActiveMct")))) &&
           (tier.minExams >= 0 ||
            r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("minExams")))) &&
           (tier.minKpi >= 0 ||
            r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("minKpi"))));
}

QJsonObject tierJson(const TierRules& t)
{
    return {{QStringLiteral("minActiveMct"), t.minActiveMct},
            {QStringLiteral("minExams"), t.minExams},
            {QStringLiteral("requiredExams"), QJsonArray::fromStringList(t.requiredExams)},
            {QStringLiteral("minKpi"), t.minKpi},
            {QStringLiteral("performanceCommitment"), t.performanceCommitment}};
}

} // namespace

Result<RuleSet> RuleSetCodec::fromJson(const QJsonObject& o, const QString& path)
{
    JsonReader r;
    RuleSet rules;
    QJsonObject actionPack;
    QJsonArray competencies;
    QJsonObject covid;
    QStringList evidence{QStringLiteral("invoice")};
    r.keys(o, path,
           {"id", "effectiveFrom", "effectiveTo", "reportDay", "windowMonths", "acceptedEvidence",
            "actionPack", "competencies", "covidExtension", "upgradeDiscountPercent", "source"}) &&
        r.string(o, path, "id", rules.id, true) &&
        r.date(o, path, "effectiveFrom", rules.effectiveFrom, true) &&
        r.date(o, path, "effectiveTo", rules.effectiveTo, true) &&
        r.integer(o, path, "reportDay", rules.reportDay, false) &&
        r.integer(o, path, "windowMonths", rules.windowMonths, false) &&
        r.stringList(o, path, "acceptedEvidence", evidence, false) &&
        r.object(o, path, "actionPack", actionPack, false) &&
        r.array(o, path, "competencies", competencies, true) &&
        r.integer(o, path, "upgradeDiscountPercent", rules.upgradeDiscountPercent, false) &&
        r.string(o, path, "source", rules.source, false);
    if (r.ok() && rules.id.trimmed().isEmpty())
        r.fail(QStringLiteral("REQUIRED"), JsonReader::join(path, QStringLiteral("id")));
    if (r.ok() && rules.effectiveTo < rules.effectiveFrom)
        r.fail(QStringLiteral("DATE_ORDER"), JsonReader::join(path, QStringLiteral("effectiveTo")),
               {rules.effectiveFrom.toString(Qt::ISODate), rules.effectiveTo.toString(Qt::ISODate)});
    if (r.ok() && (rules.reportDay < 1 || rules.reportDay > 28))
        r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("reportDay")));
    if (r.ok() && (rules.windowMonths < 1 || rules.windowMonths > 36))
        r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("windowMonths")));
    if (r.ok() && (rules.upgradeDiscountPercent < 0 || rules.upgradeDiscountPercent > 100))
        r.fail(QStringLiteral("OUT_OF_RANGE"),
               JsonReader::join(path, QStringLiteral("upgradeDiscountPercent")));
    if (r.ok()) {
        rules.acceptedEvidence.clear();
        for (qsizetype i = 0; i < evidence.size(); ++i) {
            const auto type = fromString<DocumentType>(evidence[i]);
            if (!type) {
                r.fail(QStringLiteral("UNKNOWN_DOCUMENT_TYPE"),
                       JsonReader::index(JsonReader::join(path, QStringLiteral("acceptedEvidence")), i),
                       {evidence[i]});
                break;
            }
            rules.acceptedEvidence.append(*type);
        }
    }
    const QString apPath = JsonReader::join(path, QStringLiteral("actionPack"));
    r.keys(actionPack, apPath, {"minActiveMct", "renewalWindowDays", "bothStepsRequired"}) &&
        r.integer(actionPack, apPath, "minActiveMct", rules.actionPackMinActiveMct, false) &&
        r.integer(actionPack, apPath, "renewalWindowDays", rules.actionPackRenewalWindowDays, false) &&
        r.boolean(actionPack, apPath, "bothStepsRequired", rules.actionPackBothStepsRequired, false);
    if (r.ok() && (rules.actionPackRenewalWindowDays < 1 || rules.actionPackRenewalWindowDays > 366))
        r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(apPath, QStringLiteral("renewalWindowDays")));

    const QString cPath = JsonReader::join(path, QStringLiteral("competencies"));
    for (qsizetype i = 0; r.ok() && i < competencies.size(); ++i) {
        const QString p = JsonReader::index(cPath, i);
        QJsonObject c;
        CompetencyRules comp;
        QJsonObject silver, gold;
        if (!(r.object(competencies.at(i), p, c) &&
              r.keys(c, p, {"name", "learningOption", "silver", "gold"}) &&
              r.string(c, p, "name", comp.name, true) &&
              r.boolean(c, p, "learningOption", comp.learningOption, true)))
            break;
        if (rules.competency(comp.name))
            r.fail(QStringLiteral("DUPLICATE"), JsonReader::join(p, QStringLiteral("name")), {comp.name});
        if (comp.learningOption) {
            // A competency with a Learning option defines both tiers.
            r.object(c, p, "silver", silver, true) &&
                readTier(r, silver, JsonReader::join(p, QStringLiteral("silver")), comp.silver) &&
                r.object(c, p, "gold", gold, true) &&
                readTier(r, gold, JsonReader::join(p, QStringLiteral("gold")), comp.gold);
        } else if (c.contains(QStringLiteral("silver")) || c.contains(QStringLiteral("gold"))) {
            r.fail(
                QStringLiteral("UNKNOWN_KEY"),
                JsonReader::join(p, c.contains(QStringLiteral("silver")) ? QStringLiteral("silver")
                                                                         : QStringLiteral("gold")),
                {c.contains(QStringLiteral("silver")) ? QStringLiteral("silver") : QStringLiteral("gold")});
        }
        rules.competencies.append(comp);
    }

    if (r.ok() && o.contains(QStringLiteral("covidExtension"))) {
        const QString p = JsonReader::join(path, QStringLiteral("covidExtension"));
        CovidExtension ext;
        r.object(o, path, "covidExtension", covid, true) &&
            r.keys(covid, p, {"anniversaryFrom", "anniversaryTo", "excludedCompetencies", "months"}) &&
            r.date(covid, p, "anniversaryFrom", ext.anniversaryFrom, true) &&
            r.date(covid, p, "anniversaryTo", ext.anniversaryTo, true) &&
            r.stringList(covid, p, "excludedCompetencies", ext.excludedCompetencies, false) &&
            r.integer(covid, p, "months", ext.months, false);
        if (r.ok())
            rules.covidExtension = ext;
    }
    if (!r.ok())
        return r.error();
    return rules;
}

Result<RuleSet> RuleSetCodec::fromBytes(const QByteArray& bytes)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{QStringLiteral("JSON_INVALID"), {}, {parse.errorString()}};
    if (!doc.isObject())
        return Error{QStringLiteral("WRONG_TYPE"), {}, {QStringLiteral("an object")}};
    return fromJson(doc.object());
}

QJsonObject RuleSetCodec::toJson(const RuleSet& rules)
{
    QJsonArray evidence;
    for (DocumentType t : rules.acceptedEvidence)
        evidence.append(toString(t));
    QJsonArray competencies;
    for (const CompetencyRules& c : rules.competencies) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("learningOption"), c.learningOption}};
        if (c.learningOption) {
            o.insert(QStringLiteral("silver"), tierJson(c.silver));
            o.insert(QStringLiteral("gold"), tierJson(c.gold));
        }
        competencies.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), rules.id},
                  {QStringLiteral("effectiveFrom"), rules.effectiveFrom.toString(Qt::ISODate)},
                  {QStringLiteral("effectiveTo"), rules.effectiveTo.toString(Qt::ISODate)},
                  {QStringLiteral("reportDay"), rules.reportDay},
                  {QStringLiteral("windowMonths"), rules.windowMonths},
                  {QStringLiteral("acceptedEvidence"), evidence},
                  {QStringLiteral("actionPack"),
                   QJsonObject{{QStringLiteral("minActiveMct"), rules.actionPackMinActiveMct},
                               {QStringLiteral("renewalWindowDays"), rules.actionPackRenewalWindowDays},
                               {QStringLiteral("bothStepsRequired"), rules.actionPackBothStepsRequired}}},
                  {QStringLiteral("competencies"), competencies},
                  {QStringLiteral("upgradeDiscountPercent"), rules.upgradeDiscountPercent}};
    if (!rules.source.isEmpty())
        o.insert(QStringLiteral("source"), rules.source);
    if (rules.covidExtension) {
        const CovidExtension& c = *rules.covidExtension;
        o.insert(QStringLiteral("covidExtension"),
                 QJsonObject{{QStringLiteral("anniversaryFrom"), c.anniversaryFrom.toString(Qt::ISODate)},
                             {QStringLiteral("anniversaryTo"), c.anniversaryTo.toString(Qt::ISODate)},
                             {QStringLiteral("excludedCompetencies"),
                              QJsonArray::fromStringList(c.excludedCompetencies)},
                             {QStringLiteral("months"), c.months}});
    }
    return o;
}

} // namespace lp
