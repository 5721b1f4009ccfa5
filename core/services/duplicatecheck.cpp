// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "duplicatecheck.h"

#include "storage/enrollmentrepository.h"
#include "storage/listingrepository.h"

namespace lp {

DateRange DuplicateCheck::anniversaryPeriod(const QDate& anniversary, const QDate& on)
{
    // The next anniversary strictly after `on` ends the period; the one a year before starts it.
    const QDate next = KpiCalendar::nextAnniversary(anniversary, on.addDays(1));
    return {KpiCalendar::anniversaryIn(anniversary, next.year() - 1), next.addDays(-1)};
}

Result<std::optional<Enrollment>> DuplicateCheck::submittedEnrollment(Database& db, qint64 partnerId,
                                                                      const QDate& anniversary, Path path,
                                                                      const QString& competency,
                                                                      const QDate& on)
{
    auto all = EnrollmentRepository(db).list(partnerId);
    if (!all)
        return all.error();
    const DateRange period = anniversaryPeriod(anniversary, on);
    const QString wanted = path == Path::ActionPack ? QString() : competency.trimmed();
    for (const Enrollment& e : all.value()) {
        if (e.status != EnrollmentStatus::Submitted && e.status != EnrollmentStatus::Active)
            continue;
        const QDate when = e.evaluatedOn.isValid() ? e.evaluatedOn : e.submittedAt.toLocalTime().date();
        if (e.path == path && e.competency == wanted && period.contains(when))
            return std::optional<Enrollment>(e);
    }
    return std::optional<Enrollment>();
}

Error DuplicateCheck::enrollmentRefusal(const Enrollment& submitted, const DateRange& period)
{
    const QDate on =
        submitted.submittedAt.isValid() ? submitted.submittedAt.toLocalTime().date() : submitted.evaluatedOn;
    return {QStringLiteral("ENROLLMENT_ALREADY_SUBMITTED"),
            {},
            {QString::number(submitted.id), on.toString(Qt::ISODate), period.from.toString(Qt::ISODate),
             period.to.toString(Qt::ISODate)}};
}

Result<std::optional<ListingRequest>> DuplicateCheck::sameListing(Database& db, qint64 partnerId,
                                                                  const ListingInput& listing)
{
    auto all = ListingRepository(db).listForPartner(partnerId);
    if (!all)
        return all.error();
    const QString name = listing.displayName.trimmed();
    const QString url = listing.landingUrl.trimmed();
    for (const ListingRequest& r : all.value()) {
        if (r.status == ListingStatus::Draft || r.status == ListingStatus::Withdrawn)
            continue;
        if (r.displayName.compare(name, Qt::CaseInsensitive) == 0 && r.country == listing.country &&
            r.landingUrl.compare(url, Qt::CaseInsensitive) == 0)
            return std::optional<ListingRequest>(r);
    }
    return std::optional<ListingRequest>();
}

Error DuplicateCheck::listingRefusal(const ListingRequest& existing)
{
    return {QStringLiteral("LISTING_ALREADY_REQUESTED"),
            {},
            {QString::number(existing.id), existing.receivedOn.toString(Qt::ISODate)}};
}

} // namespace lp
