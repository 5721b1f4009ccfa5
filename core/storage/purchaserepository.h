// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/purchase.h"
#include "purchasequery.h"
#include "repository.h"

#include <optional>
#include <QList>

namespace lp {

// The partner's KPI records: one row per line of a Courseware Marketplace document.
// (invoice, line) is unique per partner.
class PurchaseRepository : public Repository
{
public:
    using Repository::Repository;

    // One row written, and the KPI summary of its day (of both days, when an update moves it) in
    // the same transaction: case corrections and the demo write through these. An import writes
    // through PurchaseWriter, and LedgerService sums its days once at the end.
    Result<qint64> insert(qint64 partnerId, const Purchase& purchase);
    Status update(qint64 partnerId, const Purchase& purchase);
    Result<std::optional<Purchase>> find(qint64 partnerId, const QString& invoice, int line) const;
    Result<QList<Purchase>> findByInvoice(qint64 partnerId, const QString& invoice) const;
    // Every purchase of the partner, oldest first (or only those dated on or before `until`).
    Result<QList<Purchase>> list(qint64 partnerId, const QDate& until = {}) const;
    // The purchases dated `from` to `until`, oldest first, `limit` at most.
    Result<QList<Purchase>> list(qint64 partnerId, const QDate& from, const QDate& until, int limit) const;
    Result<qint64> count(qint64 partnerId) const;
    // How many purchases are dated before `date`.
    Result<qint64> countBefore(qint64 partnerId, const QDate& date) const;

    // The page of the view that `query` asks for, newest first (invoice date, then id, descending).
    Result<QList<Purchase>> page(const PurchaseQuery& query) const;
    // How many rows the view of `query` holds (its page is not asked): summed from the KPI summary
    // when no OMLP type is asked (the summary has no such column), else counted in the purchases.
    Result<qint64> count(const PurchaseQuery& query) const;
    // The same, always counted in the purchases (the tests compare the two).
    Result<qint64> countRows(const PurchaseQuery& query) const;

private:
    struct DayRows
    {
        QDate day;
        qint64 rows = 0;
    };
    // Whether the KPI summary can say how many rows of the view each day holds (no OMLP type asked,
    // a schema with the summary), and those days, newest first.
    bool summaryAnswers(const PurchaseQuery& query) const;
    Result<QList<DayRows>> daysOf(const PurchaseQuery& query) const;
    Status refreshSummary(qint64 partnerId, const QList<QDate>& days);
    // The one number a counting statement returns, its values bound in order.
    Result<qint64> number(const QString& statement, const QVariantList& values) const;
};

} // namespace lp
