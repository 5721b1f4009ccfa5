// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "partnerservice.h"

#include "calendarservice.h"
#include "domain/bounds.h"
#include "peopleservice.h"
#include "rules/eligibilityengine.h"
#include "rules/kpicalendar.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/exampassrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"

#include <QLocale>

#include <algorithm>
#include <QRegularExpression>

namespace lp {

QList<Error> PartnerService::problems(const Partner& p)
{
    // docs/rules.md#input-bounds: an MPN ID is 1 to 12 digits, as typed (nothing is dropped from it).
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    QList<Error> out;
    if (p.mpnId.trimmed().isEmpty())
        out.append({QStringLiteral("REQUIRED"), QStringLiteral("mpnId"), {}});
    else if (!digits.match(p.mpnId).hasMatch())
        out.append({QStringLiteral("MPN_ID_INVALID"), QStringLiteral("mpnId"), {p.mpnId}});
    else if (p.mpnId.size() > kMpnIdMaxDigits)
        out.append(
            {QStringLiteral("MPN_ID_LENGTH"), QStringLiteral("mpnId"), {QString::number(kMpnIdMaxDigits)}});
    if (p.name.trimmed().isEmpty())
        out.append({QStringLiteral("NAME_REQUIRED"), QStringLiteral("name"), {}});
    else if (p.name.size() > 200)
        out.append({QStringLiteral("NAME_TOO_LONG"), QStringLiteral("name"), {QStringLiteral("200")}});
    else if (bounds::controlCharacterAt(p.name) >= 0)
        out.append({QStringLiteral("CONTROL_CHARACTER"), QStringLiteral("name"), {}});
    static const QRegularExpression cc(QStringLiteral("^[A-Z]{2}$"));
    if (!cc.match(p.country).hasMatch() || QLocale::codeToTerritory(p.country) == QLocale::AnyTerritory)
        out.append({QStringLiteral("COUNTRY_INVALID"), QStringLiteral("country"), {p.country}});
    if (!p.anniversary.isValid())
        out.append({QStringLiteral("INVALID_DATE"),
                    QStringLiteral("anniversary"),
                    {p.anniversary.toString(Qt::ISODate)}});
    return out;
}

Status PartnerService::validate(const Partner& p)
{
    const QList<Error> all = problems(p);
    if (all.isEmpty())
        return {};
    return all.first();
}

QJsonObject PartnerService::toJson(const Partner& p)
{
    return {{QStringLiteral("mpnId"), p.mpnId},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("country"), p.country},
            {QStringLiteral("anniversary"), p.anniversary.toString(Qt::ISODate)}};
}

Result<Partner> PartnerService::add(const Actor& actor, Partner partner)
{
    partner.name = partner.name.trimmed();
    partner.mpnId = partner.mpnId.trimmed();
    if (Status s = validate(partner); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        PartnerRepository repo(m_db);
        auto existing = repo.findByMpnId(partner.mpnId);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{QStringLiteral("DUPLICATE"), QStringLiteral("mpnId"), {partner.mpnId}};
        auto id = repo.insert(partner);
        if (!id)
            return id.error();
        partner.id = id.value();
        return AuditLog::record(m_db, actor, QStringLiteral("partner.add"), QStringLiteral("partner"),
                                QString::number(partner.id), partner.id, {}, toJson(partner));
    });
    if (!s)
        return s.error();
    return partner;
}

Result<Partner> PartnerService::findByMpnId(const QString& mpnId) const
{
    auto found = PartnerRepository(m_db).findByMpnId(mpnId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("NOT_FOUND"), QStringLiteral("partner"), {mpnId}};
    return **found;
}

Result<Partner> PartnerService::get(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return PartnerRepository(m_db).require(partnerId);
}

Result<QList<Partner>> PartnerService::list(const Session& session) const
{
    if (!isSupportRole(session.role())) {
        auto own = get(session, session.partnerId());
        if (!own)
            return own.error();
        return QList<Partner>{own.value()};
    }
    if (Status s = Authorizer::check(session, Permission::ReadAllPartners); !s)
        return s.error();
    return PartnerRepository(m_db).list();
}

Result<QList<Membership>> PartnerService::memberships(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return PartnerRepository(m_db).memberships(partnerId);
}

namespace {

QJsonObject membershipJson(const Membership& m)
{
    return {{QStringLiteral("type"), toString(m.type)},
            {QStringLiteral("competency"), m.competency},
            {QStringLiteral("learning"), m.learning},
            {QStringLiteral("from"), m.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), m.to.toString(Qt::ISODate)}};
}

} // namespace

Status PartnerService::validate(const Membership& m)
{
    const bool needsCompetency = m.type != MembershipType::ActionPack;
    if (needsCompetency && m.competency.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("competency"), {}};
    if (!needsCompetency && !m.competency.isEmpty())
        return Error{QStringLiteral("INVALID_VALUE"), QStringLiteral("competency"), {m.competency}};
    if (!m.from.isValid())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("from"), {}};
    if (!m.to.isValid())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("to"), {}};
    if (m.from > m.to)
        return Error{QStringLiteral("DATE_ORDER"),
                     QStringLiteral("to"),
                     {m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)}};
    return {};
}

Result<Partner> PartnerService::updateProfile(const Session& session, const Partner& changed)
{
    if (Status s = Authorizer::check(session, Permission::ManageProfile, changed.id); !s)
        return s.error();
    Partner p = changed;
    p.name = p.name.trimmed();
    p.mpnId = p.mpnId.trimmed();
    if (Status s = validate(p); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        PartnerRepository repo(m_db);
        auto before = repo.findById(p.id);
        if (!before)
            return before.error();
        if (!before->has_value())
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(p.id)}};
        auto clash = repo.findByMpnId(p.mpnId);
        if (!clash)
            return clash.error();
        if (clash->has_value() && (*clash)->id != p.id)
            return Error{QStringLiteral("DUPLICATE"), QStringLiteral("mpnId"), {p.mpnId}};
        if (Status u = repo.update(p); !u)
            return u;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("partner.update"),
                                QStringLiteral("partner"), QString::number(p.id), p.id, toJson(**before),
                                toJson(p));
    });
    if (!s)
        return s.error();
    return p;
}

Result<Membership> PartnerService::addMembership(const Session& session, qint64 partnerId, Membership m)
{
    if (Status s = Authorizer::check(session, Permission::ManageProfile, partnerId); !s)
        return s.error();
    m.competency = m.type == MembershipType::ActionPack ? QString() : m.competency.trimmed();
    if (Status s = validate(m); !s)
        return s.error();
    Status s = m_db.transaction([&]() -> Status {
        auto id = PartnerRepository(m_db).addMembership(partnerId, m);
        if (!id)
            return id.error();
        m.id = id.value();
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("membership.add"),
                                QStringLiteral("membership"), QString::number(m.id), partnerId, {},
                                membershipJson(m));
    });
    if (!s)
        return s.error();
    return m;
}

Status PartnerService::removeMembership(const Session& session, qint64 partnerId, qint64 membershipId)
{
    if (Status s = Authorizer::check(session, Permission::ManageProfile, partnerId); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        PartnerRepository repo(m_db);
        auto all = repo.memberships(partnerId);
        if (!all)
            return all.error();
        const auto before = std::find_if(all->cbegin(), all->cend(),
                                         [&](const Membership& x) { return x.id == membershipId; });
        if (before == all->cend())
            return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(membershipId)}};
        if (Status r = repo.removeMembership(partnerId, membershipId); !r)
            return r;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("membership.remove"),
                                QStringLiteral("membership"), QString::number(membershipId), partnerId,
                                membershipJson(*before), {});
    });
}

Result<PartnerOverview> PartnerService::overview(const Session& session, qint64 partnerId,
                                                 const QDate& today) const
{
    auto partner = get(session, partnerId);
    if (!partner)
        return partner.error();
    PartnerOverview o;
    o.partner = partner.value();
    auto memberships = PartnerRepository(m_db).memberships(partnerId);
    auto trainers = TrainerRepository(m_db).list(partnerId);
    auto exams = ExamPassRepository(m_db).list(partnerId);
    auto purchases = PurchaseRepository(m_db).count(partnerId);
    if (!memberships)
        return memberships.error();
    if (!trainers)
        return trainers.error();
    if (!exams)
        return exams.error();
    if (!purchases)
        return purchases.error();
    o.memberships = memberships.value();
    o.trainers = int(trainers->size());
    o.activeTrainers = int(std::count_if(trainers->cbegin(), trainers->cend(),
                                         [&](const Trainer& t) { return t.isActiveOn(today); }));
    o.expiringTrainers = int(std::count_if(trainers->cbegin(), trainers->cend(), [&](const Trainer& t) {
        return PeopleService::expiresSoon(t, today);
    }));
    o.examPasses = int(exams->size());
    o.purchases = purchases.value();

    o.nextAnniversary = KpiCalendar::nextAnniversary(o.partner.anniversary, today);
    o.reminderBefore = o.nextAnniversary.addDays(-CalendarService::kReminderDaysBefore);
    o.reminderAfter = o.nextAnniversary.addDays(CalendarService::kReminderDaysAfter);
    const auto rules = RuleSetService::inForce(m_db, today);
    if (rules) {
        for (const Membership& m : o.memberships) {
            if (m.type != MembershipType::ActionPack && m.isActiveOn(today) &&
                EligibilityEngine::covidExtensionApplies(o.partner, rules.value(), m.competency) &&
                !o.covidExtended.contains(m.competency))
                o.covidExtended << m.competency;
        }
    }
    for (const Membership& m : o.memberships) {
        // docs/rules.md#action-pack-renewal: the Action Pack is renewed only after it has expired, within the
        // rule set's window (30 days without a set in force).
        const int renewalDays =
            rules ? rules->actionPackRenewalWindowDays : CalendarService::kActionPackRenewalDays;
        if (m.type == MembershipType::ActionPack && m.to.addDays(renewalDays) >= today &&
            (!o.actionPackRenewalTo.isValid() || m.to.addDays(1) > o.actionPackRenewalFrom)) {
            o.actionPackRenewalFrom = m.to.addDays(1);
            o.actionPackRenewalTo = m.to.addDays(renewalDays);
        }
    }
    return o;
}

} // namespace lp
