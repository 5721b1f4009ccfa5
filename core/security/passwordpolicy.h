// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QString>

namespace lp {

// What a new password must be, after NIST SP 800-63B §5.1.1.2: 12 to 128 characters, any
// characters at all (spaces and every script included), no composition rules. Refused:
//   - a common password: equal, ignoring case, to an entry of the shipped list
//     (:/security/common-passwords.txt), or such an entry followed by digits only
//     ("password2024!" is not refused, "password12345678" is), or one piece repeated
//     ("monkeymonkeymonkey", "abcabcabcabc") when the piece is listed or has at most 3 characters;
//   - a password that contains the account's name, ignoring case.
// Every front end (first run, Users workspace, change password, learnpartner-cli) goes through
// check(); the errors name the field "password".
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 12;
    static constexpr int kMaximumLength = 128;

    static Status check(const QString& password, const QString& accountName = {});
    static bool isCommon(const QString& password);
    // Characters as a person counts them (Unicode code points, not UTF-16 units).
    static int length(const QString& password);
};

} // namespace lp
