// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

// What every fuzz target shares: the bytes as a QByteArray, a failed invariant that stops the run
// (a crash for libFuzzer, a failed test for the corpus replay), the checks on a returned Error,
// and the guard that turns an escaping exception into a failure.

#include "domain/error.h"

#include <QByteArray>
#include <QDebug>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

namespace lp::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
    std::abort();
}

// An error names what is wrong: a code always, nothing but printable characters in it.
inline void checkError(const Error& e, const char* file, int line)
{
    if (e.code.isEmpty())
        fail("an error without a code", file, line);
    for (QChar c : e.code) {
        if (!(c.isUpper() || c.isDigit() || c == QLatin1Char('_'))) {
            qWarning() << "error code" << e.code;
            fail("an error code that is not UPPER_SNAKE_CASE", file, line);
        }
    }
}

// Runs `body`, failing on any exception that escapes it.
template <typename F> int guarded(F&& body)
{
    try {
        body();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "exception escaped the parser: %s\n", e.what());
        std::abort();
    } catch (...) {
        std::fprintf(stderr, "exception escaped the parser (not a std::exception)\n");
        std::abort();
    }
    return 0;
}

} // namespace lp::fuzz

#define LP_FUZZ_CHECK(cond)                                                                                  \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::lp::fuzz::fail(#cond, __FILE__, __LINE__);                                                     \
    } while (false)
#define LP_FUZZ_CHECK_ERROR(err) ::lp::fuzz::checkError((err), __FILE__, __LINE__)
