// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>

namespace lp {

struct DateRange
{
    QDate from;
    QDate to; // inclusive

    bool contains(const QDate& d) const { return from <= d && d <= to; }
    bool operator==(const DateRange&) const = default;
};

// The dates of the monthly KPI report (docs/rules.md#monthly-kpi-report) and of renewals
// (docs/rules.md#evaluation-window), for a rule set's reportDay and windowMonths. Pure: every date is an
// argument.
class KpiCalendar
{
public:
    explicit KpiCalendar(int reportDay = 15, int windowMonths = 12)
        : m_reportDay(reportDay), m_windowMonths(windowMonths)
    {
    }

    // The publication date of the latest report on `d`: this month's once its report day
    // has come, else last month's (docs/rules.md#monthly-kpi-report).
    QDate latestReportDate(const QDate& d) const;
    // The next publication after `d` (strictly later).
    QDate nextReportDate(const QDate& d) const;
    // The report of month R covers the windowMonths whole months before R (docs/rules.md#monthly-kpi-report):
    // the report of 15 January 2020 covers January-December 2019.
    DateRange coverageWindow(const QDate& reportDate) const;
    // A purchase of month M is in the report of month M+1 (docs/rules.md#kpi-visibility).
    QDate visibleOn(const QDate& purchaseDate) const;
    // The first occurrence of the anniversary's month and day on or after `d`;
    // 29 February becomes 28 February in other years.
    static QDate nextAnniversary(const QDate& anniversary, const QDate& d);
    // The anniversary's month and day in `year` (29 February -> 28 February when not leap).
    static QDate anniversaryIn(const QDate& anniversary, int year);
    // The windowMonths before the anniversary occurrence A: A - windowMonths to A - 1 day
    // (docs/rules.md#evaluation-window).
    DateRange renewalWindow(const QDate& anniversaryOccurrence) const;

    int reportDay() const { return m_reportDay; }
    int windowMonths() const { return m_windowMonths; }

private:
    int m_reportDay;
    int m_windowMonths;
};

} // namespace lp
