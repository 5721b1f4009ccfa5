// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "decisionreport.h"
#include "domain/enrollment.h"
#include "domain/error.h"
#include "domain/partnersnapshot.h"
#include "enrollmentanswers.h"
#include "rules/decision.h"
#include "rules/ruleset.h"
#include "rules/submissioncheck.h"
#include "services/enrollmentservice.h"
#include "shell/workspace.h"

#include <QDate>
#include <QObject>

#include <optional>

namespace lp {

struct AppContext;

// The one object of the enrollment wizard that holds the draft and speaks to the services: the
// pages read and edit the answers here and ask it for the engine's decisions, so none of them calls
// a service, and a decision is computed once per question however many pages show it.
class EnrollmentDraftController : public QObject
{
    Q_OBJECT

public:
    EnrollmentDraftController(AppContext& context, qint64 partnerId, const QDate& today,
                              QObject* parent = nullptr);

    // --- What the answers are checked against (read once, when the wizard opens).
    const PartnerSnapshot& snapshot() const { return m_snapshot; }
    const RuleSet& ruleSet() const { return m_rules; }
    const QDate& today() const { return m_today; }
    const Session& session() const;
    // The answers as the submission checks read them (SubmissionCheck).
    SubmissionFacts facts() const;
    bool canEnroll() const { return m_canEnroll; }
    // The competencies of the rule set that offer a Learning option.
    QStringList learningCompetencies() const;
    // The tier the answers ask for (silver or gold of their competency); null when there is none.
    const TierRules* tierRules() const;
    QList<Trainer> activeTrainers() const;
    // The exam passes recorded for the answers' competency.
    QList<ExamPass> examPasses() const;
    // The end of the partner's latest Action Pack subscription; null when there is none.
    QDate actionPackExpiry() const;
    QDate nextReportDate() const;

    // --- The answers. The pages edit them through the setters, which say so (answersEdited) and,
    // when the question put to the engine changes, decisionChanged.
    const EnrollmentAnswers& answers() const { return m_answers; }
    // Edits without signals, for code that sets a draft up without the pages (tests, benches).
    EnrollmentAnswers& answers() { return m_answers; }
    void setPath(Path path);
    void setCompetency(const QString& competency);
    void setCommitment(bool committed);
    void setRenewActionPack(bool renew);
    // A step recorded (`done`) on `on`; the date alone changes only a step that is done.
    void setSubscribed(bool done, const QDate& on);
    void setSubscribedOn(const QDate& on);
    void setProfileRequested(bool done, const QDate& on);
    void setProfileRequestedOn(const QDate& on);
    // The Action Pack needs both of its steps recorded before Submit; a tier none.
    bool stepsDone() const;
    bool answersChanged() const { return m_answers != m_savedAnswers; }
    // The gold fallback (docs/rules.md#recommendation-and-fallback): go on with the recommended path, keeping
    // the answers.
    void continueOn(Path path);

    // --- The engine, through EnrollmentService.
    // What the engine is asked for the current answers (enroll or renew, from the memberships).
    EnrollmentRequest request() const;
    EnrollmentRequest request(Path path, const QString& competency, bool commitment) const;
    // The engine's decision for `request` (cached); an error when the service refuses.
    Result<Decision> evaluate(const EnrollmentRequest& request);
    Result<Decision> decision() { return evaluate(request()); }
    // The invoice lines behind the current decision's KPIs (cached): the KPI page and the report list them.
    Result<EnrollmentService::KpiLines> kpiLines();
    // The report of the current decision (the summary shows it, saves it as PDF, prints it).
    Result<DecisionReport> report();
    // Drops the decisions computed so far: their sentences are in the language they were asked in.
    void forgetDecisions();

    // The path the engine recommends in place of the one asked; none when no other path is met.
    static std::optional<Path> recommendedPath(const Decision& decision);

    // --- Drafts and the enrollment. `page` is the wizard page the answers are left on.
    // Restores a draft's answers (the wizard then walks to the page it was left on).
    void restore(const Enrollment& draft);
    // Marks the answers as those last stored: closing asks no question until they change.
    void markSaved() { m_savedAnswers = m_answers; }
    Status saveDraft(int page);
    // Writes the enrollment; false with submitError() set when the service refuses it.
    bool submit(int page);
    const std::optional<Error>& submitError() const { return m_submitError; }
    // The enrollment written by submit(), once it is.
    const std::optional<Enrollment>& submitted() const { return m_submitted; }

    // --- Nothing twice (docs/rules.md#nothing-twice) and the pointers to the fix.
    // The enrollment already submitted on `path` and `competency` for today's anniversary period.
    std::optional<Enrollment> submittedFor(Path path, const QString& competency) const;
    // The core's refusal of submitting the answers' path again (ENROLLMENT_ALREADY_SUBMITTED); none
    // when it may be submitted.
    std::optional<Error> alreadySubmitted() const;
    // A page's "where to fix it" button: the wizard closes, keeping a draft, and `kind` is shown.
    void requestFix(WorkspaceKind kind) { emit fixRequested(kind); }

signals:
    void fixRequested(lp::WorkspaceKind kind);
    void answersEdited();
    void decisionChanged();
    // continueOn() changed the path: the wizard takes the user to the pages of that path.
    void continuedOn(Path path);
    void draftSaved(qint64 enrollmentId);
    void enrollmentSubmitted(qint64 enrollmentId);

private:
    void edited(bool requestChanged);
    Enrollment details(int page) const;
    QList<QPair<QString, QDate>> steps() const;

    AppContext& m_context;
    qint64 m_partnerId;
    QDate m_today;
    bool m_canEnroll = false;
    PartnerSnapshot m_snapshot;
    RuleSet m_rules;
    EnrollmentAnswers m_answers;
    EnrollmentAnswers m_savedAnswers;
    QList<QPair<EnrollmentRequest, Decision>> m_cache;
    QList<QPair<EnrollmentRequest, EnrollmentService::KpiLines>> m_linesCache;
    std::optional<Error> m_submitError;
    std::optional<Enrollment> m_submitted;
    std::optional<Enrollment> m_resumedFrom;
};

} // namespace lp
