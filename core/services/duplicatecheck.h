// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enrollment.h"
#include "domain/listingrequest.h"
#include "rules/kpicalendar.h"
#include "rules/listingcheck.h"
#include "storage/database.h"

#include <optional>

namespace lp {

// Nothing twice (docs/rules.md#nothing-twice): what the services look for before they write a
// second copy of something already asked for. The services refuse with the error these build,
// whoever calls; the screens ask the same questions first to disable their button and say why.
class DuplicateCheck
{
public:
    // The anniversary period that holds `on`: from the anniversary's day and month on or
    // before `on` to the day before the next one.
    static DateRange anniversaryPeriod(const QDate& anniversary, const QDate& on);

    // The enrollment of the partner already submitted (or active) on `path` (and `competency`,
    // for silver and gold) for the anniversary period that holds `on`, if there is one.
    static Result<std::optional<Enrollment>> submittedEnrollment(Database& db, qint64 partnerId,
                                                                 const QDate& anniversary, Path path,
                                                                 const QString& competency, const QDate& on);
    // ENROLLMENT_ALREADY_SUBMITTED: its id, submission date and the period.
    static Error enrollmentRefusal(const Enrollment& submitted, const DateRange& period);

    // The partner's request, not a draft and not withdrawn, with the same display name (case
    // aside), country and landing page (case aside) as `listing`, if there is one.
    static Result<std::optional<ListingRequest>> sameListing(Database& db, qint64 partnerId,
                                                             const ListingInput& listing);
    // LISTING_ALREADY_REQUESTED: its id and the date it was received.
    static Error listingRefusal(const ListingRequest& existing);
};

} // namespace lp
