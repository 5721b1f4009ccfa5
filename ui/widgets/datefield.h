// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QLineEdit>
#include <QLocale>

class QCalendarWidget;

namespace lp {

// A date typed as the user writes it: in the locale's short form ("20/03/2021") or in ISO form
// ("2021-03-20"), or picked from the calendar behind its button. What it cannot take as typed it
// refuses: an impossible date ("2027-13-45") or stray letters give no date (date() is null), never
// another date nearby. It starts empty unless given a date: no date is today by default.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr, const QDate& date = {});

    // The date typed, or null when the field is empty or holds no possible date.
    QDate date() const;
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // Written in ISO form; a null date empties the field.
    void setDate(const QDate& date);

    // `text` as a date in `locale`'s short form or in ISO form (YYYY-MM-DD); null when neither.
    static QDate parse(const QString& text, const QLocale& locale = QLocale());
    // A date written in the locale's short form, for the placeholder and the error that asks for it.
    static QString example();

private:
    void showCalendar();
    void retranslate();
    bool event(QEvent* event) override;

    QAction* m_pick = nullptr;
};

} // namespace lp
