// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QString>
#include <QStringList>

class QComboBox;

namespace lp {

// The language the user chose, applied at run time and remembered (QSettings); the very
// first start follows the system locale.
class Language
{
public:
    static QString saved();                         // the remembered choice, or the system's language
    static void apply(const QString& code);         // install the translators and remember the choice
    static QString nativeName(const QString& code); // "English", "Italiano": never translated
    // Fills a combo box with the languages and keeps it in step with apply().
    static void setUpComboBox(QComboBox* combo);
};

} // namespace lp
