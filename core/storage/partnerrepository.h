// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/membership.h"
#include "domain/partner.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// Partners and their memberships (one aggregate: a membership never outlives its partner).
class PartnerRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const Partner& partner);
    Status update(const Partner& partner);
    Result<std::optional<Partner>> findById(qint64 id) const;
    // The partner `id`, or NOT_FOUND naming it.
    Result<Partner> require(qint64 id) const;
    Result<std::optional<Partner>> findByMpnId(const QString& mpnId) const;
    // Inside a transaction: makes a second transaction that calls it for the same partner wait
    // until this one ends, so a check-then-write (docs/rules.md#nothing-twice) sees the other's write.
    Status serializeRequests(qint64 id);
    Result<QList<Partner>> list() const;

    Result<qint64> addMembership(qint64 partnerId, const Membership& membership);
    Status removeMembership(qint64 partnerId, qint64 membershipId);
    Result<QList<Membership>> memberships(qint64 partnerId) const;

private:
    Result<std::optional<Partner>> findOne(const QString& where, const QVariant& value) const;
};

} // namespace lp
