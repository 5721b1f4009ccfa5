// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
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
    // A new password: its hash, whether it must be changed at the next sign-in; clears the
    // failures and the lock.
    Status setPassword(qint64 userId, const QString& hash, bool mustChange);
    Status setDisabled(qint64 userId, bool disabled);
    Status setRole(qint64 userId, Role role);
    // One more failed sign-in, counted in one statement so that every workstation on the
    // database shares the count; from the `lockAfter`-th failure on, the account is locked
    // until `lockUntil`. Returns the row as it is afterwards.
    Result<User> recordFailure(qint64 userId, const QDateTime& at, int lockAfter, const QDateTime& lockUntil);
    // A successful sign-in: the failures and the lock are cleared.
    Status recordSuccess(qint64 userId, const QDateTime& at);
    Status unlock(qint64 userId);
    // The accounts of `role` of a partner (0: the support accounts), locked for the rest of
    // the transaction on PostgreSQL, so that two administrators cannot both remove the last
    // active one.
    Result<QList<User>> lockAccountsOf(qint64 partnerId, Role role);
    Result<std::optional<User>> findByName(const QString& name) const;
    Result<std::optional<User>> findById(qint64 id) const;
    Result<QList<User>> list() const;
    Result<qint64> count() const;
};

} // namespace lp
