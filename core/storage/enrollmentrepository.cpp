// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentrepository.h"

namespace lp {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, partner_id, path, competency, kind, status, answers, rule_set_id, "
    "evaluated_on, subscription_on,"
    " profile_requested_on, created_at, updated_at, submitted_at, rule_set_sha256 FROM enrollments");

Enrollment enrollmentFrom(const QSqlQuery& q)
{
    Enrollment e;
    e.id = q.value(0).toLongLong();
    e.partnerId = q.value(1).toLongLong();
    e.path = fromString<Path>(q.value(2).toString()).value_or(Path::ActionPack);
    e.competency = q.value(3).toString();
    e.kind = fromString<EvaluationKind>(q.value(4).toString()).value_or(EvaluationKind::Enroll);
    e.status = fromString<EnrollmentStatus>(q.value(5).toString()).value_or(EnrollmentStatus::Draft);
    e.answers = q.value(6).toString().toUtf8();
    e.ruleSetId = q.value(7).toString();
    e.evaluatedOn = Repository::toDate(q.value(8));
    e.subscriptionOn = Repository::toDate(q.value(9));
    e.profileRequestedOn = Repository::toDate(q.value(10));
    e.createdAt = Repository::toTimestamp(q.value(11));
    e.updatedAt = Repository::toTimestamp(q.value(12));
    e.submittedAt = Repository::toTimestamp(q.value(13));
    e.ruleSetSha256 = q.value(14).toString();
    return e;
}

void bindValues(QSqlQuery& q, const Enrollment& e)
{
    q.addBindValue(toString(e.path));
    q.addBindValue(Repository::text(e.competency));
    q.addBindValue(toString(e.kind));
    q.addBindValue(toString(e.status));
    q.addBindValue(QString::fromUtf8(e.answers.isEmpty() ? QByteArrayLiteral("{}") : e.answers));
    q.addBindValue(Repository::text(e.ruleSetId));
    q.addBindValue(Repository::dateValue(e.evaluatedOn));
    q.addBindValue(Repository::dateValue(e.subscriptionOn));
    q.addBindValue(Repository::dateValue(e.profileRequestedOn));
    q.addBindValue(
        Repository::timestampValue(e.updatedAt.isValid() ? e.updatedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(Repository::timestampValue(e.submittedAt));
    q.addBindValue(Repository::text(e.ruleSetSha256));
}

} // namespace

Result<qint64> EnrollmentRepository::insert(const Enrollment& e)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO enrollments (path, competency, kind, status, answers, rule_set_id, evaluated_on,"
        " subscription_on, profile_requested_on, updated_at, submitted_at, rule_set_sha256, partner_id,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, e);
    q.addBindValue(e.partnerId);
    q.addBindValue(timestampValue(e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc()));
    return insertReturningId(q);
}

Status EnrollmentRepository::update(const Enrollment& e)
{
    QSqlQuery q = prepare(QStringLiteral(
        "UPDATE enrollments SET path = ?, competency = ?, kind = ?, status = ?, answers = ?, rule_set_id = ?,"
        " evaluated_on = ?, subscription_on = ?, profile_requested_on = ?, updated_at = ?, submitted_at = ?,"
        " rule_set_sha256 = ? WHERE id = ? AND partner_id = ?"));
    bindValues(q, e);
    q.addBindValue(e.id);
    q.addBindValue(e.partnerId);
    return execOne(q, QStringLiteral("enrollment %1").arg(e.id));
}

Status EnrollmentRepository::remove(qint64 partnerId, qint64 enrollmentId)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM enrollments WHERE id = ? AND partner_id = ?"));
    q.addBindValue(enrollmentId);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("enrollment %1").arg(enrollmentId));
}

Result<std::optional<Enrollment>> EnrollmentRepository::findById(qint64 id) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(enrollmentFrom(q));
}

Result<std::optional<Enrollment>> EnrollmentRepository::findDraft(qint64 partnerId, Path path,
                                                                  const QString& competency) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE partner_id = ? AND path = ? AND competency = ?"
                                                    " AND status = 'draft'"));
    q.addBindValue(partnerId);
    q.addBindValue(toString(path));
    q.addBindValue(text(competency));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Enrollment>();
    return std::optional<Enrollment>(enrollmentFrom(q));
}

Result<QList<Enrollment>> EnrollmentRepository::list(qint64 partnerId) const
{
    QSqlQuery q =
        prepare(kColumns + QStringLiteral(" WHERE partner_id = ? ORDER BY updated_at DESC, id DESC"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Enrollment> out;
    while (q.next())
        out.append(enrollmentFrom(q));
    return out;
}

} // namespace lp
