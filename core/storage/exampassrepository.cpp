// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "exampassrepository.h"

namespace lp {

Result<qint64> ExamPassRepository::insert(qint64 partnerId, const ExamPass& e)
{
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO exam_passes (partner_id, person, exam, passed_on, competency)"
                               " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(partnerId);
    q.addBindValue(e.person);
    q.addBindValue(e.exam);
    q.addBindValue(dateValue(e.passedOn));
    q.addBindValue(e.competency);
    return insertReturningId(q);
}

Status ExamPassRepository::update(qint64 partnerId, const ExamPass& e)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE exam_passes SET person = ?, exam = ?, passed_on = ?, competency = ?"
                               " WHERE id = ? AND partner_id = ?"));
    q.addBindValue(e.person);
    q.addBindValue(e.exam);
    q.addBindValue(dateValue(e.passedOn));
    q.addBindValue(e.competency);
    q.addBindValue(e.id);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("exam pass %1").arg(e.id));
}

Status ExamPassRepository::remove(qint64 partnerId, qint64 passId)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM exam_passes WHERE id = ? AND partner_id = ?"));
    q.addBindValue(passId);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("exam pass %1").arg(passId));
}

Result<QList<ExamPass>> ExamPassRepository::list(qint64 partnerId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id, person, exam, passed_on, competency FROM exam_passes"
                                         " WHERE partner_id = ? ORDER BY passed_on, id"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<ExamPass> out;
    while (q.next()) {
        ExamPass e;
        e.id = q.value(0).toLongLong();
        e.person = q.value(1).toString();
        e.exam = q.value(2).toString();
        e.passedOn = toDate(q.value(3));
        e.competency = q.value(4).toString();
        out.append(e);
    }
    return out;
}

} // namespace lp
