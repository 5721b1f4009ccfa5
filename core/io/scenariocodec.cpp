// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "scenariocodec.h"

#include "domain/messages.h"
#include "jsonreader.h"
#include "rulesetcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace lp {
namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

qint64 toCents(double amount)
{
    return qint64(std::llround(amount * 100.0));
}

bool readPartner(JsonReader& r, const QJsonObject& o, Partner& p, QList<Membership>& memberships)
{
    const QString path = QStringLiteral("partner");
    QJsonArray list;
    if (!(r.keys(o, path, {"mpnId", "name", "country", "anniversary", "memberships"}) &&
          r.string(o, path, "mpnId", p.mpnId, true) && r.string(o, path, "name", p.name, true) &&
          r.string(o, path, "country", p.country, true) &&
          r.date(o, path, "anniversary", p.anniversary, true) &&
          r.array(o, path, "memberships", list, false)))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString mp = JsonReader::index(QStringLiteral("partner.memberships"), i);
        QJsonObject m;
        Membership ms;
        QString type;
        if (!(r.object(list.at(i), mp, m) &&
              r.keys(m, mp, {"type", "competency", "learning", "from", "to"}) &&
              r.string(m, mp, "type", type, true)))
            return false;
        const auto t = fromString<MembershipType>(type);
        if (!t)
            return r.fail(QStringLiteral("INVALID_VALUE"), JsonReader::join(mp, QStringLiteral("type")),
                          {type});
        ms.type = *t;
        if (!(r.string(m, mp, "competency", ms.competency, ms.type != MembershipType::ActionPack) &&
              r.boolean(m, mp, "learning", ms.learning, false) && r.date(m, mp, "from", ms.from, true) &&
              r.date(m, mp, "to", ms.to, true)))
            return false;
        memberships.append(ms);
    }
    return true;
}

QJsonObject requirementJson(const RequirementResult& req, const Decision& d, bool explain)
{
    QJsonObject o{{QStringLiteral("code"), toString(req.code)}, {QStringLiteral("met"), req.met}};
    if (req.actual)
        o.insert(QStringLiteral("actual"), *req.actual);
    if (req.required)
        o.insert(QStringLiteral("required"), *req.required);
    if (req.code == RequirementCode::RequiredExams)
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(req.missing));
    if (explain)
        o.insert(QStringLiteral("explanation"), Messages::explain(req, d));
    return o;
}

} // namespace

Result<QJsonObject> ScenarioCodec::parseObject(const QByteArray& bytes)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{QStringLiteral("JSON_INVALID"), {}, {parse.errorString()}};
    if (!doc.isObject())
        return Error{QStringLiteral("WRONG_TYPE"), {}, {QStringLiteral("an object")}};
    return doc.object();
}

bool ScenarioCodec::readPurchase(JsonReader& r, const QJsonValue& value, const QString& path,
                                 const QDate& asOf, Purchase& p)
{
    QJsonObject o;
    QString docType;
    double revenue = 0;
    if (!(r.object(value, path, o) &&
          r.keys(o, path,
                 {"invoice", "line", "documentType", "invoiceDate", "omlpType", "units", "kpiValue",
                  "revenue", "currency", "competency"}) &&
          r.string(o, path, "invoice", p.invoice, true) && r.integer(o, path, "line", p.line, false) &&
          r.string(o, path, "documentType", docType, true) &&
          r.date(o, path, "invoiceDate", p.invoiceDate, true) &&
          r.string(o, path, "omlpType", p.omlpType, true) && r.integer(o, path, "units", p.units, true) &&
          r.number(o, path, "kpiValue", p.kpiValue, true) && r.number(o, path, "revenue", revenue, true) &&
          r.string(o, path, "currency", p.currency, false) &&
          r.string(o, path, "competency", p.competency, false)))
        return false;
    const auto type = fromString<DocumentType>(docType);
    if (!type)
        return r.fail(QStringLiteral("UNKNOWN_DOCUMENT_TYPE"),
                      JsonReader::join(path, QStringLiteral("documentType")), {docType});
    p.documentType = *type;
    if (p.invoice.trimmed().isEmpty())
        return r.fail(QStringLiteral("REQUIRED"), JsonReader::join(path, QStringLiteral("invoice")));
    if (p.line < 1)
        return r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("line")),
                      {QString::number(p.line)});
    if (p.units < 1 || p.units > bounds::kMaxUnits)
        return r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("units")),
                      {QString::number(p.units)});
    if (p.kpiValue < 0)
        return r.fail(QStringLiteral("NEGATIVE_AMOUNT"), JsonReader::join(path, QStringLiteral("kpiValue")),
                      {QString::number(p.kpiValue)});
    if (p.kpiValue > kMaxAmount)
        return r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("kpiValue")),
                      {QString::number(p.kpiValue)});
    for (const auto& [text, key] :
         {std::pair{&p.invoice, "invoice"}, std::pair{&p.omlpType, "omlpType"},
          std::pair{&p.currency, "currency"}, std::pair{&p.competency, "competency"}}) {
        if (text->size() > bounds::kMaxTextLength)
            return r.fail(QStringLiteral("TEXT_TOO_LONG"), JsonReader::join(path, QLatin1String(key)),
                          {QString::number(bounds::kMaxTextLength)});
        if (bounds::controlCharacterAt(*text) >= 0)
            return r.fail(QStringLiteral("CONTROL_CHARACTER"), JsonReader::join(path, QLatin1String(key)),
                          {bounds::quoted(*text)});
    }
    if (revenue < 0)
        return r.fail(QStringLiteral("NEGATIVE_AMOUNT"), JsonReader::join(path, QStringLiteral("revenue")),
                      {QString::number(revenue)});
    if (revenue > kMaxAmount)
        return r.fail(QStringLiteral("OUT_OF_RANGE"), JsonReader::join(path, QStringLiteral("revenue")),
                      {QString::number(revenue)});
    if (asOf.isValid() && p.invoiceDate > asOf)
        return r.fail(QStringLiteral("DATE_AFTER_AS_OF"),
                      JsonReader::join(path, QStringLiteral("invoiceDate")),
                      {p.invoiceDate.toString(Qt::ISODate), asOf.toString(Qt::ISODate)});
    p.revenueCents = toCents(revenue);
    return true;
}

Result<Scenario> ScenarioCodec::fromBytes(const QByteArray& bytes)
{
    auto o = parseObject(bytes);
    if (!o)
        return o.error();
    return fromJson(o.value());
}

Result<Scenario> ScenarioCodec::fromJson(const QJsonObject& o)
{
    JsonReader r;
    Scenario s;
    QJsonObject partner, request, rules;
    QJsonArray trainers, exams, purchases;
    r.keys(o, {}, {"asOf", "partner", "trainers", "exams", "purchases", "request", "rules"}) &&
        r.date(o, {}, "asOf", s.asOf, true) && r.object(o, {}, "partner", partner, true) &&
        readPartner(r, partner, s.snapshot.partner, s.snapshot.memberships) &&
        r.array(o, {}, "trainers", trainers, false) && r.array(o, {}, "exams", exams, false) &&
        r.array(o, {}, "purchases", purchases, false) && r.object(o, {}, "request", request, true);

    for (qsizetype i = 0; r.ok() && i < trainers.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("trainers"), i);
        QJsonObject t;
        Trainer tr;
        r.object(trainers.at(i), p, t) && r.keys(t, p, {"name", "mctId", "validFrom", "validTo"}) &&
            r.string(t, p, "name", tr.name, true) && r.string(t, p, "mctId", tr.mctId, true) &&
            r.date(t, p, "validFrom", tr.validFrom, false) && r.date(t, p, "validTo", tr.validTo, true);
        s.snapshot.trainers.append(tr);
    }
    for (qsizetype i = 0; r.ok() && i < exams.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("exams"), i);
        QJsonObject e;
        ExamPass ex;
        r.object(exams.at(i), p, e) && r.keys(e, p, {"person", "exam", "passedOn", "competency"}) &&
            r.string(e, p, "person", ex.person, true) && r.string(e, p, "exam", ex.exam, true) &&
            r.date(e, p, "passedOn", ex.passedOn, true) && r.string(e, p, "competency", ex.competency, true);
        s.snapshot.exams.append(ex);
    }
    QSet<QString> keys;
    for (qsizetype i = 0; r.ok() && i < purchases.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("purchases"), i);
        Purchase pu;
        if (!readPurchase(r, purchases.at(i), p, s.asOf, pu))
            break;
        const QString key = pu.invoice + QChar(0) + QString::number(pu.line);
        if (keys.contains(key)) {
            r.fail(QStringLiteral("DUPLICATE_PURCHASE"), p, {pu.invoice, QString::number(pu.line)});
            break;
        }
        keys.insert(key);
        s.snapshot.purchases.append(pu);
    }

    QString path, kind = QStringLiteral("enroll");
    r.keys(request, QStringLiteral("request"), {"path", "competency", "kind", "performanceCommitment"}) &&
        r.string(request, QStringLiteral("request"), "path", path, true) &&
        r.string(request, QStringLiteral("request"), "competency", s.request.competency, false) &&
        r.string(request, QStringLiteral("request"), "kind", kind, false) &&
        r.boolean(request, QStringLiteral("request"), "performanceCommitment",
                  s.request.performanceCommitment, false);
    if (r.ok()) {
        const auto p = fromString<Path>(path);
        const auto k = fromString<EvaluationKind>(kind);
        if (!p)
            r.fail(QStringLiteral("INVALID_VALUE"), QStringLiteral("request.path"), {path});
        else if (!k)
            r.fail(QStringLiteral("INVALID_VALUE"), QStringLiteral("request.kind"), {kind});
        else {
            s.request.path = *p;
            s.request.kind = *k;
            if (*p != Path::ActionPack && s.request.competency.trimmed().isEmpty())
                r.fail(QStringLiteral("COMPETENCY_REQUIRED"), QStringLiteral("request.competency"), {path});
        }
    }
    if (r.ok() && o.contains(QStringLiteral("rules"))) {
        if (r.object(o, {}, "rules", rules, true)) {
            auto parsed = RuleSetCodec::fromJson(rules, QStringLiteral("rules"));
            if (!parsed)
                return parsed.error();
            s.rules = parsed.value();
        }
    }
    if (!r.ok())
        return r.error();
    return s;
}

Status ScenarioCodec::validateAgainst(const Scenario& s, const RuleSet& rules)
{
    if (!s.request.competency.isEmpty() && !rules.competency(s.request.competency))
        return Error{QStringLiteral("UNKNOWN_COMPETENCY"),
                     QStringLiteral("request.competency"),
                     {s.request.competency, rules.id}};
    return {};
}

QJsonObject ScenarioCodec::toJson(const Purchase& p)
{
    QJsonObject o{{QStringLiteral("invoice"), p.invoice},
                  {QStringLiteral("line"), p.line},
                  {QStringLiteral("documentType"), toString(p.documentType)},
                  {QStringLiteral("invoiceDate"), p.invoiceDate.toString(Qt::ISODate)},
                  {QStringLiteral("omlpType"), p.omlpType},
                  {QStringLiteral("units"), p.units},
                  {QStringLiteral("kpiValue"), p.kpiValue},
                  {QStringLiteral("revenue"), double(p.revenueCents) / 100.0}};
    if (!p.currency.isEmpty())
        o.insert(QStringLiteral("currency"), p.currency);
    if (!p.competency.isEmpty())
        o.insert(QStringLiteral("competency"), p.competency);
    return o;
}

QJsonObject ScenarioCodec::toJson(const Decision& d, bool explain)
{
    QJsonArray requirements;
    for (const RequirementResult& r : d.requirements)
        requirements.append(requirementJson(r, d, explain));
    QJsonArray excluded;
    for (const ExcludedPurchase& e : d.kpi.excluded) {
        QJsonObject x{{QStringLiteral("invoice"), e.invoice},
                      {QStringLiteral("line"), e.line},
                      {QStringLiteral("reason"), toString(e.reason)}};
        if (explain && e.visibleOn.isValid())
            x.insert(QStringLiteral("visibleOn"), e.visibleOn.toString(Qt::ISODate));
        excluded.append(x);
    }
    QJsonObject kpi{
        {QStringLiteral("reportDate"), dateJson(d.kpi.reportDate)},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), dateJson(d.kpi.window.from)},
                                               {QStringLiteral("to"), dateJson(d.kpi.window.to)}}},
        {QStringLiteral("counted"), d.kpi.counted},
        {QStringLiteral("pending"), d.kpi.pending},
        {QStringLiteral("excluded"), excluded}};
    if (explain) {
        QJsonArray counted;
        for (const CountedPurchase& c : d.kpi.countedPurchases)
            counted.append(QJsonObject{{QStringLiteral("invoice"), c.invoice},
                                       {QStringLiteral("line"), c.line},
                                       {QStringLiteral("invoiceDate"), c.invoiceDate.toString(Qt::ISODate)},
                                       {QStringLiteral("kpiValue"), c.kpiValue}});
        kpi.insert(QStringLiteral("countedPurchases"), counted);
    }
    QJsonObject o{
        {QStringLiteral("ruleSet"), d.ruleSet},
        {QStringLiteral("ruleSetSha256"), d.ruleSetSha256},
        {QStringLiteral("ruleSetProvenance"), d.ruleSetProvenance},
        {QStringLiteral("asOf"), dateJson(d.asOf)},
        {QStringLiteral("path"), toString(d.path)},
        {QStringLiteral("competency"), d.competency.isEmpty() ? QJsonValue() : QJsonValue(d.competency)},
        {QStringLiteral("kind"), toString(d.kind)},
        {QStringLiteral("eligible"), d.eligible},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("kpi"), kpi},
        {QStringLiteral("recommendation"), toString(d.recommendation)},
        {QStringLiteral("upgradeTo"), d.upgradeTo ? QJsonValue(toString(*d.upgradeTo)) : QJsonValue()},
        {QStringLiteral("upgradeDiscount"), d.upgradeDiscount},
        {QStringLiteral("covidExtension"), d.covidExtension},
        {QStringLiteral("coursewareAccess"),
         QJsonObject{{QStringLiteral("pricing"),
                      d.learningPartnerPricing ? QStringLiteral("learningPartner") : QStringLiteral("full")},
                     {QStringLiteral("externalDelivery"), d.externalDelivery}}}};
    if (explain) {
        QStringList lines;
        for (const RequirementResult& r : d.requirements)
            lines << QStringLiteral("%1 %2").arg(r.met ? QStringLiteral("[x]") : QStringLiteral("[ ]"),
                                                 Messages::explain(r, d));
        o.insert(QStringLiteral("explanation"), lines.join(QLatin1Char('\n')));
    }
    return o;
}

} // namespace lp
