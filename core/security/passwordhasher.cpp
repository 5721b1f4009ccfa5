// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "passwordhasher.h"

#include <sodium.h>

#include <QByteArray>

#include <stdexcept>

namespace lp {
namespace {

void ensureSodium()
{
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

std::pair<unsigned long long, size_t> limits(PasswordHasher::Strength s)
{
    if (s == PasswordHasher::Strength::Minimal)
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

// Wipes a password's bytes once they are no longer needed.
struct SecretBytes
{
    QByteArray bytes;
    explicit SecretBytes(const QString& s) : bytes(s.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

} // namespace

Result<QString> PasswordHasher::hash(const QString& password, Strength strength)
{
    ensureSodium();
    const SecretBytes secret(password);
    const auto [ops, mem] = limits(strength);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.bytes.constData(), size_t(secret.bytes.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{QStringLiteral("HASH_FAILED"), {}, {}};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(h.constData(), secret.bytes.constData(), size_t(secret.bytes.size())) ==
           0;
}

bool PasswordHasher::needsRehash(const QString& hash, Strength strength)
{
    ensureSodium();
    const auto [ops, mem] = limits(strength);
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), ops, mem) != 0;
}

QString PasswordHasher::generate(int length)
{
    ensureSodium();
    // No 0/O, 1/l/I: a person may have to type it from a terminal.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const uint32_t n = uint32_t(sizeof(alphabet) - 1);
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(n)]));
    return out;
}

} // namespace lp
