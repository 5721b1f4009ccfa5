// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/user.h"

namespace lp {

// Who is signed in. Services take the session and check it before doing anything.
struct Session
{
    User user;

    bool isValid() const { return user.id > 0; }
    Role role() const { return user.role; }
    qint64 partnerId() const { return user.partnerId; }
    const QString& userName() const { return user.name; }
};

} // namespace lp
