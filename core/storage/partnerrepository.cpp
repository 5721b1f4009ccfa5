// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "partnerrepository.h"

namespace lp {
namespace {

Partner partnerFrom(const QSqlQuery& q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.mpnId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.country = q.value(3).toString();
    p.anniversary = Repository::toDate(q.value(4));
    return p;
}

const QString kPartnerColumns = QStringLiteral("SELECT id, mpn_id, name, country, anniversary FROM partners");

} // namespace

Result<qint64> PartnerRepository::insert(const Partner& partner)
{
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO partners (mpn_id, name, country, anniversary, created_at)"
                               " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(partner.mpnId);
    q.addBindValue(partner.name);
    q.addBindValue(partner.country);
    q.addBindValue(dateValue(partner.anniversary));
    q.addBindValue(timestampValue(QDateTime::currentDateTimeUtc()));
    return insertReturningId(q);
}

Status PartnerRepository::update(const Partner& partner)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE partners SET mpn_id = ?, name = ?, country = ?, anniversary = ?"
                               " WHERE id = ?"));
    q.addBindValue(partner.mpnId);
    q.addBindValue(partner.name);
    q.addBindValue(partner.country);
    q.addBindValue(dateValue(partner.anniversary));
    q.addBindValue(partner.id);
    return execOne(q, QStringLiteral("partner %1").arg(partner.id));
}

Result<std::optional<Partner>> PartnerRepository::findOne(const QString& where, const QVariant& value) const
{
    QSqlQuery q = prepare(kPartnerColumns + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Partner>();
    return std::optional<Partner>(partnerFrom(q));
}

Result<std::optional<Partner>> PartnerRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

Result<Partner> PartnerRepository::require(qint64 id) const
{
    auto found = findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("NOT_FOUND"), {}, {QString::number(id)}};
    return **found;
}

Status PartnerRepository::serializeRequests(qint64 id)
{
    // SQLite: one writer at a time already. PostgreSQL: the partner's row, in a mode that still
    // lets other transactions insert rows that refer to it (FOR KEY SHARE does not conflict).
    if (!m_db.isPostgres())
        return {};
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM partners WHERE id = ? FOR NO KEY UPDATE"));
    q.addBindValue(id);
    return m_db.exec(q);
}

Result<std::optional<Partner>> PartnerRepository::findByMpnId(const QString& mpnId) const
{
    return findOne(QStringLiteral("mpn_id = ?"), mpnId);
}

Result<QList<Partner>> PartnerRepository::list() const
{
    QSqlQuery q = prepare(kPartnerColumns + QStringLiteral(" ORDER BY name, id"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Partner> out;
    while (q.next())
        out.append(partnerFrom(q));
    return out;
}

Result<qint64> PartnerRepository::addMembership(qint64 partnerId, const Membership& m)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO memberships (partner_id, type, competency, learning,"
                                         " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(partnerId);
    q.addBindValue(toString(m.type));
    q.addBindValue(text(m.competency));
    q.addBindValue(m.learning ? 1 : 0);
    q.addBindValue(dateValue(m.from));
    q.addBindValue(dateValue(m.to));
    return insertReturningId(q);
}

Status PartnerRepository::removeMembership(qint64 partnerId, qint64 membershipId)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM memberships WHERE id = ? AND partner_id = ?"));
    q.addBindValue(membershipId);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("membership %1").arg(membershipId));
}

Result<QList<Membership>> PartnerRepository::memberships(qint64 partnerId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id, type, competency, learning, valid_from, valid_to"
                                         " FROM memberships WHERE partner_id = ? ORDER BY valid_from, id"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Membership> out;
    while (q.next()) {
        Membership m;
        m.id = q.value(0).toLongLong();
        m.type = fromString<MembershipType>(q.value(1).toString()).value_or(MembershipType::ActionPack);
        m.competency = q.value(2).toString();
        m.learning = q.value(3).toInt() != 0;
        m.from = toDate(q.value(4));
        m.to = toDate(q.value(5));
        out.append(m);
    }
    return out;
}

} // namespace lp
