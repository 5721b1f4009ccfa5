// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

namespace lp {

// Fills an empty database with a realistic demo partner around `today`: memberships,
// trainers, exam passes, thirteen months of Courseware Marketplace invoices, an order
// confirmation, and one account per role with a freshly generated password.
class DemoSeeder
{
public:
    struct Account
    {
        QString name;
        Role role;
        QString password; // shown once to the person who asked for the demo, never stored
    };

    static Result<QList<Account>> seed(Database& db, const QDate& today);
};

} // namespace lp
