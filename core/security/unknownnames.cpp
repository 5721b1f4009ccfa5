// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "unknownnames.h"

namespace lp {

UnknownNames& UnknownNames::instance()
{
    static UnknownNames names;
    return names;
}

std::pair<int, QDateTime> UnknownNames::failures(const QString& name)
{
    QMutexLocker lock(&m_mutex);
    return m_failures.value(name.toLower(), {0, QDateTime()});
}

int UnknownNames::fail(const QString& name, const QDateTime& at)
{
    QMutexLocker lock(&m_mutex);
    if (m_failures.size() > 10000)
        m_failures.clear();
    auto& f = m_failures[name.toLower()];
    f = {f.first + 1, at};
    return f.first;
}

} // namespace lp
