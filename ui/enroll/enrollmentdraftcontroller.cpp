// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentdraftcontroller.h"

#include "rules/kpicalendar.h"
#include "security/authorizer.h"
#include "security/session.h"
#include "services/duplicatecheck.h"
#include "shell/workspace.h"

#include <QJsonDocument>

namespace lp {
namespace {
// Sets `field`; true when that changed it.
template <typename T> bool assign(T& field, const T& value)
{
    const bool changed = field != value;
    field = value;
    return changed;
}
} // namespace

EnrollmentDraftController::EnrollmentDraftController(AppContext& context, qint64 partnerId,
                                                     const QDate& today, QObject* parent)
    : QObject(parent), m_context(context), m_partnerId(partnerId), m_today(today)
{
    m_canEnroll = Authorizer::check(context.session, Permission::Enroll, partnerId).ok();
    // The ledger as daily sums: the same decisions in a few hundred values, whatever its size;
    // the KPI page and the report read the lines themselves, a bounded number (kpiLines()).
    EnrollmentService service(context.db);
    if (auto snap = service.snapshot(context.session, partnerId, EnrollmentService::Purchases::DailySums))
        m_snapshot = snap.value();
    if (auto rules = service.ruleSet(today))
        m_rules = rules.value();
    // Silver by default in the competency the partner holds silver in, else the first one.
    const QStringList competencies = learningCompetencies();
    m_answers.competency = competencies.value(0);
    for (const Membership& m : m_snapshot.memberships) {
        if (m.type == MembershipType::Silver && m.isActiveOn(today) && competencies.contains(m.competency))
            m_answers.competency = m.competency;
    }
    m_savedAnswers = m_answers;
}

QStringList EnrollmentDraftController::learningCompetencies() const
{
    QStringList names;
    for (const CompetencyRules& c : m_rules.competencies) {
        if (c.learningOption)
            names << c.name;
    }
    return names;
}

const TierRules* EnrollmentDraftController::tierRules() const
{
    const CompetencyRules* c = m_rules.competency(m_answers.competency);
    if (!c)
        return nullptr;
    return m_answers.path == Path::Gold ? &c->gold : &c->silver;
}

QList<Trainer> EnrollmentDraftController::activeTrainers() const
{
    QList<Trainer> active;
    for (const Trainer& t : m_snapshot.trainers) {
        if (t.isActiveOn(m_today))
            active << t;
    }
    return active;
}

QList<ExamPass> EnrollmentDraftController::examPasses() const
{
    QList<ExamPass> passes;
    for (const ExamPass& e : m_snapshot.exams) {
        if (e.competency == m_answers.competency)
            passes << e;
    }
    return passes;
}

QDate EnrollmentDraftController::actionPackExpiry() const
{
    return EnrollmentService::actionPackExpiry(m_snapshot.memberships);
}

const Session& EnrollmentDraftController::session() const
{
    return m_context.session;
}

QDate EnrollmentDraftController::nextReportDate() const
{
    return KpiCalendar(m_rules.reportDay, m_rules.windowMonths).nextReportDate(m_today);
}

// ---------------------------------------------------------------------------------------
void EnrollmentDraftController::edited(bool requestChanged)
{
    emit answersEdited();
    if (requestChanged)
        emit decisionChanged();
}

void EnrollmentDraftController::setPath(Path path)
{
    edited(assign(m_answers.path, path));
}

void EnrollmentDraftController::setCompetency(const QString& competency)
{
    edited(assign(m_answers.competency, competency));
}

void EnrollmentDraftController::setCommitment(bool committed)
{
    edited(assign(m_answers.commitment, committed));
}

void EnrollmentDraftController::setRenewActionPack(bool renew)
{
    edited(assign(m_answers.renewActionPack, renew));
}

void EnrollmentDraftController::setSubscribed(bool done, const QDate& on)
{
    m_answers.subscribed = done;
    m_answers.subscribedOn = done ? on : QDate();
    edited(false);
}

void EnrollmentDraftController::setSubscribedOn(const QDate& on)
{
    if (m_answers.subscribed)
        m_answers.subscribedOn = on;
    edited(false);
}

void EnrollmentDraftController::setProfileRequested(bool done, const QDate& on)
{
    m_answers.profileRequested = done;
    m_answers.profileRequestedOn = done ? on : QDate();
    edited(false);
}

void EnrollmentDraftController::setProfileRequestedOn(const QDate& on)
{
    if (m_answers.profileRequested)
        m_answers.profileRequestedOn = on;
    edited(false);
}

bool EnrollmentDraftController::stepsDone() const
{
    // The rule set's check, as EnrollmentService::submit asks it (docs/rules.md#action-pack-activation).
    return SubmissionCheck::steps(m_rules, facts()).ok();
}

SubmissionFacts EnrollmentDraftController::facts() const
{
    const bool ap = m_answers.path == Path::ActionPack;
    return {m_answers.path, ap && m_answers.renewActionPack,
            m_answers.subscribed ? m_answers.subscribedOn : QDate(),
            ap && m_answers.profileRequested ? m_answers.profileRequestedOn : QDate(), actionPackExpiry()};
}

void EnrollmentDraftController::continueOn(Path path)
{
    setPath(path);
    emit continuedOn(path);
}

// ---------------------------------------------------------------------------------------
EnrollmentRequest EnrollmentDraftController::request(Path path, const QString& competency,
                                                     bool commitment) const
{
    EnrollmentRequest r;
    r.path = path;
    r.competency = path == Path::ActionPack ? QString() : competency;
    r.performanceCommitment = commitment;
    // Renewal: the Action Pack when the admin says so; a tier as the service says.
    r.kind = path == Path::ActionPack
                 ? (m_answers.renewActionPack ? EvaluationKind::Renew : EvaluationKind::Enroll)
                 : EnrollmentService::kindFor(m_snapshot, path, competency, m_today);
    return r;
}

EnrollmentRequest EnrollmentDraftController::request() const
{
    return request(m_answers.path, m_answers.competency, m_answers.commitment);
}

Result<Decision> EnrollmentDraftController::evaluate(const EnrollmentRequest& request)
{
    for (const auto& [r, d] : std::as_const(m_cache)) {
        if (r == request)
            return d;
    }
    if (m_snapshot.partner.id == 0) // the service refused the snapshot: say why
        return EnrollmentService(m_context.db).snapshot(m_context.session, m_partnerId).error();
    auto decision = EnrollmentService(m_context.db).evaluate(m_snapshot, request, m_today);
    if (decision)
        m_cache.append({request, decision.value()});
    return decision;
}

Result<EnrollmentService::KpiLines> EnrollmentDraftController::kpiLines()
{
    const EnrollmentRequest r = request();
    for (const auto& [asked, lines] : std::as_const(m_linesCache)) {
        if (asked == r)
            return lines;
    }
    auto lines = EnrollmentService(m_context.db).kpiLines(m_context.session, m_partnerId, r, m_today);
    if (lines)
        m_linesCache.append({r, lines.value()});
    return lines;
}

void EnrollmentDraftController::forgetDecisions()
{
    m_cache.clear();
}

std::optional<Path> EnrollmentDraftController::recommendedPath(const Decision& decision)
{
    switch (decision.recommendation) {
    case Recommendation::Silver:
        return Path::Silver;
    case Recommendation::ActionPack:
        return Path::ActionPack;
    case Recommendation::Gold:
        return Path::Gold;
    case Recommendation::None:
        break;
    }
    return std::nullopt;
}

QList<QPair<QString, QDate>> EnrollmentDraftController::steps() const
{
    QList<QPair<QString, QDate>> s;
    const EnrollmentAnswers& a = m_answers;
    if (a.path == Path::ActionPack) {
        s.append({a.renewActionPack ? tr("Action Pack subscription renewed")
                                    : tr("Action Pack subscription bought"),
                  a.subscribed ? a.subscribedOn : QDate()});
        s.append({tr("Account profile requested of Partner Frontline Support"),
                  a.profileRequested ? a.profileRequestedOn : QDate()});
    } else {
        if (a.commitment)
            s.append({tr("Committed to the Performance Requirements"), m_today});
        s.append({tr("Subscribed in Membership Offers"), a.subscribed ? a.subscribedOn : QDate()});
    }
    return s;
}

Result<DecisionReport> EnrollmentDraftController::report()
{
    auto decision = this->decision();
    if (!decision)
        return decision.error();
    DecisionReport report;
    report.partner = m_snapshot.partner;
    report.decision = decision.value();
    // The decision's own lists are of daily sums: the report lists the invoice lines.
    if (report.decision.path == Path::ActionPack) {
        EnrollmentService::KpiLines{}.listIn(report.decision.kpi);
    } else {
        auto lines = kpiLines();
        if (!lines)
            return lines.error();
        lines->listIn(report.decision.kpi);
    }
    report.steps = steps();
    report.printedOn = m_today;
    return report;
}

// ---------------------------------------------------------------------------------------
void EnrollmentDraftController::restore(const Enrollment& draft)
{
    m_resumedFrom = draft;
    m_answers = EnrollmentAnswers::fromJson(QJsonDocument::fromJson(draft.answers).object());
    m_answers.path = draft.path;
    if (draft.path != Path::ActionPack)
        m_answers.competency = draft.competency;
    m_savedAnswers = m_answers;
    m_cache.clear();
}

Enrollment EnrollmentDraftController::details(int page) const
{
    Enrollment e;
    e.partnerId = m_partnerId;
    e.path = m_answers.path;
    e.competency = m_answers.path == Path::ActionPack ? QString() : m_answers.competency;
    e.kind = request().kind;
    EnrollmentAnswers stored = m_answers;
    stored.page = page;
    e.answers = QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact);
    if (m_answers.subscribed)
        e.subscriptionOn = m_answers.subscribedOn;
    if (m_answers.path == Path::ActionPack && m_answers.profileRequested)
        e.profileRequestedOn = m_answers.profileRequestedOn;
    return e;
}

Status EnrollmentDraftController::saveDraft(int page)
{
    auto saved = EnrollmentService(m_context.db).saveDraft(m_context.session, m_partnerId, details(page));
    if (!saved)
        return saved.error();
    m_savedAnswers = m_answers;
    emit draftSaved(saved->id);
    return {};
}

bool EnrollmentDraftController::submit(int page)
{
    auto done = EnrollmentService(m_context.db)
                    .submit(m_context.session, m_partnerId, request(), details(page), m_today);
    if (!done) {
        m_submitError = done.error();
        return false;
    }
    m_submitError.reset();
    m_submitted = done.value();
    m_savedAnswers = m_answers;
    // Resumed from a draft of another path (the gold fallback): that draft is done with too.
    if (m_resumedFrom && (m_resumedFrom->path != done->path || m_resumedFrom->competency != done->competency))
        EnrollmentService(m_context.db).discardDraft(m_context.session, m_partnerId, m_resumedFrom->id);
    emit enrollmentSubmitted(done->id);
    return true;
}

std::optional<Enrollment> EnrollmentDraftController::submittedFor(Path path, const QString& competency) const
{
    auto found = EnrollmentService(m_context.db)
                     .submittedFor(m_context.session, m_partnerId, path, competency, m_today);
    return found ? found.value() : std::nullopt;
}

std::optional<Error> EnrollmentDraftController::alreadySubmitted() const
{
    if (m_submitted)
        return std::nullopt; // this wizard's own submission: done, not a second one
    const std::optional<Enrollment> e = submittedFor(m_answers.path, m_answers.competency);
    if (!e)
        return std::nullopt;
    return DuplicateCheck::enrollmentRefusal(
        *e, DuplicateCheck::anniversaryPeriod(m_snapshot.partner.anniversary, m_today));
}

} // namespace lp
