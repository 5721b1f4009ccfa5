// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QStringList>

#include <optional>

// QCOMPARE cannot print the engine's answer codes: it calls an unqualified toString() on each
// operand, and argument-dependent lookup finds lp::toString, which returns a QString. Tests
// compare the codes' string forms instead, always made from enum values (never typed as text).
namespace lp::test {

template <typename E> QString code(E value)
{
    return toString(value);
}
template <typename E> QString code(const std::optional<E>& value)
{
    return value ? toString(*value) : QString();
}
template <typename E> QStringList codes(const QList<E>& values)
{
    QStringList out;
    for (E v : values)
        out << toString(v);
    return out;
}

} // namespace lp::test
