// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "kpicalendar.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace lp {

// A Learning Partner directory listing request (docs/rules.md#directory-listing).
struct ListingInput
{
    QString displayName;
    QString country;
    QString landingUrl;
    std::optional<bool> aboutPartnerOnly;
    std::optional<bool> noCompetitors;
    std::optional<bool> ownedByPartner;
};

struct ListingResult
{
    bool valid = false;
    QList<Error> errors;     // field listing.xxx and its code
    DateRange batchWeek;     // the third week of the batch month (docs/rules.md#listing-batch-and-visibility)
    QDate expectedVisibleBy; // the first week of the month after (docs/rules.md#listing-batch-and-visibility)

    bool operator==(const ListingResult&) const = default;
};

class ListingCheck
{
public:
    static constexpr int kMaxNameLength = 100;
    static ListingResult check(const ListingInput& listing, const QDate& asOf);
    // docs/rules.md#listing-batch-and-visibility: received on day 1-14: this month's batch; later: next
    // month's.
    static DateRange batchWeek(const QDate& receivedOn);
    static QDate expectedVisibleBy(const DateRange& batchWeek);
};

} // namespace lp
