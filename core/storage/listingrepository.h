// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/listingrequest.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// Learning Partner directory listing requests.
class ListingRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const ListingRequest& request);
    Status update(const ListingRequest& request);
    // Marks a queued request withdrawn with its withdrawnBy/At and reason (NOT_FOUND when it is
    // no longer queued: its batch may have just been sent).
    Status withdraw(const ListingRequest& request);
    Result<std::optional<ListingRequest>> findById(qint64 id) const;
    Result<QList<ListingRequest>> listForPartner(qint64 partnerId) const;
    Result<QList<ListingRequest>> listByStatus(ListingStatus status) const;

private:
    Result<QList<ListingRequest>> select(const QString& where, const QVariant& value) const;
};

} // namespace lp
