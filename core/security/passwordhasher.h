// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QString>

namespace lp {

// Argon2id password hashing through libsodium (crypto_pwhash_str): the salt and the cost
// parameters travel inside the hash string, so a stronger setting later still verifies
// old hashes. Passwords never leave this class except as hashes.
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: what a sign-in should cost
        Minimal,     // the lowest limits libsodium allows: for tests and demo data only
    };

    static Result<QString> hash(const QString& password, Strength strength = Strength::Interactive);
    static bool verify(const QString& hash, const QString& password);
    // True when the hash was made with weaker limits than `strength` asks for now.
    static bool needsRehash(const QString& hash, Strength strength = Strength::Interactive);
    // A random password of `length` characters from an unambiguous alphabet.
    static QString generate(int length = 16);
};

} // namespace lp
