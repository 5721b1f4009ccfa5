// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "listingrepository.h"

namespace lp {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, partner_id, display_name, country, landing_url, about_partner_only, no_competitors,"
    " owned_by_partner, status, received_on, batch_month, sent_on, visible_on, withdrawn_by, withdrawn_at,"
    " withdrawal_reason FROM listing_requests");

ListingRequest listingFrom(const QSqlQuery& q)
{
    ListingRequest r;
    r.id = q.value(0).toLongLong();
    r.partnerId = q.value(1).toLongLong();
    r.displayName = q.value(2).toString();
    r.country = q.value(3).toString();
    r.landingUrl = q.value(4).toString();
    r.aboutPartnerOnly = q.value(5).toInt() != 0;
    r.noCompetitors = q.value(6).toInt() != 0;
    r.ownedByPartner = q.value(7).toInt() != 0;
    r.status = fromString<ListingStatus>(q.value(8).toString()).value_or(ListingStatus::Draft);
    r.receivedOn = Repository::toDate(q.value(9));
    r.batchMonth = Repository::toDate(q.value(10));
    r.sentOn = Repository::toDate(q.value(11));
    r.visibleOn = Repository::toDate(q.value(12));
    r.withdrawnBy = q.value(13).toString();
    r.withdrawnAt = Repository::toTimestamp(q.value(14));
    r.withdrawalReason = q.value(15).toString();
    return r;
}

void bindValues(QSqlQuery& q, const ListingRequest& r)
{
    q.addBindValue(r.displayName);
    q.addBindValue(r.country);
    q.addBindValue(r.landingUrl);
    q.addBindValue(r.aboutPartnerOnly ? 1 : 0);
    q.addBindValue(r.noCompetitors ? 1 : 0);
    q.addBindValue(r.ownedByPartner ? 1 : 0);
    q.addBindValue(toString(r.status));
    q.addBindValue(Repository::dateValue(r.receivedOn));
    q.addBindValue(Repository::dateValue(r.batchMonth));
    q.addBindValue(Repository::dateValue(r.sentOn));
    q.addBindValue(Repository::dateValue(r.visibleOn));
}

} // namespace

Result<qint64> ListingRepository::insert(const ListingRequest& r)
{
    QSqlQuery q = prepare(
        QStringLiteral("INSERT INTO listing_requests (display_name, country, landing_url, "
                       "about_partner_only, no_competitors,"
                       " owned_by_partner, status, received_on, batch_month, sent_on, visible_on, partner_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, r);
    q.addBindValue(r.partnerId);
    return insertReturningId(q);
}

Status ListingRepository::update(const ListingRequest& r)
{
    QSqlQuery q = prepare(QStringLiteral(
        "UPDATE listing_requests SET display_name = ?, country = ?, landing_url = ?, about_partner_only = ?,"
        " no_competitors = ?, owned_by_partner = ?, status = ?, received_on = ?, batch_month = ?, sent_on = "
        "?,"
        " visible_on = ? WHERE id = ? AND partner_id = ?"));
    bindValues(q, r);
    q.addBindValue(r.id);
    q.addBindValue(r.partnerId);
    return execOne(q, QStringLiteral("listing request %1").arg(r.id));
}

Status ListingRepository::withdraw(const ListingRequest& r)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE listing_requests SET status = ?, withdrawn_by = ?, withdrawn_at = ?,"
                               " withdrawal_reason = ? WHERE id = ? AND partner_id = ? AND status = ?"));
    q.addBindValue(toString(ListingStatus::Withdrawn));
    q.addBindValue(r.withdrawnBy);
    q.addBindValue(timestampValue(r.withdrawnAt));
    q.addBindValue(r.withdrawalReason);
    q.addBindValue(r.id);
    q.addBindValue(r.partnerId);
    q.addBindValue(toString(ListingStatus::Queued));
    return execOne(q, QStringLiteral("listing request %1").arg(r.id));
}

Result<QList<ListingRequest>> ListingRepository::select(const QString& where, const QVariant& value) const
{
    QSqlQuery q = prepare(kColumns + where);
    q.addBindValue(value);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<ListingRequest> out;
    while (q.next())
        out.append(listingFrom(q));
    return out;
}

Result<std::optional<ListingRequest>> ListingRepository::findById(qint64 id) const
{
    auto rows = select(QStringLiteral(" WHERE id = ?"), id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ListingRequest>();
    return std::optional<ListingRequest>(rows->first());
}

Result<QList<ListingRequest>> ListingRepository::listForPartner(qint64 partnerId) const
{
    return select(QStringLiteral(" WHERE partner_id = ? ORDER BY id DESC"), partnerId);
}

Result<QList<ListingRequest>> ListingRepository::listByStatus(ListingStatus status) const
{
    return select(QStringLiteral(" WHERE status = ? ORDER BY batch_month, id"), toString(status));
}

} // namespace lp
