#include "userrepository.h"

namespace lp {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, name, role, partner_id, password_hash, disabled, created_at FROM users");

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
    return u;
}

} // namespace

Result<qint64> UserRepository::insert(const User& u)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO users (name, role, partner_id, password_hash, disabled,"
                                         " created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(u.name);
    q.addBindValue(toString(u.role));
    q.addBindValue(idValue(u.partnerId));
    q.addBindValue(u.passwordHash);
    q.addBindValue(u.disabled ? 1 : 0);
    q.addBindValue(timestampValue(u.createdAt.isValid() ? u.createdAt : QDateTime::currentDateTimeUtc()));
    return insertReturningId(q);
}

Status UserRepository::setPasswordHash(qint64 userId, const QString& hash)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    return execOne(q, QStringLiteral("user %1").arg(userId));
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
