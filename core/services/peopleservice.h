// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/exampass.h"
#include "domain/rowerror.h"
#include "domain/trainer.h"
#include "security/session.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace lp {

// The partner's people: Microsoft Certified Trainers and exam passes. Every change is
// checked against the session, validated field by field, written in one transaction and
// audited; CSV imports are all or nothing.
class PeopleService
{
public:
    // MCTs whose validity ends within this many days are flagged (docs/rules.md#expiring-trainers).
    static constexpr int kExpiryWarningDays = 60;

    explicit PeopleService(Database& db) : m_db(db) {}

    static Status validate(const Trainer& trainer);
    static Status validate(const ExamPass& pass, const QDate& today);
    static bool expiresSoon(const Trainer& trainer, const QDate& today);

    Result<QList<Trainer>> trainers(const Session& session, qint64 partnerId) const;
    Result<Trainer> addTrainer(const Session& session, qint64 partnerId, Trainer trainer);
    Result<Trainer> updateTrainer(const Session& session, qint64 partnerId, const Trainer& trainer);
    Status removeTrainer(const Session& session, qint64 partnerId, qint64 trainerId);

    Result<QList<ExamPass>> examPasses(const Session& session, qint64 partnerId) const;
    Result<ExamPass> addExamPass(const Session& session, qint64 partnerId, ExamPass pass, const QDate& today);
    Result<ExamPass> updateExamPass(const Session& session, qint64 partnerId, const ExamPass& pass,
                                    const QDate& today);
    Status removeExamPass(const Session& session, qint64 partnerId, qint64 passId);

    // CSV with a header row. Trainers: name, mctId, validFrom (optional), validTo; a known
    // MCT ID updates that trainer. Exam passes: person, exam, passedOn, competency; a pass
    // already on record (same person, exam and competency) is updated or left as it is.
    Result<ImportSummary> importTrainers(const Session& session, qint64 partnerId, QIODevice& csv);
    Result<ImportSummary> importExamPasses(const Session& session, qint64 partnerId, QIODevice& csv,
                                           const QDate& today);
    Result<QByteArray> exportTrainers(const Session& session, qint64 partnerId) const;
    Result<QByteArray> exportExamPasses(const Session& session, qint64 partnerId) const;

private:
    Database& m_db;
};

} // namespace lp
