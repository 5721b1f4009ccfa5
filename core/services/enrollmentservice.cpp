// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentservice.h"

#include "auditlog.h"
#include "duplicatecheck.h"
#include "rules/eligibilityengine.h"
#include "rules/submissioncheck.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/enrollmentrepository.h"
#include "storage/exampassrepository.h"
#include "storage/kpisummaryrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"

#include <QJsonObject>

namespace lp {
namespace {

QJsonObject toJson(const Enrollment& e)
{
    return {{QStringLiteral("path"), toString(e.path)},
            {QStringLiteral("competency"), e.competency},
            {QStringLiteral("kind"), toString(e.kind)},
            {QStringLiteral("status"), toString(e.status)},
            {QStringLiteral("ruleSet"), e.ruleSetId},
            {QStringLiteral("ruleSetSha256"), e.ruleSetSha256},
            {QStringLiteral("evaluatedOn"), e.evaluatedOn.toString(Qt::ISODate)}};
}

// Writes `e` in the place of the open draft of its partner, path and competency (keeping
// the draft's id and creation time), or as a new row when there is none.
Status writeOverOpenDraft(Database& db, Enrollment& e)
{
    EnrollmentRepository repo(db);
    auto open = repo.findDraft(e.partnerId, e.path, e.competency);
    if (!open)
        return open.error();
    if (open->has_value()) {
        e.id = (*open)->id;
        e.createdAt = (*open)->createdAt;
        return repo.update(e);
    }
    e.createdAt = e.updatedAt;
    auto id = repo.insert(e);
    if (!id)
        return id.error();
    e.id = id.value();
    return {};
}

// Nothing twice (docs/rules.md#nothing-twice): ENROLLMENT_ALREADY_SUBMITTED when the partner has
// submitted `request`'s path and competency for the anniversary period of `asOf` already.
Status refuseSecondSubmission(Database& db, qint64 partnerId, const EnrollmentRequest& request,
                              const QDate& asOf)
{
    auto partner = PartnerRepository(db).require(partnerId);
    if (!partner)
        return partner.error();
    auto found = DuplicateCheck::submittedEnrollment(db, partnerId, partner->anniversary, request.path,
                                                     request.competency, asOf);
    if (!found)
        return found.error();
    if (found->has_value())
        return DuplicateCheck::enrollmentRefusal(
            **found, DuplicateCheck::anniversaryPeriod(partner->anniversary, asOf));
    return {};
}

} // namespace

Result<std::optional<Enrollment>> EnrollmentService::submittedFor(const Session& session, qint64 partnerId,
                                                                  Path path, const QString& competency,
                                                                  const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    return DuplicateCheck::submittedEnrollment(m_db, partnerId, partner->anniversary, path, competency, asOf);
}

Result<PartnerSnapshot> EnrollmentService::snapshot(const Session& session, qint64 partnerId,
                                                    Purchases which) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return snapshotOf(partnerId, which);
}

Result<PartnerSnapshot> EnrollmentService::snapshotOf(qint64 partnerId, Purchases which) const
{
    PartnerSnapshot snap;
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    snap.partner = partner.value();
    auto memberships = PartnerRepository(m_db).memberships(partnerId);
    auto trainers = TrainerRepository(m_db).list(partnerId);
    auto exams = ExamPassRepository(m_db).list(partnerId);
    auto purchases = which == Purchases::Rows ? PurchaseRepository(m_db).list(partnerId)
                                              : KpiSummaryRepository(m_db).dailyTotals(partnerId);
    for (const Status& s :
         {memberships ? Status() : Status(memberships.error()),
          trainers ? Status() : Status(trainers.error()), exams ? Status() : Status(exams.error()),
          purchases ? Status() : Status(purchases.error())}) {
        if (!s)
            return s.error();
    }
    snap.memberships = memberships.value();
    snap.trainers = trainers.value();
    snap.exams = exams.value();
    snap.purchases = purchases.value();
    return snap;
}

Result<RuleSet> EnrollmentService::ruleSet(const QDate& asOf) const
{
    return RuleSetService::inForce(m_db, asOf);
}

EvaluationKind EnrollmentService::kindFor(const PartnerSnapshot& snapshot, Path path,
                                          const QString& competency, const QDate& on)
{
    if (path == Path::ActionPack)
        return EvaluationKind::Enroll;
    const MembershipType type = path == Path::Gold ? MembershipType::Gold : MembershipType::Silver;
    for (const Membership& m : snapshot.memberships) {
        if (m.type == type && m.competency == competency && m.isActiveOn(on))
            return EvaluationKind::Renew;
    }
    return EvaluationKind::Enroll;
}

Result<Decision> EnrollmentService::evaluate(const Session& session, qint64 partnerId,
                                             const EnrollmentRequest& request, const QDate& asOf) const
{
    auto snap = snapshot(session, partnerId, Purchases::DailySums);
    if (!snap)
        return snap.error();
    auto decision = evaluate(snap.value(), request, asOf);
    if (!decision)
        return decision;
    if (request.path == Path::ActionPack) { // no KPI requirement: no lines to list
        KpiLines{}.listIn(decision->kpi);
        return decision;
    }
    auto rules = ruleSet(asOf);
    if (!rules)
        return rules.error();
    auto lines = linesOf(snap->partner, rules.value(), request, asOf, kListedLines);
    if (!lines)
        return lines.error();
    lines->listIn(decision->kpi);
    return decision;
}

Result<EnrollmentService::KpiLines> EnrollmentService::kpiLines(const Session& session, qint64 partnerId,
                                                                const EnrollmentRequest& request,
                                                                const QDate& asOf, int limit) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    auto rules = ruleSet(asOf);
    if (!rules)
        return rules.error();
    return linesOf(partner.value(), rules.value(), request, asOf, limit);
}

Result<EnrollmentService::KpiLines> EnrollmentService::linesOf(const Partner& partner, const RuleSet& rules,
                                                               const EnrollmentRequest& request,
                                                               const QDate& asOf, int limit) const
{
    const QDate from = EligibilityEngine::window(partner, rules, request.kind, asOf).range.from;
    PurchaseRepository purchases(m_db);
    auto rows = purchases.list(partner.id, from, asOf, limit + 1);
    auto before = purchases.countBefore(partner.id, from);
    if (!rows)
        return rows.error();
    if (!before)
        return before.error();
    KpiLines out;
    out.before = before.value();
    out.complete = rows->size() <= limit;
    PartnerSnapshot lines;
    lines.partner = partner;
    lines.purchases = std::move(rows).value();
    if (!out.complete)
        lines.purchases.resize(limit);
    const KpiResult kpi = EligibilityEngine::kpis(lines, rules, request.competency,
                                                  request.path != Path::ActionPack, request.kind, asOf);
    out.counted = kpi.countedPurchases;
    out.excluded = kpi.excluded;
    return out;
}

Result<Decision> EnrollmentService::evaluate(const PartnerSnapshot& snapshot,
                                             const EnrollmentRequest& request, const QDate& asOf) const
{
    auto rules = ruleSet(asOf);
    if (!rules)
        return rules.error();
    return evaluateUnder(snapshot, request, asOf, rules.value());
}

Result<Decision> EnrollmentService::evaluateUnder(const PartnerSnapshot& snapshot,
                                                  const EnrollmentRequest& request, const QDate& asOf,
                                                  const RuleSet& rules)
{
    if (request.path != Path::ActionPack && !rules.competency(request.competency))
        return Error{QStringLiteral("UNKNOWN_COMPETENCY"),
                     QStringLiteral("competency"),
                     {request.competency, rules.id}};
    // The snapshot may hold purchases dated after the evaluation date; they do not exist yet for it.
    PartnerSnapshot onDate = snapshot;
    onDate.purchases.removeIf([&](const Purchase& p) { return p.invoiceDate > asOf; });
    return EligibilityEngine::evaluate(onDate, rules, request, asOf);
}

QDate EnrollmentService::actionPackExpiry(const QList<Membership>& memberships)
{
    QDate last;
    for (const Membership& m : memberships) {
        if (m.type == MembershipType::ActionPack && (!last.isValid() || m.to > last))
            last = m.to;
    }
    return last;
}

Result<RuleSet> EnrollmentService::ruleSetOf(const Session& session, const Enrollment& e) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, e.partnerId); !s)
        return s.error();
    if (!e.ruleSetSha256.isEmpty())
        return RuleSetService(m_db).bySha256(e.ruleSetSha256);
    // Submitted before rule sets were stored: the program year's active set.
    auto found = RuleSetService(m_db).find(e.ruleSetId);
    if (!found)
        return found.error();
    return RuleSetService::parse(found.value());
}

Result<QList<Enrollment>> EnrollmentService::enrollments(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return EnrollmentRepository(m_db).list(partnerId);
}

Result<std::optional<Enrollment>> EnrollmentService::draft(const Session& session, qint64 partnerId,
                                                           Path path, const QString& competency) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return EnrollmentRepository(m_db).findDraft(partnerId, path,
                                                path == Path::ActionPack ? QString() : competency);
}

Result<Enrollment> EnrollmentService::saveDraft(const Session& session, qint64 partnerId, Enrollment e)
{
    if (Status s = Authorizer::check(session, Permission::Enroll, partnerId); !s)
        return s.error();
    e.partnerId = partnerId;
    e.status = EnrollmentStatus::Draft;
    if (e.path == Path::ActionPack)
        e.competency.clear();
    else if (e.competency.trimmed().isEmpty())
        return Error{QStringLiteral("COMPETENCY_REQUIRED"), QStringLiteral("competency"), {toString(e.path)}};
    e.updatedAt = QDateTime::currentDateTimeUtc();
    Status s = m_db.transaction([&]() -> Status {
        if (Status w = writeOverOpenDraft(m_db, e); !w)
            return w;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("enrollment.draft"),
                                QStringLiteral("enrollment"), QString::number(e.id), partnerId, {},
                                toJson(e));
    });
    if (!s)
        return s.error();
    return e;
}

Status EnrollmentService::discardDraft(const Session& session, qint64 partnerId, qint64 enrollmentId)
{
    if (Status s = Authorizer::check(session, Permission::Enroll, partnerId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        EnrollmentRepository repo(m_db);
        auto found = repo.findById(enrollmentId);
        if (!found)
            return found.error();
        if (!found->has_value() || (*found)->partnerId != partnerId ||
            (*found)->status != EnrollmentStatus::Draft)
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(enrollmentId)}};
        if (Status r = repo.remove(partnerId, enrollmentId); !r)
            return r;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("enrollment.discard"),
                                QStringLiteral("enrollment"), QString::number(enrollmentId), partnerId,
                                toJson(**found), {});
    });
}

Result<Enrollment> EnrollmentService::submit(const Session& session, qint64 partnerId,
                                             const EnrollmentRequest& request, Enrollment e,
                                             const QDate& asOf)
{
    if (Status s = Authorizer::check(session, Permission::Enroll, partnerId); !s)
        return s.error();
    if (Status once = refuseSecondSubmission(m_db, partnerId, request, asOf); !once)
        return once.error();
    e.path = request.path;
    e.competency = request.competency;
    e.kind = request.kind;
    auto decision = evaluate(session, partnerId, request, asOf);
    if (!decision)
        return decision.error();
    if (!decision->eligible) {
        QStringList unmet;
        for (const RequirementResult& r : decision->requirements) {
            if (!r.met)
                unmet << toString(r.code);
        }
        return Error{QStringLiteral("NOT_ELIGIBLE"), {}, {unmet.join(QLatin1String(", "))}};
    }
    // What the wizard refuses page by page, refused here too, whoever submits.
    auto rules = ruleSet(asOf);
    if (!rules)
        return rules.error();
    auto memberships = PartnerRepository(m_db).memberships(partnerId);
    if (!memberships)
        return memberships.error();
    SubmissionFacts facts{request.path, request.kind == EvaluationKind::Renew, e.subscriptionOn,
                          e.profileRequestedOn, actionPackExpiry(memberships.value())};
    if (Status checked = SubmissionCheck::check(rules.value(), facts); !checked)
        return checked.error();
    e.partnerId = partnerId;
    e.status = EnrollmentStatus::Submitted;
    e.ruleSetId = decision->ruleSet;
    e.ruleSetSha256 = decision->ruleSetSha256;
    e.evaluatedOn = asOf;
    e.submittedAt = QDateTime::currentDateTimeUtc();
    e.updatedAt = e.submittedAt;
    if (e.path == Path::ActionPack)
        e.competency.clear();
    Status s = m_db.transaction([&]() -> Status {
        // Again inside the transaction: another workstation may have submitted meanwhile.
        if (Status wait = PartnerRepository(m_db).serializeRequests(partnerId); !wait)
            return wait;
        if (Status once = refuseSecondSubmission(m_db, partnerId, request, asOf); !once)
            return once;
        if (Status w = writeOverOpenDraft(m_db, e); !w)
            return w;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("enrollment.submit"),
                                QStringLiteral("enrollment"), QString::number(e.id), partnerId, {},
                                toJson(e));
    });
    if (!s)
        return s.error();
    return e;
}

} // namespace lp
