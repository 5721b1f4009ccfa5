// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QString>
#include <QStringView>

#include <QtGlobal>

namespace lp::bounds {

// The largest numbers and longest texts any input may hold (docs/rules.md#input-bounds). Every
// codec (invoice CSV, scenario and check JSON) and every form checks them, so a value that is
// stored or computed with is never past them; totals are added in 64 bits or checked.

// Units on one invoice line: 1 to two thousand million (an int holds it; a total of lines is a qint64).
constexpr int kMaxUnits = 2'000'000'000;
// A revenue, or a KPI value, of one line or case: 0 to ten million million (10^13) in the currency;
// in cents that is 10^15, so 9,000 such lines still add up inside a qint64.
constexpr double kMaxAmount = 1e13;
constexpr qint64 kMaxAmountCents = 1'000'000'000'000'000;
// Invoice number, OMLP type, competency, currency: at most this many characters.
constexpr int kMaxTextLength = 200;
static_assert(kMaxTextLength == 200, "the TEXT_TOO_LONG sentence (messages.cpp) says 200");
// An error message quotes at most this many characters of a value.
constexpr int kMaxQuoted = 80;

// `value` as an error message may quote it: the first kMaxQuoted characters and "…" when longer.
inline QString quoted(QStringView value)
{
    if (value.size() <= kMaxQuoted)
        return value.toString();
    return value.first(kMaxQuoted).toString() + QChar(0x2026);
}

// The first control character (below U+0020, or U+007F) in `text`, or -1; a text field of a file
// or a form holds none (a NUL or a line break inside an invoice number is refused).
inline qsizetype controlCharacterAt(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c == 0x7f)
            return i;
    }
    return -1;
}

// Adds `value` to `total`; false, with `total` as it was, when the sum would not fit (nothing wraps).
inline bool add(qint64& total, qint64 value)
{
    qint64 sum = 0;
    if (qAddOverflow(total, value, &sum))
        return false;
    total = sum;
    return true;
}

} // namespace lp::bounds
