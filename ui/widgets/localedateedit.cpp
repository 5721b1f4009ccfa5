// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "localedateedit.h"

#include "domain/displayformat.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QLocale>

namespace lp::ui {

LocaleDateEdit::LocaleDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    applyLocale();
}

LocaleDateEdit::LocaleDateEdit(const QDate& date, QWidget* parent) : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    applyLocale();
}

QSize LocaleDateEdit::sizeHint() const
{
    return withSpecialText(QDateEdit::sizeHint());
}

QSize LocaleDateEdit::minimumSizeHint() const
{
    return withSpecialText(QDateEdit::minimumSizeHint());
}

QSize LocaleDateEdit::withSpecialText(QSize hint) const
{
    const QString special = specialValueText();
    if (special.isEmpty())
        return hint;
    const QFontMetrics metrics = fontMetrics();
    const int extra =
        metrics.horizontalAdvance(special) - metrics.horizontalAdvance(textFromDateTime(minimumDateTime()));
    if (extra > 0)
        hint.rwidth() += extra;
    return hint;
}

void LocaleDateEdit::changeEvent(QEvent* event)
{
    // Translations::install sets the default locale before the translators, so the language
    // change event finds the new one in place.
    if (event->type() == QEvent::LanguageChange)
        applyLocale();
    QDateEdit::changeEvent(event);
}

void LocaleDateEdit::applyLocale()
{
    const QLocale locale;
    setLocale(locale);
    if (QCalendarWidget* calendar = calendarWidget())
        calendar->setLocale(locale);
    const QString format = display::shortDateFormat();
    if (displayFormat() != format)
        setDisplayFormat(format);
}

} // namespace lp::ui
