// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "repository.h"

#include <QSet>
#include <QStringList>

namespace lp {

// Per-account marks (table user_marks, migration 10): short keys an account has reached once and for
// all, such as a reminder announced or read, or the getting-started checklist dismissed. A mark is
// never taken back; adding one twice keeps the first.
class UserMarkRepository : public Repository
{
public:
    using Repository::Repository;

    // Every mark of the account that starts with `prefix` (all of them when it is empty).
    Result<QSet<QString>> marks(qint64 userId, const QString& prefix = {}) const;
    Status add(qint64 userId, const QStringList& marks, const QDateTime& at);
};

} // namespace lp
