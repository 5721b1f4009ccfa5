// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/exampass.h"
#include "repository.h"

#include <QList>

namespace lp {

// Exam passes of the partner's people, each recorded for one competency.
class ExamPassRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(qint64 partnerId, const ExamPass& pass);
    Status update(qint64 partnerId, const ExamPass& pass);
    Status remove(qint64 partnerId, qint64 passId);
    Result<QList<ExamPass>> list(qint64 partnerId) const;
};

} // namespace lp
