// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "countrycombobox.h"

#include "countrynames.h"

#include <QCollator>
#include <QEvent>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace lp {

CountryComboBox::CountryComboBox(QWidget* parent) : QComboBox(parent)
{
    fill();
    const int system = findData(QLocale::territoryToCode(QLocale::system().territory()));
    setCurrentIndex(system >= 0 ? system : findData(QStringLiteral("IT")));
}

void CountryComboBox::setCode(const QString& code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
}

void CountryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

// The names of the current language, in its alphabetical order; the chosen country stays chosen.
void CountryComboBox::fill()
{
    const QString chosen = code();
    const QHash<QString, QString> names = CountryNames::all();
    QList<std::pair<QString, QString>> countries;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        countries.append({it.value(), it.key()});
    QCollator collator{QLocale()};
    std::sort(countries.begin(), countries.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker quiet(this);
    clear();
    for (const auto& [name, code] : countries)
        addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    if (!chosen.isEmpty())
        setCode(chosen);
}

} // namespace lp
