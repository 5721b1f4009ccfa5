// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetvalidator.h"

#include "jsonreader.h"
#include "rulesetcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lp {
namespace {

// A small interpreter of the JSON Schema keywords the shipped schema uses: $ref (to $defs),
// type, required, properties, additionalProperties (false), items, enum, minimum, maximum,
// minLength and format "date"; x-lp-error names the code of a failed enum.
class SchemaWalker
{
public:
    explicit SchemaWalker(const QJsonObject& root) : m_root(root) {}

    void check(const QJsonValue& v, const QJsonObject& schema, const QString& path)
    {
        const QJsonObject s = resolve(schema);
        if (!checkType(v, s.value(QStringLiteral("type")).toString(), path))
            return;
        if (v.isDouble())
            checkNumber(v.toDouble(), s, path);
        if (v.isString())
            checkString(v.toString(), s, path);
        if (v.isObject())
            checkObject(v.toObject(), s, path);
        if (v.isArray()) {
            const QJsonObject items = s.value(QStringLiteral("items")).toObject();
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), items, JsonReader::index(path, i));
        }
    }

    QList<Error> errors;

private:
    QJsonObject resolve(const QJsonObject& s) const
    {
        const QString ref = s.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/$defs/")))
            return s;
        return m_root.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
    }

    void fail(const QString& code, const QString& path, const QStringList& args = {})
    {
        errors.append(Error{code, path, args});
    }

    bool checkType(const QJsonValue& v, const QString& type, const QString& path)
    {
        if (type.isEmpty())
            return true;
        bool ok = false;
        QString expected;
        if (type == QLatin1String("object")) {
            ok = v.isObject();
            expected = QStringLiteral("an object");
        } else if (type == QLatin1String("array")) {
            ok = v.isArray();
            expected = QStringLiteral("an array");
        } else if (type == QLatin1String("string")) {
            ok = v.isString();
            expected = QStringLiteral("a string");
        } else if (type == QLatin1String("boolean")) {
            ok = v.isBool();
            expected = QStringLiteral("true or false");
        } else if (type == QLatin1String("number")) {
            ok = v.isDouble();
            expected = QStringLiteral("a number");
        } else if (type == QLatin1String("integer")) {
            if (v.isDouble() && v.toDouble() != std::floor(v.toDouble())) {
                fail(QStringLiteral("NOT_INTEGER"), path, {QString::number(v.toDouble())});
                return false;
            }
            ok = v.isDouble();
            expected = QStringLiteral("a whole number");
        }
        if (!ok)
            fail(QStringLiteral("WRONG_TYPE"), path, {expected});
        return ok;
    }

    void checkNumber(double d, const QJsonObject& s, const QString& path)
    {
        const QJsonValue min = s.value(QStringLiteral("minimum"));
        const QJsonValue max = s.value(QStringLiteral("maximum"));
        if (min.isDouble() && d < min.toDouble())
            fail(min.toDouble() == 0 ? QStringLiteral("NEGATIVE_VALUE") : QStringLiteral("OUT_OF_RANGE"),
                 path, {QString::number(d)});
        else if (max.isDouble() && d > max.toDouble())
            fail(QStringLiteral("OUT_OF_RANGE"), path, {QString::number(d)});
    }

    void checkString(const QString& text, const QJsonObject& s, const QString& path)
    {
        if (s.value(QStringLiteral("minLength")).toInt() > 0 && text.trimmed().isEmpty()) {
            fail(QStringLiteral("REQUIRED"), path);
            return;
        }
        if (s.value(QStringLiteral("format")).toString() == QLatin1String("date") &&
            !QDate::fromString(text, Qt::ISODate).isValid()) {
            fail(QStringLiteral("INVALID_DATE"), path, {text});
            return;
        }
        const QJsonArray allowed = s.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            const QString code = s.value(QStringLiteral("x-lp-error")).toString();
            fail(code.isEmpty() ? QStringLiteral("INVALID_VALUE") : code, path, {text});
        }
    }

    void checkObject(const QJsonObject& o, const QJsonObject& s, const QString& path)
    {
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& key : s.value(QStringLiteral("required")).toArray()) {
            if (!o.contains(key.toString()))
                fail(QStringLiteral("REQUIRED"), JsonReader::join(path, key.toString()));
        }
        const bool closed = s.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = JsonReader::join(path, it.key());
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), p);
            else if (closed)
                fail(QStringLiteral("UNKNOWN_KEY"), p, {it.key()});
        }
    }

    QJsonObject m_root;
};

QString join(const QString& path, const char* key)
{
    return JsonReader::join(path, QLatin1String(key));
}

// What the schema cannot say, on a document whose types are known to be right.
void checkMeaning(const QJsonObject& o, const QList<RuleSet>& active, QList<Error>& errors)
{
    const QDate from = QDate::fromString(o.value(QStringLiteral("effectiveFrom")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(o.value(QStringLiteral("effectiveTo")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && to < from)
        errors.append(Error{QStringLiteral("DATE_ORDER"),
                            QStringLiteral("effectiveTo"),
                            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}});
    const QString id = o.value(QStringLiteral("id")).toString();
    if (from.isValid() && to.isValid() && from <= to) {
        for (const RuleSet& other : active) {
            if (other.id == id) // activating this set replaces the active one of its year
                continue;
            if (from <= other.effectiveTo && other.effectiveFrom <= to) {
                errors.append(Error{QStringLiteral("RULESET_OVERLAP"),
                                    QStringLiteral("effectiveFrom"),
                                    {other.id, other.effectiveFrom.toString(Qt::ISODate),
                                     other.effectiveTo.toString(Qt::ISODate)}});
            }
        }
    }
    const QJsonArray competencies = o.value(QStringLiteral("competencies")).toArray();
    QStringList seen;
    for (qsizetype i = 0; i < competencies.size(); ++i) {
        const QString p = JsonReader::index(QStringLiteral("competencies"), i);
        const QJsonObject c = competencies.at(i).toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        if (seen.contains(name))
            errors.append(Error{QStringLiteral("DUPLICATE"), join(p, "name"), {name}});
        seen << name;
        const bool learning = c.value(QStringLiteral("learningOption")).toBool();
        for (const char* tier : {"silver", "gold"}) {
            const bool has = c.contains(QLatin1String(tier));
            if (learning && !has)
                errors.append(Error{QStringLiteral("REQUIRED"), join(p, tier), {}});
            else if (!learning && has)
                errors.append(Error{QStringLiteral("UNKNOWN_KEY"), join(p, tier), {QLatin1String(tier)}});
        }
        if (!learning)
            continue;
        const QJsonObject silver = c.value(QStringLiteral("silver")).toObject();
        const QJsonObject gold = c.value(QStringLiteral("gold")).toObject();
        for (const char* field : {"minActiveMct", "minExams", "minKpi"}) {
            const QJsonValue s = silver.value(QLatin1String(field));
            const QJsonValue g = gold.value(QLatin1String(field));
            if (s.isDouble() && g.isDouble() && s.toDouble() > g.toDouble())
                errors.append(Error{QStringLiteral("SILVER_ABOVE_GOLD"),
                                    join(join(p, "silver"), field),
                                    {name, QLatin1String(field), QString::number(s.toDouble()),
                                     QString::number(g.toDouble())}});
        }
    }
}

} // namespace

const QJsonObject& RuleSetValidator::schema()
{
    static const QJsonObject s = [] {
        QFile f(QStringLiteral(":/schema/ruleset.schema.json"));
        (void)f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return s;
}

QList<Error> RuleSetValidator::validate(const QByteArray& bytes, const QList<RuleSet>& active)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return {Error{QStringLiteral("JSON_INVALID"), {}, {parse.errorString()}}};
    if (!doc.isObject())
        return {Error{QStringLiteral("WRONG_TYPE"), {}, {QStringLiteral("an object")}}};
    SchemaWalker walker(schema());
    walker.check(doc.object(), schema(), {});
    if (!walker.errors.isEmpty())
        return walker.errors;
    QList<Error> errors;
    checkMeaning(doc.object(), active, errors);
    // The codec reads the file as the engine will; whatever else it refuses is refused here too.
    if (errors.isEmpty()) {
        if (auto rules = RuleSetCodec::fromBytes(bytes); !rules)
            errors.append(rules.error());
    }
    return errors;
}

} // namespace lp
