// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enrollment.h"
#include "domain/partnersnapshot.h"
#include "rules/decision.h"
#include "rules/ruleset.h"
#include "security/session.h"
#include "storage/database.h"

#include <QList>

#include <optional>

namespace lp {

// Enrollment: what the wizards ask. It loads the partner's snapshot, finds the rule set in
// force, and lets the EligibilityEngine decide; it keeps drafts (one per partner, path and
// competency) and submits an enrollment with its audit entry in one transaction.
class EnrollmentService
{
public:
    explicit EnrollmentService(Database& db) : m_db(db) {}

    // Everything the engine needs about the partner, as values. The purchases are the rows,
    // or their sums per day, document type and competency (KpiSummaryRepository): the engine
    // counts and classifies those alike, in a few hundred values whatever the ledger's size.
    enum class Purchases { Rows, DailySums };
    Result<PartnerSnapshot> snapshot(const Session& session, qint64 partnerId,
                                     Purchases purchases = Purchases::Rows) const;
    // The same for the command-line operator, who has the database itself (no session).
    Result<PartnerSnapshot> snapshotOf(qint64 partnerId, Purchases purchases = Purchases::Rows) const;
    // The active set in force on `asOf`, from the database (RuleSetService).
    Result<RuleSet> ruleSet(const QDate& asOf) const;
    // The set an enrollment was decided under (its SHA-256), not today's.
    Result<RuleSet> ruleSetOf(const Session& session, const Enrollment& enrollment) const;
    // The last day of the partner's latest Action Pack (null: none).
    static QDate actionPackExpiry(const QList<Membership>& memberships);
    // Enroll or renew on `on`: renewing a silver or gold tier is asking for the one the
    // partner holds that day in that competency. (The Action Pack's renewal is the admin's
    // answer: it is renewed only after it has expired.)
    static EvaluationKind kindFor(const PartnerSnapshot& snapshot, Path path, const QString& competency,
                                  const QDate& on);
    // The engine's decision on the ledger's daily sums (a million purchases weigh a few hundred
    // values), with the KPI lists of kpiLines() (listsComplete false when they are cut).
    Result<Decision> evaluate(const Session& session, qint64 partnerId, const EnrollmentRequest& request,
                              const QDate& asOf) const;
    // The same on a snapshot the caller already loaded (a wizard asks many questions of one):
    // its lists are those of the snapshot's purchases (sums per day on a DailySums snapshot).
    Result<Decision> evaluate(const PartnerSnapshot& snapshot, const EnrollmentRequest& request,
                              const QDate& asOf) const;
    // The same under a given set (the one a submitted enrollment was decided under).
    static Result<Decision> evaluateUnder(const PartnerSnapshot& snapshot, const EnrollmentRequest& request,
                                          const QDate& asOf, const RuleSet& rules);

    // The invoice lines behind a decision's KPIs, for the wizard's KPI page and the decision
    // report: the lines dated from the first day of the request's window up to `asOf`, oldest
    // first, as the engine classifies them (counted; pending with their report; not counted
    // with the reason), `limit` at most -- complete is false when there are more. Older lines
    // never count: `before` says how many there are.
    static constexpr int kListedLines = 1000;
    struct KpiLines
    {
        QList<CountedPurchase> counted;
        QList<ExcludedPurchase> excluded;
        qint64 before = 0;
        bool complete = true;

        // Puts these lines in `kpi` in place of the lists it has (those of daily sums).
        void listIn(KpiResult& kpi) const
        {
            kpi.countedPurchases = counted;
            kpi.excluded = excluded;
            kpi.listsComplete = complete;
        }
    };
    Result<KpiLines> kpiLines(const Session& session, qint64 partnerId, const EnrollmentRequest& request,
                              const QDate& asOf, int limit = kListedLines) const;

    Result<QList<Enrollment>> enrollments(const Session& session, qint64 partnerId) const;
    Result<std::optional<Enrollment>> draft(const Session& session, qint64 partnerId, Path path,
                                            const QString& competency) const;
    // Saves the draft of (partner, path, competency), replacing the open one if any.
    Result<Enrollment> saveDraft(const Session& session, qint64 partnerId, Enrollment draft);
    Status discardDraft(const Session& session, qint64 partnerId, qint64 enrollmentId);
    // Evaluates `request` again on `asOf` and, when eligible, writes the enrollment as
    // submitted (the open draft of the same path and competency becomes it) with an audit
    // entry; `details` carries the answers and the dates of the steps taken.
    // NOT_ELIGIBLE names the unmet requirements; then the submission checks of the rule set
    // (SubmissionCheck: the Action Pack's renewal window, both steps recorded), with the
    // codes the wizard shows; ENROLLMENT_ALREADY_SUBMITTED refuses a second one for the same
    // path (and competency) and anniversary period (submittedFor()).
    Result<Enrollment> submit(const Session& session, qint64 partnerId, const EnrollmentRequest& request,
                              Enrollment details, const QDate& asOf);

    // The enrollment already submitted on `path` (and `competency`) for the anniversary period
    // that holds `asOf` (DuplicateCheck), if there is one: the wizard shows the path as submitted.
    Result<std::optional<Enrollment>> submittedFor(const Session& session, qint64 partnerId, Path path,
                                                   const QString& competency, const QDate& asOf) const;

private:
    // kpiLines() for a partner and rule set already loaded (and its reading already allowed).
    Result<KpiLines> linesOf(const Partner& partner, const RuleSet& rules, const EnrollmentRequest& request,
                             const QDate& asOf, int limit) const;

    Database& m_db;
};

} // namespace lp
