// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace lp {

// What every repository shares: its connection, and the one way we write dates and
// timestamps (ISO 8601 text, so SQLite and PostgreSQL store and sort them alike).
class Repository
{
public:
    explicit Repository(Database& db) : m_db(db) {}

    static QVariant dateValue(const QDate& d) { return d.isNull() ? QVariant() : QVariant(isoDate(d)); }
    // YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it for years 1-9999, without its
    // printf machinery (a million-row import formats a million dates).
    static QString isoDate(const QDate& d)
    {
        const int y = d.year(), m = d.month(), day = d.day();
        const char16_t text[10] = {char16_t(u'0' + y / 1000 % 10),
                                   char16_t(u'0' + y / 100 % 10),
                                   char16_t(u'0' + y / 10 % 10),
                                   char16_t(u'0' + y % 10),
                                   u'-',
                                   char16_t(u'0' + m / 10),
                                   char16_t(u'0' + m % 10),
                                   u'-',
                                   char16_t(u'0' + day / 10),
                                   char16_t(u'0' + day % 10)};
        return QString(reinterpret_cast<const QChar*>(text), 10);
    }
    static QDate toDate(const QVariant& v)
    {
        return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    }
    static QVariant timestampValue(const QDateTime& t)
    {
        return t.isNull() ? QVariant() : QVariant(t.toUTC().toString(Qt::ISODateWithMs));
    }
    static QDateTime toTimestamp(const QVariant& v)
    {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    }
    static QVariant idValue(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }
    // Text for a NOT NULL column: a null QString would bind as SQL NULL, so it becomes ''.
    static QVariant text(const QString& s)
    {
        return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
    }

protected:
    QSqlQuery prepare(const QString& sql) const;
    // Executes an INSERT ... RETURNING id and gives the new row's id.
    Result<qint64> insertReturningId(QSqlQuery& query) const;
    // Executes an UPDATE or DELETE that must touch exactly one row (NOT_FOUND otherwise).
    Status execOne(QSqlQuery& query, const QString& what) const;

    Database& m_db;
};

} // namespace lp
