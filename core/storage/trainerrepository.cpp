// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "trainerrepository.h"

namespace lp {

Result<qint64> TrainerRepository::insert(qint64 partnerId, const Trainer& t)
{
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO trainers (partner_id, name, mct_id, valid_from, valid_to)"
                               " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(partnerId);
    q.addBindValue(t.name);
    q.addBindValue(t.mctId);
    q.addBindValue(dateValue(t.validFrom));
    q.addBindValue(dateValue(t.validTo));
    return insertReturningId(q);
}

Status TrainerRepository::update(qint64 partnerId, const Trainer& t)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE trainers SET name = ?, mct_id = ?, valid_from = ?, valid_to = ?"
                               " WHERE id = ? AND partner_id = ?"));
    q.addBindValue(t.name);
    q.addBindValue(t.mctId);
    q.addBindValue(dateValue(t.validFrom));
    q.addBindValue(dateValue(t.validTo));
    q.addBindValue(t.id);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("trainer %1").arg(t.id));
}

Status TrainerRepository::remove(qint64 partnerId, qint64 trainerId)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM trainers WHERE id = ? AND partner_id = ?"));
    q.addBindValue(trainerId);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("trainer %1").arg(trainerId));
}

Result<QList<Trainer>> TrainerRepository::list(qint64 partnerId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id, name, mct_id, valid_from, valid_to FROM trainers"
                                         " WHERE partner_id = ? ORDER BY name, id"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Trainer> out;
    while (q.next()) {
        Trainer t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.mctId = q.value(2).toString();
        t.validFrom = toDate(q.value(3));
        t.validTo = toDate(q.value(4));
        out.append(t);
    }
    return out;
}

} // namespace lp
