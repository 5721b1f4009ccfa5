// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/purchase.h"
#include "repository.h"

#include <QHash>
#include <QList>

namespace lp {

// The sums an import adds to the KPI summary, gathered in memory from the rows it added (the
// writer reports each), per day, document type and competency, as KpiSummaryRepository::refresh()
// sums the purchases: the KPI values, the lines, the units, and the revenue in two parts (whole
// thousand millions of cents and the rest, each truncated toward zero as SQL's / and % do).
// KpiSummaryRepository::add() then writes one row per key, added to what the summary holds.
class KpiSummaryAdditions
{
public:
    // One row more, as it was stored.
    void add(const Purchase& p);
    bool isEmpty() const { return m_sums.isEmpty(); }
    qsizetype size() const { return m_sums.size(); }

private:
    friend class KpiSummaryRepository;
    struct Key
    {
        qint64 day; // Julian day
        int documentType;
        int competency; // index into m_competencies
        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.day, k.documentType, k.competency);
        }
    };
    struct Sums
    {
        double kpiValue = 0;
        qint64 lines = 0;
        qint64 units = 0;
        qint64 revenueHigh = 0;
        qint64 revenueLow = 0;
    };
    int competencyIndex(const QString& competency);

    QHash<Key, Sums> m_sums;
    QList<QString> m_competencies;
    QHash<QString, int> m_competencyIndex;
    int m_lastCompetency = -1; // a file's rows mostly share their competency: compared first
};

// The KPI summary (table kpi_daily, migration 8; docs/architecture.md#the-kpi-summary): the
// partner's KPI records summed per day, document type and competency, what the dashboard, the
// wizard and every decision need of a ledger that may hold millions of rows, in a few hundred
// values. Each sum comes back as one Purchase (invoice empty, `lines` = the number of rows), so
// the EligibilityEngine classifies and counts it exactly as it would the rows: everything it
// decides on (date, document type, competency) is the same for all of them.
//
// The table is derived from `purchases` and kept by whoever changes them, in the same
// transaction: PurchaseRepository's one-row insert and update (case corrections, the demo),
// LedgerService after an import's writer has finished (the sums of the rows it added, add()).
class KpiSummaryRepository : public Repository
{
public:
    using Repository::Repository;
    // The schema version that brings the table.
    static constexpr int kSinceVersion = 8;

    // Recomputes the summary of the partner's days `from` to `to` (inclusive) from the purchases,
    // set-based, inside the caller's transaction (or one of its own).
    Status refresh(qint64 partnerId, const QDate& from, const QDate& to);
    // The same for a set of days, in runs of consecutive days (a row moved from one day to another).
    Status refreshDays(qint64 partnerId, QList<QDate> days);
    // Adds the sums of an import's new rows to the partner's summary, inside the caller's
    // transaction: one upsert per summary row (INSERT ... ON CONFLICT DO UPDATE), never a read
    // of the purchases.
    Status add(qint64 partnerId, const KpiSummaryAdditions& additions);
    // Every partner's summary recomputed from the purchases: migration 8, a repair.
    static Status rebuildAll(Database& db);

    // The partner's daily sums as the summary holds them, oldest first.
    Result<QList<Purchase>> dailyTotals(qint64 partnerId) const;
    // The same sums counted afresh from the purchases (what the summary must equal).
    Result<QList<Purchase>> recount(qint64 partnerId) const;
    // How many summary rows differ from a recount of the purchases (missing, extra or other
    // sums), every partner: what `db check` reports as KPI_SUMMARY_STALE.
    Result<qint64> staleRows() const;
    // How many rows the summary holds, every partner's.
    Result<qint64> rowCount() const;

private:
    Result<QList<Purchase>> read(QSqlQuery& q) const;
};

} // namespace lp
