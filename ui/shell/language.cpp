// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "language.h"

#include "i18n/translations.h"

#include <QComboBox>
#include <QSettings>

namespace lp {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString Language::saved()
{
    const QString code = QSettings().value(kKey).toString();
    return Translations::available().contains(code) ? code : Translations::systemDefault();
}

void Language::apply(const QString& code)
{
    if (Translations::install(code))
        QSettings().setValue(kKey, code);
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("it"))
        return QStringLiteral("Italiano");
    return QStringLiteral("English");
}

void Language::setUpComboBox(QComboBox* combo)
{
    for (const QString& code : Translations::available())
        combo->addItem(nativeName(code), code);
    combo->setCurrentIndex(combo->findData(Translations::current()));
    QObject::connect(combo, &QComboBox::activated, combo,
                     [combo](int index) { apply(combo->itemData(index).toString()); });
}

} // namespace lp
