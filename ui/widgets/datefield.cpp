// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace lp {

DateField::DateField(QWidget* parent, const QDate& date) : QLineEdit(parent)
{
    m_pick = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    m_pick->setObjectName(QStringLiteral("pickDate"));
    connect(m_pick, &QAction::triggered, this, &DateField::showCalendar);
    setDate(date);
    retranslate();
}

QDate DateField::parse(const QString& text, const QLocale& locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // ISO first: it is the same in every language, and QDate refuses the impossible ones.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (iso.match(t).hasMatch())
        return QDate::fromString(t, Qt::ISODate);
    // The locale's short form, with a four-digit year ("20/03/2021") or a two-digit one ("20/03/21").
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString fourDigits = shortFormat;
    QString twoDigits = shortFormat;
    if (shortFormat.contains(QLatin1String("yyyy")))
        twoDigits.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    else
        fourDigits.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (const QDate d = locale.toDate(t, fourDigits); d.isValid() && d.year() >= 1000)
        return d;
    if (const QDate d = locale.toDate(t, twoDigits); d.isValid())
        return d.year() < 2000 ? d.addYears(100) : d; // "21" is 2021
    return {};
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(const QDate& date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void DateField::showCalendar()
{
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendar"));
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](const QDate& picked) {
        setDate(picked);
        popup->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](const QDate& picked) {
        setDate(picked);
        popup->close();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

QString DateField::example()
{
    return QLocale().toString(QDate(2021, 3, 20), QLocale::ShortFormat);
}

void DateField::retranslate()
{
    setPlaceholderText(tr("e.g. %1 or 2021-03-20").arg(example()));
    m_pick->setText(tr("Pick a date"));
    m_pick->setToolTip(tr("Pick a date"));
}

bool DateField::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    return QLineEdit::event(event);
}

} // namespace lp
