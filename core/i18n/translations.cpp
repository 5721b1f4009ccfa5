// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace lp {
namespace {

struct Installed
{
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed s;
    return s;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("it")};
}

QString Translations::systemDefault()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString& language)
{
    if (!available().contains(language))
        return false;
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral(":/i18n/learnpartner_%1.qm").arg(language)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = language != QLatin1String("en") &&
                        qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The locale first: the LanguageChange events that removing and installing translators send
    // find the new language's date and number forms already in place.
    QLocale::setDefault(QLocale(language == QLatin1String("it") ? QLocale::Italian : QLocale::English,
                                language == QLatin1String("it") ? QLocale::Italy : QLocale::UnitedStates));
    Installed& s = installed();
    if (s.ours)
        QCoreApplication::removeTranslator(s.ours.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.ours = std::move(ours);
    s.qt = haveQt ? std::move(qt) : nullptr;
    if (s.qt)
        QCoreApplication::installTranslator(s.qt.get());
    QCoreApplication::installTranslator(s.ours.get());
    s.language = language;
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace lp
