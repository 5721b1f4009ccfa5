// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "jsonreader.h"

#include "domain/bounds.h"

#include <QRegularExpression>

#include <cmath>

namespace lp {

bool JsonReader::fail(const QString& code, const QString& path, const QStringList& args)
{
    if (!m_error)
        m_error = Error{code, path, args};
    return false;
}

bool JsonReader::keys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
{
    if (!ok())
        return false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(),
                                       [&](const char* k) { return it.key() == QLatin1String(k); });
        if (!known)
            return fail(QStringLiteral("UNKNOWN_KEY"), join(path, it.key()), {it.key()});
    }
    return true;
}

bool JsonReader::present(const QJsonObject& o, const QString& path, const char* key, bool required)
{
    if (!ok())
        return false;
    if (o.contains(QLatin1String(key)))
        return true;
    if (required)
        fail(QStringLiteral("MISSING_KEY"), join(path, QLatin1String(key)), {QLatin1String(key)});
    return false;
}

bool JsonReader::object(const QJsonValue& v, const QString& path, QJsonObject& out)
{
    if (!ok())
        return false;
    if (!v.isObject())
        return fail(QStringLiteral("WRONG_TYPE"), path, {QStringLiteral("an object")});
    out = v.toObject();
    return true;
}

bool JsonReader::object(const QJsonObject& o, const QString& path, const char* key, QJsonObject& out,
                        bool required)
{
    if (!present(o, path, key, required))
        return ok();
    return object(o.value(QLatin1String(key)), join(path, QLatin1String(key)), out);
}

bool JsonReader::array(const QJsonObject& o, const QString& path, const char* key, QJsonArray& out,
                       bool required)
{
    if (!present(o, path, key, required))
        return ok();
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return fail(QStringLiteral("WRONG_TYPE"), join(path, QLatin1String(key)),
                    {QStringLiteral("an array")});
    out = v.toArray();
    return true;
}

bool JsonReader::string(const QJsonObject& o, const QString& path, const char* key, QString& out,
                        bool required)
{
    if (!present(o, path, key, required))
        return ok();
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return fail(QStringLiteral("WRONG_TYPE"), join(path, QLatin1String(key)),
                    {QStringLiteral("a string")});
    out = v.toString();
    return true;
}

QDate JsonReader::parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

bool JsonReader::date(const QJsonObject& o, const QString& path, const char* key, QDate& out, bool required)
{
    QString text;
    if (!present(o, path, key, required))
        return ok();
    if (!string(o, path, key, text, required))
        return false;
    out = parseDate(text);
    if (!out.isValid())
        return fail(QStringLiteral("INVALID_DATE"), join(path, QLatin1String(key)), {text});
    return true;
}

bool JsonReader::integer(const QJsonObject& o, const QString& path, const char* key, int& out, bool required)
{
    if (!present(o, path, key, required))
        return ok();
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d)
        return fail(QStringLiteral("WRONG_TYPE"), join(path, QLatin1String(key)),
                    {QStringLiteral("a whole number")});
    // A whole number past an int's reach is refused as such, never cut down to one.
    if (std::abs(d) > bounds::kMaxUnits)
        return fail(QStringLiteral("OUT_OF_RANGE"), join(path, QLatin1String(key)),
                    {QString::number(d, 'g', 17)});
    out = int(d);
    return true;
}

bool JsonReader::number(const QJsonObject& o, const QString& path, const char* key, double& out,
                        bool required)
{
    if (!present(o, path, key, required))
        return ok();
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return fail(QStringLiteral("WRONG_TYPE"), join(path, QLatin1String(key)),
                    {QStringLiteral("a number")});
    out = v.toDouble();
    return true;
}

bool JsonReader::boolean(const QJsonObject& o, const QString& path, const char* key, bool& out, bool required)
{
    if (!present(o, path, key, required))
        return ok();
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool())
        return fail(QStringLiteral("WRONG_TYPE"), join(path, QLatin1String(key)),
                    {QStringLiteral("true or false")});
    out = v.toBool();
    return true;
}

bool JsonReader::stringList(const QJsonObject& o, const QString& path, const char* key, QStringList& out,
                            bool required)
{
    QJsonArray a;
    if (!array(o, path, key, a, required) || !o.contains(QLatin1String(key)))
        return ok();
    out.clear();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            return fail(QStringLiteral("WRONG_TYPE"), index(join(path, QLatin1String(key)), i),
                        {QStringLiteral("a string")});
        out << a.at(i).toString();
    }
    return true;
}

bool JsonReader::optionalInteger(const QJsonObject& o, const QString& path, const char* key,
                                 std::optional<int>& out)
{
    if (!ok() || !o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
        return ok();
    int v = 0;
    if (!integer(o, path, key, v, true))
        return false;
    out = v;
    return true;
}

bool JsonReader::optionalNumber(const QJsonObject& o, const QString& path, const char* key,
                                std::optional<double>& out)
{
    if (!ok() || !o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
        return ok();
    double v = 0;
    if (!number(o, path, key, v, true))
        return false;
    out = v;
    return true;
}

bool JsonReader::optionalBoolean(const QJsonObject& o, const QString& path, const char* key,
                                 std::optional<bool>& out)
{
    if (!ok() || !o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull())
        return ok();
    bool v = false;
    if (!boolean(o, path, key, v, true))
        return false;
    out = v;
    return true;
}

} // namespace lp
