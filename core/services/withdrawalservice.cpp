// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "withdrawalservice.h"

#include "auditlog.h"
#include "security/authorizer.h"
#include "storage/caserepository.h"
#include "storage/listingrepository.h"

#include <QJsonObject>

namespace lp {
namespace {

Error notFound(qint64 id)
{
    return {QStringLiteral("NOT_FOUND"), {}, {QString::number(id)}};
}

// The reason, trimmed; REQUIRED or DESCRIPTION_TOO_LONG at `path` when it will not do.
Result<QString> reasonOf(const QString& text, const QString& path)
{
    const QString reason = text.trimmed();
    if (reason.isEmpty())
        return Error{QStringLiteral("REQUIRED"), path, {}};
    if (reason.size() > WithdrawalService::kMaxReason)
        return Error{
            QStringLiteral("DESCRIPTION_TOO_LONG"), path, {QString::number(WithdrawalService::kMaxReason)}};
    return reason;
}

QJsonObject caseJson(const DiscrepancyCase& c)
{
    return {{QStringLiteral("invoiceNumber"), c.invoiceNumber},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("withdrawnBy"), c.resolvedBy},
            {QStringLiteral("reason"), c.resolutionNote}};
}

QJsonObject listingJson(const ListingRequest& r)
{
    return {{QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("status"), toString(r.status)},
            {QStringLiteral("batchMonth"), r.batchMonth.toString(Qt::ISODate)},
            {QStringLiteral("withdrawnBy"), r.withdrawnBy},
            {QStringLiteral("reason"), r.withdrawalReason}};
}

} // namespace

Result<DiscrepancyCase> WithdrawalService::withdrawCase(const Session& session, qint64 caseId,
                                                        const QString& reasonText)
{
    if (Status s = Authorizer::check(session, Permission::FileCase); !s)
        return s.error();
    auto reason = reasonOf(reasonText, QStringLiteral("case.withdrawalReason"));
    if (!reason)
        return reason.error();
    DiscrepancyCase withdrawn;
    Status s = m_db.transaction([&]() -> Status {
        CaseRepository cases(m_db);
        auto found = cases.findById(caseId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(caseId);
        const DiscrepancyCase before = **found;
        // Another partner's case is not found, rather than refused: its existence is none of theirs.
        if (!Authorizer::check(session, Permission::FileCase, before.partnerId))
            return notFound(caseId);
        const Error closed{
            QStringLiteral("CASE_NOT_OPEN"), {}, {QString::number(caseId), toString(before.status)}};
        if (before.status != CaseStatus::Open)
            return closed;
        withdrawn = before;
        withdrawn.status = CaseStatus::Withdrawn;
        withdrawn.resolvedBy = session.userName();
        withdrawn.resolvedAt = QDateTime::currentDateTimeUtc();
        withdrawn.resolutionNote = reason.value();
        withdrawn.resolutionTriage.reset();
        withdrawn.resolutionTriageFields.clear();
        // Only while still open: support resolving it at the same moment wins, or waits.
        if (Status r = cases.resolve(withdrawn); !r)
            return r.error().code == QLatin1String("NOT_FOUND") ? Status(closed) : r;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("case.withdraw"),
                                QStringLiteral("case"), QString::number(caseId), withdrawn.partnerId,
                                caseJson(before), caseJson(withdrawn));
    });
    if (!s)
        return s.error();
    return withdrawn;
}

Result<ListingRequest> WithdrawalService::withdrawListing(const Session& session, qint64 requestId,
                                                          const QString& reasonText)
{
    if (Status s = Authorizer::check(session, Permission::RequestListing); !s)
        return s.error();
    auto reason = reasonOf(reasonText, QStringLiteral("listing.withdrawalReason"));
    if (!reason)
        return reason.error();
    ListingRequest withdrawn;
    Status s = m_db.transaction([&]() -> Status {
        ListingRepository listings(m_db);
        auto found = listings.findById(requestId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(requestId);
        const ListingRequest before = **found;
        if (!Authorizer::check(session, Permission::RequestListing, before.partnerId))
            return notFound(requestId);
        const Error sent{QStringLiteral("LISTING_NOT_WITHDRAWABLE"),
                         {},
                         {QString::number(requestId), toString(before.status)}};
        if (before.status != ListingStatus::Queued)
            return sent;
        withdrawn = before;
        withdrawn.status = ListingStatus::Withdrawn;
        withdrawn.withdrawnBy = session.userName();
        withdrawn.withdrawnAt = QDateTime::currentDateTimeUtc();
        withdrawn.withdrawalReason = reason.value();
        // Only while still queued: a batch marked sent at the same moment wins.
        if (Status w = listings.withdraw(withdrawn); !w)
            return w.error().code == QLatin1String("NOT_FOUND") ? Status(sent) : w;
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("listing.withdraw"),
                                QStringLiteral("listing"), QString::number(requestId), withdrawn.partnerId,
                                listingJson(before), listingJson(withdrawn));
    });
    if (!s)
        return s.error();
    return withdrawn;
}

} // namespace lp
