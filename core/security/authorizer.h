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
};

} // namespace lp
