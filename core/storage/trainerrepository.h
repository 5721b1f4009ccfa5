// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/trainer.h"
#include "repository.h"

#include <QList>

namespace lp {

// The partner's Microsoft Certified Trainers.
class TrainerRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(qint64 partnerId, const Trainer& trainer);
    Status update(qint64 partnerId, const Trainer& trainer);
    Status remove(qint64 partnerId, qint64 trainerId);
    Result<QList<Trainer>> list(qint64 partnerId) const;
};

} // namespace lp
