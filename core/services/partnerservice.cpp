#include "partnerservice.h"

#include "security/authorizer.h"
#include "storage/exampassrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"

#include <QLocale>

#include <algorithm>
#include <QRegularExpression>

namespace lp {

Status PartnerService::validate(const Partner& p)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,12}$"));
    if (p.mpnId.trimmed().isEmpty())
        return Error{QStringLiteral("REQUIRED"), QStringLiteral("mpnId"), {}};
    if (!digits.match(p.mpnId).hasMatch())
        return Error{QStringLiteral("MPN_ID_INVALID"), QStringLiteral("mpnId"), {p.mpnId}};
    if (p.name.trimmed().isEmpty())
        return Error{QStringLiteral("NAME_REQUIRED"), QStringLiteral("name"), {}};
    if (p.name.size() > 200)
        return Error{QStringLiteral("NAME_TOO_LONG"), QStringLiteral("name"), {QStringLiteral("200")}};
    static const QRegularExpression cc(QStringLiteral("^[A-Z]{2}$"));
    if (!cc.match(p.country).hasMatch() || QLocale::codeToTerritory(p.country) == QLocale::AnyTerritory)
        return Error{QStringLiteral("COUNTRY_INVALID"), QStringLiteral("country"), {p.country}};
    if (!p.anniversary.isValid())
        return Error{QStringLiteral("INVALID_DATE"), QStringLiteral("anniversary"), {p.anniversary.toString(Qt::ISODate)}};
    return {};
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

Result<Partner> PartnerService::get(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto found = PartnerRepository(m_db).findById(partnerId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(partnerId)}};
    return **found;
}

Result<QList<Partner>> PartnerService::list(const Session& session) const
{
    if (session.role() != Role::FrontlineSupport) {
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

Result<PartnerOverview> PartnerService::overview(const Session& session, qint64 partnerId, const QDate& today) const
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
    o.examPasses = int(exams->size());
    o.purchases = purchases.value();
    return o;
}

} // namespace lp
