// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "userrepository.h"

namespace lp {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, name, role, partner_id, password_hash, disabled, created_at, failed_attempts,"
                   " last_failed_at, locked_until, last_sign_in_at, must_change_password FROM users");

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = fromString<Role>(q.value(2).toString()).value_or(Role::Viewer);
    u.partnerId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    u.passwordHash = q.value(4).toString();
    u.disabled = q.value(5).toInt() != 0;
    u.createdAt = Repository::toTimestamp(q.value(6));
    u.failedAttempts = q.value(7).toInt();
    u.lastFailedAt = Repository::toTimestamp(q.value(8));
    u.lockedUntil = Repository::toTimestamp(q.value(9));
    u.lastSignInAt = Repository::toTimestamp(q.value(10));
    u.mustChangePassword = q.value(11).toInt() != 0;
    return u;
}

} // namespace

Result<qint64> UserRepository::insert(const User& u)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO users (name, role, partner_id, password_hash, disabled,"
                                         " created_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                         " RETURNING id"));
    q.addBindValue(u.name);
    q.addBindValue(toString(u.role));
    q.addBindValue(idValue(u.partnerId));
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.disabled ? 1 : 0);
    q.addBindValue(timestampValue(u.createdAt.isValid() ? u.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(u.mustChangePassword ? 1 : 0);
    return insertReturningId(q);
}

Status UserRepository::setPasswordHash(qint64 userId, const QString& hash)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Status UserRepository::setPassword(qint64 userId, const QString& hash, bool mustChange)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?,"
                                         " failed_attempts = 0, last_failed_at = NULL, locked_until = NULL"
                                         " WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Status UserRepository::setRole(qint64 userId, Role role)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    q.addBindValue(toString(role));
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Result<User> UserRepository::recordFailure(qint64 userId, const QDateTime& at, int lockAfter,
                                           const QDateTime& lockUntil)
{
    // The right-hand sides read the row as it was before this statement (SQL's rule, on
    // both drivers), so the count and the lock are decided on the same value.
    QSqlQuery q = prepare(
        QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1, last_failed_at = ?,"
                       " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END"
                       " WHERE id = ?"));
    q.addBindValue(timestampValue(at));
    q.addBindValue(lockAfter);
    q.addBindValue(timestampValue(lockUntil));
    q.addBindValue(userId);
    if (Status s = execOne(q, QStringLiteral("user %1").arg(userId)); !s)
        return s.error();
    auto after = findById(userId);
    if (!after)
        return after.error();
    if (!after->has_value())
        return Error{QStringLiteral("NOT_FOUND"), {}, {QStringLiteral("user %1").arg(userId)}};
    return **after;
}

Status UserRepository::recordSuccess(qint64 userId, const QDateTime& at)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, last_failed_at = NULL,"
                                         " locked_until = NULL, last_sign_in_at = ? WHERE id = ?"));
    q.addBindValue(timestampValue(at));
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Status UserRepository::unlock(qint64 userId)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, last_failed_at = NULL,"
                                         " locked_until = NULL WHERE id = ?"));
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Result<QList<User>> UserRepository::lockAccountsOf(qint64 partnerId, Role role)
{
    QString sql = kColumns + QStringLiteral(" WHERE role = ? AND COALESCE(partner_id, 0) = ? ORDER BY id");
    if (m_db.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    QSqlQuery q = prepare(sql);
    q.addBindValue(toString(role));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<User> out;
    while (q.next())
        out.append(userFrom(q));
    return out;
}

Status UserRepository::setDisabled(qint64 userId, bool disabled)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
}

Result<std::optional<User>> UserRepository::findByName(const QString& name) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q));
}

Result<std::optional<User>> UserRepository::findById(qint64 id) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(userFrom(q));
}

Result<QList<User>> UserRepository::list() const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" ORDER BY name"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<User> out;
    while (q.next())
        out.append(userFrom(q));
    return out;
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT count(*) FROM users"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace lp
