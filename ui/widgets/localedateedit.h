// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDateEdit>

namespace lp::ui {

// A date edit that shows and takes dates in the chosen language's short form with a four-digit
// year (display::shortDateFormat, "12/2/2026", "02/12/2026"), its calendar in that language, and
// follows a language switch at run time (docs/architecture.md#dates-numbers-and-money).
class LocaleDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit LocaleDateEdit(QWidget* parent = nullptr);
    LocaleDateEdit(const QDate& date, QWidget* parent = nullptr);

    // Room for the special value text too ("any day" at the minimum date), which QDateEdit's own
    // hints leave out.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyLocale();
    QSize withSpecialText(QSize hint) const;
};

} // namespace lp::ui
