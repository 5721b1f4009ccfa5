// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetservice.h"

#include "enrollmentservice.h"
#include "io/rulesetcodec.h"
#include "io/rulesetlibrary.h"
#include "io/rulesetvalidator.h"
#include "partnerservice.h"
#include "rules/eligibilityengine.h"
#include "security/authorizer.h"
#include "storage/rulesetrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

namespace lp {
namespace {

QJsonObject toJson(const RuleSetRecord& r)
{
    return {{QStringLiteral("programYear"), r.programYear},
            {QStringLiteral("effectiveFrom"), r.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("effectiveTo"), r.effectiveTo.toString(Qt::ISODate)},
            {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("provenance"), r.provenance},
            {QStringLiteral("sourceNote"), r.sourceNote},
            {QStringLiteral("active"), r.active}};
}

// A signed-in, enabled session (no particular permission: everyone reads the rule sets).
Status signedIn(const Session& session)
{
    if (!session.isValid())
        return Error{QStringLiteral("NOT_SIGNED_IN"), {}, {}};
    return {};
}

} // namespace

Result<RuleSet> RuleSetService::parse(const RuleSetRecord& record)
{
    static QMutex mutex;
    static QHash<QString, RuleSet> cache;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(record.sha256); it != cache.cend())
            return it.value();
    }
    auto rules = RuleSetCodec::fromBytes(record.json);
    if (!rules)
        return Error{rules.error().code, record.programYear + QLatin1Char(':') + rules.error().path,
                     rules.error().args};
    rules->sha256 = record.sha256;
    rules->provenance = record.provenance;
    QMutexLocker lock(&mutex);
    cache.insert(record.sha256, rules.value());
    return rules;
}

Result<QList<RuleSet>> RuleSetService::activeSets(Database& db)
{
    auto records = RuleSetRepository(db).active();
    if (!records)
        return records.error();
    QList<RuleSet> out;
    for (const RuleSetRecord& r : records.value()) {
        auto rules = parse(r);
        if (!rules)
            return rules.error();
        out.append(rules.value());
    }
    return out;
}

Result<RuleSet> RuleSetService::inForce(Database& db, const QDate& date)
{
    auto sets = activeSets(db);
    if (!sets)
        return sets.error();
    if (const RuleSet* r = ruleSetInForce(sets.value(), date))
        return *r;
    return Error{QStringLiteral("NO_RULE_SET"), QStringLiteral("asOf"), {date.toString(Qt::ISODate)}};
}

Result<QList<RuleSetRecord>> RuleSetService::list(const Session& session) const
{
    if (Status s = signedIn(session); !s)
        return s.error();
    return list();
}

Result<QList<RuleSetRecord>> RuleSetService::list() const
{
    return RuleSetRepository(m_db).list();
}

Result<RuleSetRecord> RuleSetService::find(const QString& key, Prefer prefer) const
{
    auto all = list();
    if (!all)
        return all.error();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{8,64}$"));
    const RuleSetRecord* found = nullptr;
    if (hex.match(key).hasMatch()) {
        for (const RuleSetRecord& r : all.value()) {
            if (r.sha256.startsWith(key.toLower()))
                found = &r;
        }
    } else {
        for (const RuleSetRecord& r : all.value()) {
            if (r.programYear.compare(key, Qt::CaseInsensitive) != 0)
                continue;
            if (prefer == Prefer::Newest) {
                if (!found || r.id > found->id)
                    found = &r;
            } else if (!found || (r.active && !found->active) || (!found->active && r.id > found->id)) {
                found = &r; // the active one of its year, else the newest stored
            }
        }
    }
    if (!found)
        return Error{QStringLiteral("RULESET_NOT_FOUND"), QStringLiteral("ruleSet"), {key}};
    return *found;
}

Result<RuleSet> RuleSetService::bySha256(const QString& sha256) const
{
    auto found = RuleSetRepository(m_db).findBySha256(sha256);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("RULESET_NOT_FOUND"), QStringLiteral("ruleSet"), {sha256}};
    return parse(**found);
}

Result<QList<Error>> RuleSetService::validate(const QByteArray& bytes) const
{
    auto active = activeSets(m_db);
    if (!active)
        return active.error();
    return RuleSetValidator::validate(bytes, active.value());
}

Result<RuleSetRecord> RuleSetService::importSet(const Session& session, const QByteArray& bytes,
                                                const QString& sourceNote, QList<Error>* problems)
{
    if (Status s = Authorizer::check(session, Permission::ManageRuleSets); !s)
        return s.error();
    return importSet(Actor::of(session), bytes, sourceNote, problems);
}

Result<RuleSetRecord> RuleSetService::importSet(const Actor& actor, const QByteArray& bytes,
                                                const QString& sourceNote, QList<Error>* problems,
                                                const QString& provenance)
{
    if (!RuleSetRecord::isProvenance(provenance))
        return Error{QStringLiteral("INVALID_VALUE"), QStringLiteral("provenance"), {provenance}};
    auto found = validate(bytes);
    if (!found)
        return found.error();
    if (problems)
        *problems = found.value();
    if (!found->isEmpty())
        return Error{QStringLiteral("RULESET_INVALID"), {}, {QString::number(found->size())}};
    const RuleSet rules = RuleSetCodec::fromBytes(bytes).value(); // the validator read it already
    RuleSetRecord r;
    r.programYear = rules.id;
    r.effectiveFrom = rules.effectiveFrom;
    r.effectiveTo = rules.effectiveTo;
    r.json = bytes;
    r.sha256 = RuleSetLibrary::sha256(bytes);
    r.provenance = provenance;
    r.sourceNote = sourceNote.trimmed().isEmpty() ? rules.source : sourceNote.trimmed();
    r.importedBy = actor.name;
    r.importedAt = QDateTime::currentDateTimeUtc();
    r.active = false;
    Status s = m_db.transaction([&]() -> Status {
        RuleSetRepository repo(m_db);
        auto existing = repo.findBySha256(r.sha256);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{QStringLiteral("RULESET_ALREADY_STORED"),
                         {},
                         {(*existing)->programYear, (*existing)->provenance}};
        auto id = repo.insert(r);
        if (!id)
            return id.error();
        r.id = id.value();
        return AuditLog::record(m_db, actor, QStringLiteral("ruleset.import"), QStringLiteral("ruleSet"),
                                r.sha256, 0, {}, toJson(r));
    });
    if (!s)
        return s.error();
    return r;
}

Result<RuleSetRecord> RuleSetService::activate(const Session& session, const QString& key)
{
    if (Status s = Authorizer::check(session, Permission::ManageRuleSets); !s)
        return s.error();
    return activate(Actor::of(session), key);
}

Result<RuleSetRecord> RuleSetService::activate(const Actor& actor, const QString& key)
{
    RuleSetRecord chosen;
    Status s = m_db.transaction([&]() -> Status {
        auto found = find(key, Prefer::Newest);
        if (!found)
            return found.error();
        chosen = found.value();
        auto active = RuleSetRepository(m_db).active();
        if (!active)
            return active.error();
        QJsonObject before;
        for (const RuleSetRecord& other : active.value()) {
            if (other.programYear == chosen.programYear) {
                before = toJson(other);
                continue;
            }
            if (chosen.effectiveFrom <= other.effectiveTo && other.effectiveFrom <= chosen.effectiveTo)
                return Error{QStringLiteral("RULESET_OVERLAP"),
                             QStringLiteral("effectiveFrom"),
                             {other.programYear, other.effectiveFrom.toString(Qt::ISODate),
                              other.effectiveTo.toString(Qt::ISODate)}};
        }
        if (Status a = RuleSetRepository(m_db).activate(chosen.id, chosen.programYear); !a)
            return a;
        chosen.active = true;
        return AuditLog::record(m_db, actor, QStringLiteral("ruleset.activate"), QStringLiteral("ruleSet"),
                                chosen.sha256, 0, before, toJson(chosen));
    });
    if (!s)
        return s.error();
    return chosen;
}

Result<RuleSetService::Preview> RuleSetService::preview(const Session& session, const RuleSet& candidate,
                                                        const QDate& today) const
{
    auto partners = PartnerService(m_db).list(session);
    if (!partners)
        return partners.error();
    Preview out;
    out.date = candidate.isInForceOn(today) ? today : candidate.effectiveFrom;
    out.candidateRuleSet = candidate.id;
    auto current = inForce(m_db, out.date);
    if (current)
        out.currentRuleSet = current->id;
    const RuleSet* now = current ? &current.value() : nullptr;
    QStringList competencies;
    for (const RuleSet* r : {now, &candidate}) {
        if (!r)
            continue;
        for (const CompetencyRules& c : r->competencies) {
            if (c.learningOption && !competencies.contains(c.name))
                competencies << c.name;
        }
    }
    EnrollmentService enrollments(m_db);
    for (const Partner& p : partners.value()) {
        auto snap = enrollments.snapshot(session, p.id, EnrollmentService::Purchases::DailySums);
        if (!snap)
            return snap.error();
        PartnerSnapshot onDate = snap.value();
        onDate.purchases.removeIf([&](const Purchase& x) { return x.invoiceDate > out.date; });
        auto best = [&](const RuleSet* rules, const QString& competency) -> QString {
            if (!rules)
                return {};
            if (competency.isEmpty()) {
                const EnrollmentRequest ap{Path::ActionPack, {}, EvaluationKind::Enroll, true};
                return EligibilityEngine::isEligible(onDate, *rules, ap, out.date)
                           ? QStringLiteral("actionPack")
                           : QString();
            }
            const CompetencyRules* c = rules->competency(competency);
            if (!c || !c->learningOption)
                return {};
            for (Path path : {Path::Gold, Path::Silver}) {
                const EnrollmentRequest req{
                    path, competency, EnrollmentService::kindFor(onDate, path, competency, out.date), true};
                if (EligibilityEngine::isEligible(onDate, *rules, req, out.date))
                    return toString(path);
            }
            return {};
        };
        out.rows.append({p.mpnId, p.name, {}, best(now, {}), best(&candidate, {})});
        for (const QString& c : std::as_const(competencies))
            out.rows.append({p.mpnId, p.name, c, best(now, c), best(&candidate, c)});
    }
    return out;
}

} // namespace lp
