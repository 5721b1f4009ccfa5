// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enrollment.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// Enrollments and their drafts (at most one open draft per partner, path and competency).
class EnrollmentRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const Enrollment& enrollment);
    Status update(const Enrollment& enrollment);
    Status remove(qint64 partnerId, qint64 enrollmentId);
    Result<std::optional<Enrollment>> findById(qint64 id) const;
    Result<std::optional<Enrollment>> findDraft(qint64 partnerId, Path path, const QString& competency) const;
    Result<QList<Enrollment>> list(qint64 partnerId) const;
};

} // namespace lp
