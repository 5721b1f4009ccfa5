// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>

namespace lp {

// Strict reading of our JSON formats: the first problem becomes an Error naming its JSON
// path ("purchases[3].invoiceDate"), with UNKNOWN_KEY, MISSING_KEY, WRONG_TYPE or
// INVALID_DATE. Every reader returns false once an error is set, so calls chain simply.
class JsonReader
{
public:
    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString& path, qsizetype i)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(i);
    }

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    bool fail(const QString& code, const QString& path, const QStringList& args = {});

    // The object at `path` has no keys but `allowed`.
    bool keys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed);
    bool object(const QJsonValue& v, const QString& path, QJsonObject& out);
    bool object(const QJsonObject& o, const QString& path, const char* key, QJsonObject& out, bool required);
    bool array(const QJsonObject& o, const QString& path, const char* key, QJsonArray& out, bool required);
    bool string(const QJsonObject& o, const QString& path, const char* key, QString& out, bool required);
    bool date(const QJsonObject& o, const QString& path, const char* key, QDate& out, bool required);
    bool integer(const QJsonObject& o, const QString& path, const char* key, int& out, bool required);
    bool number(const QJsonObject& o, const QString& path, const char* key, double& out, bool required);
    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool& out, bool required);
    bool stringList(const QJsonObject& o, const QString& path, const char* key, QStringList& out,
                    bool required);

    // Optional-valued variants for forms that may be half filled (absent or null: nullopt).
    bool optionalInteger(const QJsonObject& o, const QString& path, const char* key, std::optional<int>& out);
    bool optionalNumber(const QJsonObject& o, const QString& path, const char* key,
                        std::optional<double>& out);
    bool optionalBoolean(const QJsonObject& o, const QString& path, const char* key,
                         std::optional<bool>& out);

    static QDate parseDate(const QString& text); // strict YYYY-MM-DD; null when impossible

private:
    bool present(const QJsonObject& o, const QString& path, const char* key, bool required);
    std::optional<Error> m_error;
};

} // namespace lp
