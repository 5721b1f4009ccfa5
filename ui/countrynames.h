// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QHash>
#include <QString>

namespace lp {

// Country names in the current language, from Debian's iso-codes package: the ISO 3166-1 list
// (/usr/share/iso-codes/json/iso_3166-1.json) and its gettext translations
// (/usr/share/locale/<language>/LC_MESSAGES/iso_3166-1.mo), read when first asked for and
// again after a language switch. Without the package, Qt's English names stand in.
// docs/architecture.md#country-names
class CountryNames
{
public:
    // The name of the ISO 3166-1 alpha-2 `code` ("IT") in the language installed now (Translations),
    // or the code itself when nobody knows it.
    static QString name(const QString& code);
    // "Italia (IT)": how lists and the profile show a country.
    static QString withCode(const QString& code);
    // Every country of the list: code -> name, in the current language.
    static QHash<QString, QString> all();

    // Where the files are looked for (tests point elsewhere); empty restores the default.
    static void setDataRoots(const QString& isoCodesJson, const QString& localeDir);

    // The translations of one .mo file (msgid -> msgstr; a context is dropped), empty when the file
    // is missing or is not a gettext catalogue.
    static QHash<QString, QString> readMo(const QString& fileName);
};

} // namespace lp
