// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "displayformat.h"

#include <QLocale>

namespace lp::display {
namespace {

// The locale's short date format with the year widened to four digits: "dd/MM/yy" becomes
// "dd/MM/yyyy", a format that already has "yyyy" stays as it is.
QString shortDateFormatOf(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString longDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, shortDateFormatOf(locale));
}

QString shortDateFormat()
{
    return shortDateFormatOf(QLocale());
}

QString shortDateTime(const QDateTime& moment)
{
    if (!moment.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = moment.toLocalTime();
    return shortDate(local.date()) + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 15);
}

QString money(qint64 cents, const QString& currency)
{
    // Whole units and cents apart, in integers: no rounding through a double, whatever the size.
    const QLocale locale;
    const qint64 units = cents / 100;
    const int rest = int(cents % 100);
    QString amount = locale.toString(units < 0 ? -units : units) + locale.decimalPoint() +
                     QStringLiteral("%1").arg(rest < 0 ? -rest : rest, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        amount.prepend(locale.negativeSign());
    return currency.isEmpty() ? amount : amount + QLatin1Char(' ') + currency;
}

} // namespace lp::display
