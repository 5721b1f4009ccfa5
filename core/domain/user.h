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

    bool operator==(const User&) const = default;
};

} // namespace lp
