// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QComboBox>

namespace lp {

// Every ISO 3166-1 country by its name in the current language (CountryNames: Debian's
// iso-codes), with its two-letter code as the item data; the names follow a language switch.
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget* parent = nullptr);
    QString code() const { return currentData().toString(); }
    void setCode(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
};

} // namespace lp
