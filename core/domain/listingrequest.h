// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lp {

// A request to appear in the Learning Partner directory (docs/rules.md#directory-listing).
struct ListingRequest
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString displayName;
    QString country;
    QString landingUrl;
    bool aboutPartnerOnly = false;
    bool noCompetitors = false;
    bool ownedByPartner = false;
    ListingStatus status = ListingStatus::Draft;
    QDate receivedOn;
    QDate batchMonth; // first day of the month whose batch carries it
    QDate sentOn;
    QDate visibleOn;
    // ListingStatus::Withdrawn: who withdrew it, when and why (docs/rules.md#withdrawing-a-request).
    QString withdrawnBy;
    QDateTime withdrawnAt;
    QString withdrawalReason;

    bool operator==(const ListingRequest&) const = default;
};

} // namespace lp
