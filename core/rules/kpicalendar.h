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

// The dates of the monthly KPI report [175]-[178] and of renewals [176], for a rule set's
// reportDay and windowMonths. Pure: every date is an argument.
class KpiCalendar
{
public:
    explicit KpiCalendar(int reportDay = 15, int windowMonths = 12)
        : m_reportDay(reportDay), m_windowMonths(windowMonths)
    {
    }

    // The publication date of the latest report on `d`: this month's once its report day
    // has come, else last month's [175].
    QDate latestReportDate(const QDate& d) const;
    // The next publication after `d` (strictly later).
    QDate nextReportDate(const QDate& d) const;
    // The report of month R covers the windowMonths whole months before R [177]:
    // the report of 15 January 2020 covers January-December 2019.
    DateRange coverageWindow(const QDate& reportDate) const;
    // A purchase of month M is in the report of month M+1 [178].
    QDate visibleOn(const QDate& purchaseDate) const;
    // The first occurrence of the anniversary's month and day on or after `d`;
    // 29 February becomes 28 February in other years.
    static QDate nextAnniversary(const QDate& anniversary, const QDate& d);
    // The anniversary's month and day in `year` (29 February -> 28 February when not leap).
    static QDate anniversaryIn(const QDate& anniversary, int year);
    // The windowMonths before the anniversary occurrence A: A - windowMonths to A - 1 day [176].
    DateRange renewalWindow(const QDate& anniversaryOccurrence) const;

    int reportDay() const { return m_reportDay; }
    int windowMonths() const { return m_windowMonths; }

private:
    int m_reportDay;
    int m_windowMonths;
};

} // namespace lp
