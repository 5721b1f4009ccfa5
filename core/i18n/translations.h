// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QString>
#include <QStringList>

namespace lp {

// The application's languages and the translators that speak them. The .qm files are
// embedded under :/i18n; Qt's own (standard dialogs, buttons) come from Qt's translations.
class Translations
{
public:
    // Language codes we ship, English first: {"en", "it"}.
    static QStringList available();
    // The shipped language closest to the system locale ("it" for an Italian locale, else "en").
    static QString systemDefault();
    // Replaces the installed translators with those of `language`; returns false for a
    // language we do not ship. Sends QEvent::LanguageChange to every widget when a
    // QApplication exists, so visible texts retranslate at run time.
    static bool install(const QString& language);
    // The language installed last ("en" before any).
    static QString current();
};

} // namespace lp
