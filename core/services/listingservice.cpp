// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "listingservice.h"

#include "auditlog.h"
#include "duplicatecheck.h"
#include "security/authorizer.h"
#include "storage/listingrepository.h"
#include "storage/partnerrepository.h"

#include <QJsonObject>

namespace lp {
namespace {

QJsonObject toJson(const ListingRequest& r)
{
    return {{QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("country"), r.country},
            {QStringLiteral("landingUrl"), r.landingUrl},
            {QStringLiteral("status"), toString(r.status)},
            {QStringLiteral("batchMonth"), r.batchMonth.toString(Qt::ISODate)},
            {QStringLiteral("visibleOn"), r.visibleOn.toString(Qt::ISODate)}};
}

Result<std::optional<ListingRequest>> draftOf(Database& db, qint64 partnerId)
{
    auto all = ListingRepository(db).listForPartner(partnerId);
    if (!all)
        return all.error();
    for (const ListingRequest& r : all.value()) {
        if (r.status == ListingStatus::Draft)
            return std::optional<ListingRequest>(r);
    }
    return std::optional<ListingRequest>();
}

} // namespace

Result<ListingRequest> ListingService::saveDraft(const Session& session, qint64 partnerId,
                                                 const ListingInput& listing)
{
    if (Status s = Authorizer::check(session, Permission::RequestListing, partnerId); !s)
        return s.error();
    ListingRequest r;
    r.partnerId = partnerId;
    r.displayName = listing.displayName.trimmed();
    r.country = listing.country;
    r.landingUrl = listing.landingUrl.trimmed();
    r.aboutPartnerOnly = listing.aboutPartnerOnly.value_or(false);
    r.noCompetitors = listing.noCompetitors.value_or(false);
    r.ownedByPartner = listing.ownedByPartner.value_or(false);
    r.status = ListingStatus::Draft;
    Status s = m_db.transaction([&]() -> Status {
        auto existing = draftOf(m_db, partnerId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            r.id = (*existing)->id;
            if (Status u = ListingRepository(m_db).update(r); !u)
                return u;
        } else {
            auto id = ListingRepository(m_db).insert(r);
            if (!id)
                return id.error();
            r.id = id.value();
        }
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("listing.draft"),
                                QStringLiteral("listing"), QString::number(r.id), partnerId, {}, toJson(r));
    });
    if (!s)
        return s.error();
    return r;
}

Result<std::optional<ListingRequest>> ListingService::draft(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return draftOf(m_db, partnerId);
}

Result<std::optional<ListingRequest>> ListingService::sameRequest(const Session& session, qint64 partnerId,
                                                                  const ListingInput& listing) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return DuplicateCheck::sameListing(m_db, partnerId, listing);
}

ListingStatus ListingService::effectiveStatus(const ListingRequest& r, const QDate& today)
{
    if (r.status == ListingStatus::SentInBatch && r.visibleOn.isValid() && today >= r.visibleOn)
        return ListingStatus::Visible;
    return r.status;
}

Result<ListingService::Outcome> ListingService::submit(const Session& session, qint64 partnerId,
                                                       const ListingInput& listing, const QDate& today)
{
    if (Status s = Authorizer::check(session, Permission::RequestListing, partnerId); !s)
        return s.error();
    Outcome outcome;
    outcome.check = ListingCheck::check(listing, today);
    if (!outcome.check.valid)
        return outcome;
    ListingRequest r;
    r.partnerId = partnerId;
    r.displayName = listing.displayName.trimmed();
    r.country = listing.country;
    r.landingUrl = listing.landingUrl.trimmed();
    r.aboutPartnerOnly = r.noCompetitors = r.ownedByPartner = true;
    r.status = ListingStatus::Queued;
    r.receivedOn = today;
    r.batchMonth = QDate(outcome.check.batchWeek.from.year(), outcome.check.batchWeek.from.month(), 1);
    r.visibleOn = outcome.check.expectedVisibleBy;
    Status s = m_db.transaction([&]() -> Status {
        // Nothing twice (docs/rules.md#nothing-twice), whoever else is sending the same request.
        if (Status wait = PartnerRepository(m_db).serializeRequests(partnerId); !wait)
            return wait;
        auto same = DuplicateCheck::sameListing(m_db, partnerId, listing);
        if (!same)
            return same.error();
        if (same->has_value())
            return DuplicateCheck::listingRefusal(**same);
        // The draft, if there is one, becomes the request.
        auto drafts = draftOf(m_db, partnerId);
        if (!drafts)
            return drafts.error();
        if (drafts->has_value()) {
            r.id = (*drafts)->id;
            if (Status u = ListingRepository(m_db).update(r); !u)
                return u;
        } else {
            auto id = ListingRepository(m_db).insert(r);
            if (!id)
                return id.error();
            r.id = id.value();
        }
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("listing.request"),
                                QStringLiteral("listing"), QString::number(r.id), partnerId, {}, toJson(r));
    });
    if (!s)
        return s.error();
    outcome.request = r;
    return outcome;
}

Result<QList<ListingRequest>> ListingService::requests(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return ListingRepository(m_db).listForPartner(partnerId);
}

Result<QList<ListingRequest>> ListingService::queued(const Session& session) const
{
    if (Status s = Authorizer::check(session, Permission::ProcessListingBatch); !s)
        return s.error();
    return ListingRepository(m_db).listByStatus(ListingStatus::Queued);
}

Result<int> ListingService::markBatchSent(const Session& session, const QDate& batchMonth,
                                          const QDate& sentOn)
{
    if (Status s = Authorizer::check(session, Permission::ProcessListingBatch); !s)
        return s.error();
    const QDate month(batchMonth.year(), batchMonth.month(), 1);
    int moved = 0;
    Status s = m_db.transaction([&]() -> Status {
        ListingRepository repo(m_db);
        auto waiting = repo.listByStatus(ListingStatus::Queued);
        if (!waiting)
            return waiting.error();
        for (ListingRequest r : waiting.value()) {
            if (r.batchMonth != month)
                continue;
            const ListingRequest before = r;
            r.status = ListingStatus::SentInBatch;
            r.sentOn = sentOn;
            if (Status u = repo.update(r); !u)
                return u;
            if (Status a = AuditLog::record(m_db, Actor::of(session), QStringLiteral("listing.batchSent"),
                                            QStringLiteral("listing"), QString::number(r.id), r.partnerId,
                                            toJson(before), toJson(r));
                !a)
                return a;
            ++moved;
        }
        return {};
    });
    if (!s)
        return s.error();
    return moved;
}

} // namespace lp
