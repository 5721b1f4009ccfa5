#pragma once

#include "domain/user.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// The application's accounts. Only the password's Argon2id hash string is stored.
class UserRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const User& user);
    Status setPasswordHash(qint64 userId, const QString& hash);
    Status setDisabled(qint64 userId, bool disabled);
    Result<std::optional<User>> findByName(const QString& name) const;
    Result<std::optional<User>> findById(qint64 id) const;
    Result<QList<User>> list() const;
    Result<qint64> count() const;
};

} // namespace lp
