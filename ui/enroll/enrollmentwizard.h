#pragma once

#include "decisionreport.h"
#include "domain/enrollment.h"
#include "domain/error.h"
#include "domain/partnersnapshot.h"
#include "rules/decision.h"
#include "rules/ruleset.h"
#include "services/enrollmentservice.h"
#include "shell/workspace.h"

#include <QDate>
#include <QJsonObject>
#include <QWizard>

#include <optional>

namespace lp {

// The answers the wizard collects. They are what a draft stores, as JSON.
struct EnrollmentAnswers
{
    Path path = Path::ActionPack;
    QString competency;
    bool commitment = false;      // silver, gold: the Performance Requirements [141]
    bool renewActionPack = false; // Action Pack: renew rather than buy [132]
    bool subscribed = false;      // Action Pack bought or renewed; competency subscribed [145]
    QDate subscribedOn;
    bool profileRequested = false; // Action Pack: account profile asked of Frontline Support [133]
    QDate profileRequestedOn;
    int page = -1; // where the draft was left

    QJsonObject toJson() const;
    static EnrollmentAnswers fromJson(const QJsonObject& o);
    bool operator==(const EnrollmentAnswers&) const = default;
};

// The enrollment wizard: one QWizard for the three paths of program-rules §2, pages chosen
// by nextId(). It computes nothing itself: every verdict it shows is the EligibilityEngine's,
// through EnrollmentService, on the rule set in force today.
class EnrollmentWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        StartPage,
        ActionPackTrainersPage,
        ActionPackSubscriptionPage,
        ActionPackProfilePage,
        CompetencyPage,
        CommitmentPage,
        TrainersPage,
        ExamsPage,
        KpiPage,
        OfferPage,
        SummaryPage,
    };

    EnrollmentWizard(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent = nullptr);

    // Restores a draft's answers and walks forward to the page it was left on.
    void resume(const Enrollment& draft);

    EnrollmentAnswers& answers() { return m_answers; }
    const EnrollmentAnswers& answers() const { return m_answers; }
    const PartnerSnapshot& snapshot() const { return m_snapshot; }
    const RuleSet& ruleSet() const { return m_rules; }
    const QDate& today() const { return m_today; }
    bool canEnroll() const { return m_canEnroll; }

    // What the engine is asked for the current answers (enroll or renew, from the memberships).
    EnrollmentRequest request() const;
    EnrollmentRequest request(Path path, const QString& competency, bool commitment) const;
    // The engine's decision for `request` (cached); an error when the service refuses.
    Result<Decision> evaluate(const EnrollmentRequest& request);
    Result<Decision> decision() { return evaluate(request()); }
    // The invoice lines behind the current decision's KPIs (cached): the KPI page and the report list them.
    Result<EnrollmentService::KpiLines> kpiLines();

    // The competencies of the rule set that offer a Learning option.
    QStringList learningCompetencies() const;

    // The gold fallback [152]: go on with the recommended path, keeping the answers.
    void continueOn(Path path);

    // Saves the answers as the draft of their path and competency; false (and says why) on failure.
    bool saveDraft();
    // The enrollment written by Submit, once it is.
    const std::optional<Enrollment>& submitted() const { return m_submitted; }
    bool submit();

    // The report of the current decision (the summary shows it, saves it as PDF, prints it).
    Result<DecisionReport> report();

    void reject() override;
    bool answersChanged() const { return m_answers != m_savedAnswers; }

signals:
    void answersEdited();
    void draftSaved(qint64 enrollmentId);
    void enrollmentSubmitted(qint64 enrollmentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    Enrollment details() const;
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
    std::optional<Enrollment> m_submitted;
    std::optional<Enrollment> m_resumedFrom;
};

} // namespace lp
