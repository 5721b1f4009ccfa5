// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace lp {

// An enrollment on one path (and competency, for silver and gold). While it is a draft,
// `answers` holds the wizard's answers as JSON so the draft can be resumed.
struct Enrollment
{
    qint64 id = 0;
    qint64 partnerId = 0;
    Path path = Path::ActionPack;
    QString competency;
    EvaluationKind kind = EvaluationKind::Enroll;
    EnrollmentStatus status = EnrollmentStatus::Draft;
    QByteArray answers;    // JSON object, the wizard's state
    QString ruleSetId;     // rule set of the decision it was submitted on
    QString ruleSetSha256; // ... and its SHA-256 (docs/rules-admin.md): reopened, it shows that set
    QDate evaluatedOn;     // the decision's evaluation date
    QDate subscriptionOn;  // Action Pack bought/renewed, or competency subscribed
    // Action Pack: account profile asked of Frontline Support (docs/rules.md#action-pack-activation)
    QDate profileRequestedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;

    bool operator==(const Enrollment&) const = default;
};

} // namespace lp
