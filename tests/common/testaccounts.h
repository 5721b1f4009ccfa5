// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/accountservice.h"
#include "storage/database.h"

#include <QDate>

// The accounts most service tests need: one partner (MPN ID 4412345, Contoso, IT) with its
// partner admin "giulia" and a viewer "luca", and a frontline support account. Minimal
// Argon2id cost: these tests are about roles, not hashing.
struct TestAccounts
{
    lp::Session admin;
    lp::Session viewer;
    lp::Session support;

    static TestAccounts create(lp::Database& db, const QDate& anniversary = QDate(2021, 5, 1))
    {
        using namespace lp;
        AccountService accounts(db, PasswordHasher::Strength::Minimal);
        const QString password = QStringLiteral("a long passphrase");
        TestAccounts t;
        t.admin = accounts
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), anniversary},
                                        QStringLiteral("giulia"), password)
                      .value();
        t.viewer = Session{
            accounts.addUser(t.admin, {QStringLiteral("luca"), Role::Viewer, t.admin.partnerId(), password})
                .value()};
        t.support = Session{accounts
                                .addUser(Actor::commandLine(),
                                         {QStringLiteral("support"), Role::FrontlineSupport, 0, password})
                                .value()};
        return t;
    }
};
