// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "kpicalendar.h"

#include <algorithm>

namespace lp {
namespace {

QDate reportIn(int year, int month, int day)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

} // namespace

QDate KpiCalendar::latestReportDate(const QDate& d) const
{
    const QDate thisMonth = reportIn(d.year(), d.month(), m_reportDay);
    if (d >= thisMonth)
        return thisMonth;
    const QDate previous = QDate(d.year(), d.month(), 1).addMonths(-1);
    return reportIn(previous.year(), previous.month(), m_reportDay);
}

QDate KpiCalendar::nextReportDate(const QDate& d) const
{
    const QDate thisMonth = reportIn(d.year(), d.month(), m_reportDay);
    if (d < thisMonth)
        return thisMonth;
    const QDate next = QDate(d.year(), d.month(), 1).addMonths(1);
    return reportIn(next.year(), next.month(), m_reportDay);
}

DateRange KpiCalendar::coverageWindow(const QDate& reportDate) const
{
    const QDate reportMonth(reportDate.year(), reportDate.month(), 1);
    return {reportMonth.addMonths(-m_windowMonths), reportMonth.addDays(-1)};
}

QDate KpiCalendar::visibleOn(const QDate& purchaseDate) const
{
    const QDate next = QDate(purchaseDate.year(), purchaseDate.month(), 1).addMonths(1);
    return reportIn(next.year(), next.month(), m_reportDay);
}

QDate KpiCalendar::anniversaryIn(const QDate& anniversary, int year)
{
    const int day = std::min(anniversary.day(), QDate(year, anniversary.month(), 1).daysInMonth());
    return QDate(year, anniversary.month(), day);
}

QDate KpiCalendar::nextAnniversary(const QDate& anniversary, const QDate& d)
{
    const QDate thisYear = anniversaryIn(anniversary, d.year());
    return thisYear >= d ? thisYear : anniversaryIn(anniversary, d.year() + 1);
}

DateRange KpiCalendar::renewalWindow(const QDate& a) const
{
    return {a.addMonths(-m_windowMonths), a.addDays(-1)};
}

} // namespace lp
