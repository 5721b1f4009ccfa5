#include "countrycombobox.h"

#include <QLocale>

#include <algorithm>

namespace lp {

CountryComboBox::CountryComboBox(QWidget* parent) : QComboBox(parent)
{
    QList<std::pair<QString, QString>> territories;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code != QLatin1String("ZZ"))
            territories.append({QLocale::territoryToString(territory), code});
    }
    std::sort(territories.begin(), territories.end());
    for (const auto& [name, code] : territories)
        addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    const int system = findData(QLocale::territoryToCode(QLocale::system().territory()));
    setCurrentIndex(system >= 0 ? system : findData(QStringLiteral("IT")));
}

void CountryComboBox::setCode(const QString& code)
{
    const int i = findData(code);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace lp
