// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace lp {

// An account of the application. Partner roles belong to one partner; frontline support
// belongs to none. The password is only ever kept as an Argon2id hash string.
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    qint64 partnerId = 0; // 0: no partner (frontline support)
    QString passwordHash;
    bool disabled = false;
    QDateTime createdAt;
    // Sign-in throttling and the password's state (schema version 4).
    int failedAttempts = 0;          // consecutive failed sign-ins; a success resets it
    QDateTime lastFailedAt;          // the latest of them
    QDateTime lockedUntil;           // locked while now < lockedUntil
    QDateTime lastSignInAt;          // the latest successful sign-in
    bool mustChangePassword = false; // after a reset: the one-time password must be replaced

    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }

    bool operator==(const User&) const = default;
};

} // namespace lp
