// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates, numbers and money are written for people: in the language chosen in the Language
// menu (QLocale's default, set by Translations::install), one form per use, on every screen,
// report and text export (docs/architecture.md#dates-numbers-and-money). Files meant for programs
// (CSV, JSON, iCalendar) keep ISO dates and plain numbers instead.
namespace lp::display {

// In sentences: "2 December 2026", "2 dicembre 2026".
QString longDate(const QDate& date);
// In tables and lists: the locale's short form, always with a four-digit year
// ("12/2/2026", "02/12/2026").
QString shortDate(const QDate& date);
// The short form above as a QDateTime format ("M/d/yyyy", "dd/MM/yyyy"), for date fields.
QString shortDateFormat();
// A moment in local time: the short date and the locale's short time.
QString shortDateTime(const QDateTime& moment);
// A KPI value, a count of units: as many decimals as it has, with group separators.
QString number(double value);
// An amount held in cents, with two decimals and group separators ("1,234.50", "1.234,50"); the currency code
// after it when given.
QString money(qint64 cents, const QString& currency = QString());

} // namespace lp::display
