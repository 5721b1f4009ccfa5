// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "permission.h"
#include "session.h"

namespace lp {

// The role checks. They live in the core, so a forbidden call fails with the same clear
// error whatever front end made it; the GUI only uses allows() to hide what it cannot do.
class Authorizer
{
public:
    // May `role` do `permission` at all?
    static bool allows(Role role, Permission permission);
    // May this session do `permission` on partner `partnerId` (0: not about one partner)?
    static Status check(const Session& session, Permission permission, qint64 partnerId = 0);

    // Who administers whom (docs/accounts.md): the MPN partner admin the partner admins,
    // account admins and viewers of their partner; the account admin the account admins and
    // viewers of their partner; the support lead the support accounts (frontline support and
    // support leads). Nobody else administers anyone; the command-line operator everyone.
    static bool mayAdminister(Role actor, Role target);
    // May this session administer an account of `targetRole` on partner `targetPartnerId`
    // (0: a support account)? For a role change, ask for the old role and the new one.
    static Status checkAdminister(const Session& session, Role targetRole, qint64 targetPartnerId);
};

} // namespace lp
