// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "kpisummaryrepository.h"

#include <QSqlError>

#include <algorithm>
#include <limits>
#include <tuple>

namespace lp {
namespace {

// The revenue of a day is kept in two sums, whole thousand millions of cents and the rest
// (migration8.cpp): each line adds at most 10^6 to the first and 10^9 to the second.
constexpr qint64 kRevenueSplit = 1'000'000'000;

// The summary's columns computed from the purchases, grouped by the summary's key; `where`
// chooses the rows (bound values only).
QString sumsOf(const QString& where)
{
    return QStringLiteral("SELECT partner_id, invoice_date AS day, document_type, competency,"
                          " SUM(kpi_value) AS kpi_value, COUNT(*) AS lines, SUM(units) AS units,"
                          " SUM(revenue_cents / 1000000000) AS revenue_high,"
                          " SUM(revenue_cents % 1000000000) AS revenue_low"
                          " FROM purchases %1 GROUP BY partner_id, invoice_date, document_type, competency")
        .arg(where);
}

const QString kInsert = QStringLiteral("INSERT INTO kpi_daily (partner_id, day, document_type, competency,"
                                       " kpi_value, lines, units, revenue_high, revenue_low) ");

} // namespace

Status KpiSummaryRepository::refresh(qint64 partnerId, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    return m_db.transaction([&]() -> Status {
        QSqlQuery del =
            prepare(QStringLiteral("DELETE FROM kpi_daily WHERE partner_id = ? AND day >= ? AND day <= ?"));
        del.addBindValue(partnerId);
        del.addBindValue(isoDate(from));
        del.addBindValue(isoDate(to));
        if (Status s = m_db.exec(del); !s)
            return s;
        QSqlQuery ins = prepare(
            kInsert +
            sumsOf(QStringLiteral("WHERE partner_id = ? AND invoice_date >= ? AND invoice_date <= ?")));
        ins.addBindValue(partnerId);
        ins.addBindValue(isoDate(from));
        ins.addBindValue(isoDate(to));
        return m_db.exec(ins);
    });
}

Status KpiSummaryRepository::refreshDays(qint64 partnerId, QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    qsizetype run = 0;
    for (qsizetype i = 1; i <= days.size(); ++i) {
        if (i < days.size() && days[i - 1].daysTo(days[i]) == 1)
            continue;
        if (Status s = refresh(partnerId, days[run], days[i - 1]); !s)
            return s;
        run = i;
    }
    return {};
}

int KpiSummaryAdditions::competencyIndex(const QString& competency)
{
    if (m_lastCompetency >= 0 && m_competencies[m_lastCompetency] == competency)
        return m_lastCompetency;
    auto it = m_competencyIndex.constFind(competency);
    if (it == m_competencyIndex.cend()) {
        it = m_competencyIndex.insert(competency, int(m_competencies.size()));
        m_competencies.append(competency);
    }
    m_lastCompetency = it.value();
    return m_lastCompetency;
}

void KpiSummaryAdditions::add(const Purchase& p)
{
    // What refresh() sums (sumsOf()): SUM(kpi_value), COUNT(*), SUM(units), and the revenue's
    // SUM(revenue_cents / 10^9) and SUM(revenue_cents % 10^9), SQL's integer division and
    // remainder truncating toward zero as C++'s do.
    Sums& s = m_sums[Key{p.invoiceDate.toJulianDay(), int(p.documentType), competencyIndex(p.competency)}];
    s.kpiValue += p.kpiValue;
    s.lines += 1;
    s.units += p.units;
    s.revenueHigh += p.revenueCents / kRevenueSplit;
    s.revenueLow += p.revenueCents % kRevenueSplit;
}

Status KpiSummaryRepository::add(qint64 partnerId, const KpiSummaryAdditions& additions)
{
    if (additions.isEmpty())
        return {};
    // In the order of the summary's key, so two writers of one partner's rows take them alike.
    QList<KpiSummaryAdditions::Key> keys = additions.m_sums.keys();
    const QList<QString>& competencies = additions.m_competencies;
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.day, a.documentType, competencies[a.competency]) <
               std::tie(b.day, b.documentType, competencies[b.competency]);
    });
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = prepare(
            kInsert + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                     " ON CONFLICT (partner_id, day, document_type, competency) DO UPDATE SET"
                                     " kpi_value = kpi_daily.kpi_value + excluded.kpi_value,"
                                     " lines = kpi_daily.lines + excluded.lines,"
                                     " units = kpi_daily.units + excluded.units,"
                                     " revenue_high = kpi_daily.revenue_high + excluded.revenue_high,"
                                     " revenue_low = kpi_daily.revenue_low + excluded.revenue_low"));
        for (const KpiSummaryAdditions::Key& key : std::as_const(keys)) {
            const KpiSummaryAdditions::Sums& s = additions.m_sums[key];
            const QVariantList values{partnerId,
                                      isoDate(QDate::fromJulianDay(key.day)),
                                      toString(DocumentType(key.documentType)),
                                      text(additions.m_competencies[key.competency]),
                                      s.kpiValue,
                                      s.lines,
                                      s.units,
                                      s.revenueHigh,
                                      s.revenueLow};
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            if (Status st = m_db.exec(q); !st)
                return st;
        }
        return Status();
    });
}

Status KpiSummaryRepository::rebuildAll(Database& db)
{
    return db.transaction([&]() -> Status {
        if (Status s = db.exec(QStringLiteral("DELETE FROM kpi_daily")); !s)
            return s;
        return db.exec(kInsert + sumsOf({}));
    });
}

Result<QList<Purchase>> KpiSummaryRepository::dailyTotals(qint64 partnerId) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT partner_id, day, document_type, competency, kpi_value, lines,"
                               " units, revenue_high, revenue_low FROM kpi_daily WHERE partner_id = ?"
                               " ORDER BY day, document_type, competency"));
    q.addBindValue(partnerId);
    return read(q);
}

Result<QList<Purchase>> KpiSummaryRepository::recount(qint64 partnerId) const
{
    QSqlQuery q = prepare(sumsOf(QStringLiteral("WHERE partner_id = ?")) +
                          QStringLiteral(" ORDER BY invoice_date, document_type, competency"));
    q.addBindValue(partnerId);
    return read(q);
}

Result<QList<Purchase>> KpiSummaryRepository::read(QSqlQuery& q) const
{
    q.setForwardOnly(true);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Purchase> out;
    while (q.next()) {
        Purchase p;
        p.invoiceDate = toDate(q.value(1));
        p.documentType = fromString<DocumentType>(q.value(2).toString()).value_or(DocumentType::Invoice);
        p.competency = q.value(3).toString();
        p.kpiValue = q.value(4).toDouble();
        p.lines = q.value(5).toInt();
        // A day's sums past what a qint64 (revenue) or an int (units) holds are refused, never wrapped
        // (docs/rules.md#input-bounds); PostgreSQL hands its sums over as numeric text.
        bool unitsOk = false;
        bool highOk = false;
        bool lowOk = false;
        const qint64 units = q.value(6).toLongLong(&unitsOk);
        const qint64 high = q.value(7).toLongLong(&highOk);
        const qint64 low = q.value(8).toLongLong(&lowOk);
        qint64 revenue = 0;
        if (!unitsOk || !highOk || !lowOk || units > std::numeric_limits<int>::max() ||
            qMulOverflow(high, kRevenueSplit, &revenue) || qAddOverflow(revenue, low, &revenue))
            return Error{QStringLiteral("TOTAL_OUT_OF_RANGE"), {}, {Repository::isoDate(p.invoiceDate)}};
        p.units = int(units);
        p.revenueCents = revenue;
        out.append(p);
    }
    return out;
}

Result<qint64> KpiSummaryRepository::staleRows() const
{
    // Both sides keyed alike; a row on one side only, or with other sums, is stale. KPI values
    // are compared to a millionth of their size: two databases may add a day's values in another order.
    QSqlQuery q = prepare(
        QStringLiteral(
            "SELECT count(*) FROM (%1) r FULL OUTER JOIN kpi_daily k ON k.partner_id = r.partner_id"
            " AND k.day = r.day AND k.document_type = r.document_type AND k.competency = r.competency")
            .arg(sumsOf({})) +
        QStringLiteral(" WHERE r.partner_id IS NULL OR k.partner_id IS NULL OR k.lines <> r.lines"
                       " OR k.units <> r.units OR k.revenue_high <> r.revenue_high"
                       " OR k.revenue_low <> r.revenue_low"
                       " OR abs(k.kpi_value - r.kpi_value) > 0.000001 * (1 + abs(r.kpi_value))"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> KpiSummaryRepository::rowCount() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT count(*) FROM kpi_daily"));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return m_db.queryError(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace lp
