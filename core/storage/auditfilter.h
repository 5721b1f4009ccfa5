// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QString>

namespace lp {

// What the audit trail is narrowed to; an empty criterion matches every entry. The period is
// in local days, both ends included.
struct AuditFilter
{
    QString userName;
    QString action; // e.g. case.resolve
    qint64 partnerId = 0;
    QDate from;
    QDate to;
    int limit = 1000;

    bool operator==(const AuditFilter&) const = default;
};

// Someone who appears in the audit trail: the account's name and the role it acted in.
struct AuditPerson
{
    QString userName;
    QString role;

    bool operator==(const AuditPerson&) const = default;
};

} // namespace lp
