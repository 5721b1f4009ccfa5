// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/discrepancycase.h"
#include "domain/listingrequest.h"
#include "security/session.h"
#include "storage/database.h"

namespace lp {

// A partner withdraws what it asked for (docs/rules.md#withdrawing-a-request): an open KPI
// discrepancy case, or a directory listing request not yet sent in its batch. The roles that
// may file a case or request a listing (FileCase, RequestListing) may withdraw them, for their
// own partner only; a reason is required. One transaction with its audit entry each; support
// then sees the case or the request as withdrawn (the case queue lists open cases only).
class WithdrawalService
{
public:
    explicit WithdrawalService(Database& db) : m_db(db) {}

    static constexpr int kMaxReason = 500; // characters

    // The case becomes CaseStatus::Withdrawn; resolvedBy/At and resolutionNote say who, when
    // and why. CASE_NOT_OPEN when it is resolved or withdrawn already (or is being, meanwhile).
    Result<DiscrepancyCase> withdrawCase(const Session& session, qint64 caseId, const QString& reason);
    // The request becomes ListingStatus::Withdrawn with withdrawnBy/At and the reason.
    // LISTING_NOT_WITHDRAWABLE when it is a draft, already sent in its batch, or withdrawn.
    Result<ListingRequest> withdrawListing(const Session& session, qint64 requestId, const QString& reason);

private:
    Database& m_db;
};

} // namespace lp
