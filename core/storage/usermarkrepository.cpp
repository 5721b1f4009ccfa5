// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "usermarkrepository.h"

namespace lp {

Result<QSet<QString>> UserMarkRepository::marks(qint64 userId, const QString& prefix) const
{
    // The prefix is compared with substr, not LIKE: a key may hold '%' or '_'.
    QSqlQuery q = prepare(QStringLiteral("SELECT mark FROM user_marks WHERE user_id = ?"
                                         " AND substr(mark, 1, ?) = ?"));
    q.addBindValue(userId);
    q.addBindValue(int(prefix.size()));
    q.addBindValue(text(prefix));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Status UserMarkRepository::add(qint64 userId, const QStringList& marks, const QDateTime& at)
{
    for (const QString& mark : marks) {
        QSqlQuery q =
            prepare(QStringLiteral("INSERT INTO user_marks (user_id, mark, marked_at) VALUES (?, ?, ?)"
                                   " ON CONFLICT (user_id, mark) DO NOTHING"));
        q.addBindValue(userId);
        q.addBindValue(mark);
        q.addBindValue(timestampValue(at));
        if (Status s = m_db.exec(q); !s)
            return s;
    }
    return {};
}

} // namespace lp
