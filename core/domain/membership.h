// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QDate>
#include <QString>

namespace lp {

// An Action Pack subscription or a silver/gold competency membership.
struct Membership
{
    qint64 id = 0;
    MembershipType type = MembershipType::ActionPack;
    QString competency; // empty for the Action Pack
    bool learning = true;
    QDate from;
    QDate to;

    bool isActiveOn(const QDate& d) const { return from <= d && d <= to; }
    bool operator==(const Membership&) const = default;
};

} // namespace lp
