// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDateTime>

#include <functional>

namespace lp {

// The limits of sign-in throttling (docs/accounts.md). Failures are counted per account in
// the database; from the `delayAfter`-th consecutive failure on, the next attempt must wait
// firstDelayMs, doubled after every further failure (at most maxDelayMs); at the
// `lockAfter`-th the account locks for lockSeconds or until an administrator unlocks it.
// The clock is injectable, so tests move time instead of sleeping.
struct SignInThrottle
{
    int delayAfter = 5;
    int lockAfter = 10;
    qint64 lockSeconds = 15 * 60;
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 30000;
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    // How long an account with `failures` consecutive failures waits after the latest one.
    qint64 delayMs(int failures) const
    {
        if (failures < delayAfter)
            return 0;
        qint64 d = firstDelayMs;
        for (int i = delayAfter; i < failures && d < maxDelayMs; ++i)
            d *= 2;
        return qMin(d, maxDelayMs);
    }
    // Milliseconds still to wait at `now`, 0 when an attempt may be made.
    qint64 waitMs(int failures, const QDateTime& lastFailure, const QDateTime& now) const
    {
        if (!lastFailure.isValid())
            return 0;
        const qint64 left = delayMs(failures) - lastFailure.msecsTo(now);
        return left > 0 ? left : 0;
    }
    static QString seconds(qint64 ms) { return QString::number((ms + 999) / 1000); }
};

} // namespace lp
