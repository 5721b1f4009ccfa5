// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/listingrequest.h"
#include "rules/listingcheck.h"
#include "security/session.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// Learning Partner directory listing requests (docs/rules.md#directory-listing): the partner asks (checked by
// ListingCheck), the request waits for its month's batch, and Partner Frontline Support
// marks a month's batch as sent (docs/rules.md#listing-batch-and-visibility); the listing is visible by the
// 7th of the month after (docs/rules.md#listing-batch-and-visibility).
class ListingService
{
public:
    explicit ListingService(Database& db) : m_db(db) {}

    // Checks the request on `today`; when valid, stores it as queued for its batch.
    // Returns the check (valid or not) and, when stored, the request. LISTING_ALREADY_REQUESTED
    // refuses a request identical to one already sent (sameRequest()).
    struct Outcome
    {
        ListingResult check;
        std::optional<ListingRequest> request;
    };
    Result<Outcome> submit(const Session& session, qint64 partnerId, const ListingInput& listing,
                           const QDate& today);
    // Keeps the form as it is, unchecked, as the partner's one draft (replacing an older one).
    // The partner's request (not a draft, not withdrawn) identical to `listing`, if there is one
    // (DuplicateCheck::sameListing): the form disables its button and says why.
    Result<std::optional<ListingRequest>> sameRequest(const Session& session, qint64 partnerId,
                                                      const ListingInput& listing) const;
    Result<ListingRequest> saveDraft(const Session& session, qint64 partnerId, const ListingInput& listing);
    Result<std::optional<ListingRequest>> draft(const Session& session, qint64 partnerId) const;
    Result<QList<ListingRequest>> requests(const Session& session, qint64 partnerId) const;
    // Support: every request waiting for a batch, oldest batch first.
    Result<QList<ListingRequest>> queued(const Session& session) const;
    // Support: moves every queued request of `batchMonth` (any day of it) to sent; returns how many.
    Result<int> markBatchSent(const Session& session, const QDate& batchMonth, const QDate& sentOn);

    // The status a person should read on `today`: a sent request is visible once its date has come.
    static ListingStatus effectiveStatus(const ListingRequest& request, const QDate& today);

private:
    Database& m_db;
};

} // namespace lp
