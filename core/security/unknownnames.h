// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <utility>

namespace lp {

// Failed sign-ins under names that are no account, kept in memory (per process, at most
// ten thousand names), so that an unknown name is answered with the same pauses as a real
// account: neither the message, nor the code, nor the delay tells them apart.
class UnknownNames
{
public:
    static UnknownNames& instance();

    // The failures so far and the latest one's time.
    std::pair<int, QDateTime> failures(const QString& name);
    // Counts one more failure; returns the count.
    int fail(const QString& name, const QDateTime& at);

private:
    QMutex m_mutex;
    QHash<QString, std::pair<int, QDateTime>> m_failures;
};

} // namespace lp
