// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "repository.h"

#include <QSqlError>

namespace lp {

QSqlQuery Repository::prepare(const QString& sql) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Result<qint64> Repository::insertReturningId(QSqlQuery& query) const
{
    if (Status s = m_db.exec(query); !s)
        return s.error();
    if (!query.next())
        return Error{QStringLiteral("DB_QUERY_FAILED"), {}, {QStringLiteral("no id returned")}};
    return query.value(0).toLongLong();
}

Status Repository::execOne(QSqlQuery& query, const QString& what) const
{
    if (Status s = m_db.exec(query); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Error{QStringLiteral("NOT_FOUND"), {}, {what}};
    return {};
}

} // namespace lp
