// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Country names in the language of the moment, from Debian's iso-codes (ISO 3166-1 and its gettext
// catalogues): Italian after a switch to Italian and back, the country lists following the switch
// with the chosen country kept, Qt's English names when the package is missing, and the .mo
// reader refusing what is not a catalogue. docs/architecture.md#country-names
#include "countrynames.h"
#include "i18n/translations.h"
#include "widgets/countrycombobox.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

namespace {
const QString kJson = QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
const QString kItalianMo = QStringLiteral("/usr/share/locale/it/LC_MESSAGES/iso_3166-1.mo");
} // namespace

class TestCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!QFile::exists(kJson) || !QFile::exists(kItalianMo))
            QSKIP("the iso-codes package is not installed (./dev installs it)");
    }

    void cleanup()
    {
        CountryNames::setDataRoots({}, {});
        Translations::install(QStringLiteral("en"));
    }

    void namesFollowTheLanguage()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(CountryNames::name(QStringLiteral("IT")), QStringLiteral("Italy"));
        QCOMPARE(CountryNames::withCode(QStringLiteral("DE")), QStringLiteral("Germany (DE)"));
        QVERIFY(Translations::install(QStringLiteral("it")));
        QCOMPARE(CountryNames::name(QStringLiteral("IT")), QStringLiteral("Italia"));
        QCOMPARE(CountryNames::withCode(QStringLiteral("DE")), QStringLiteral("Germania (DE)"));
        QCOMPARE(CountryNames::name(QStringLiteral("ch")), QStringLiteral("Svizzera"));
        QVERIFY(CountryNames::all().size() > 240);
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(CountryNames::name(QStringLiteral("IT")), QStringLiteral("Italy"));
    }

    void listFollowsTheLanguageAndKeepsTheChoice()
    {
        CountryComboBox combo;
        combo.setCode(QStringLiteral("DE"));
        QCOMPARE(combo.currentText(), QStringLiteral("Germany (DE)"));
        QVERIFY(Translations::install(QStringLiteral("it")));
        QCoreApplication::processEvents(); // the language change reaches the widgets
        QCOMPARE(combo.code(), QStringLiteral("DE"));
        QCOMPARE(combo.currentText(), QStringLiteral("Germania (DE)"));
        // In Italian alphabetical order: Germania before Giappone, Italia after them.
        QVERIFY(combo.findData(QStringLiteral("DE")) < combo.findData(QStringLiteral("JP")));
        QVERIFY(combo.findData(QStringLiteral("JP")) < combo.findData(QStringLiteral("IT")));
    }

    void englishFromQtWithoutThePackage()
    {
        QTemporaryDir empty;
        CountryNames::setDataRoots(empty.filePath(QStringLiteral("iso_3166-1.json")), empty.path());
        QVERIFY(Translations::install(QStringLiteral("it")));
        QCOMPARE(CountryNames::name(QStringLiteral("IT")), QLocale::territoryToString(QLocale::Italy));
        QCOMPARE(CountryNames::name(QStringLiteral("ZZ")), QStringLiteral("ZZ")); // unknown: the code itself
    }

    void moReaderRefusesOtherFiles()
    {
        QVERIFY(CountryNames::readMo(kItalianMo).value(QStringLiteral("Italy")) == QStringLiteral("Italia"));
        QVERIFY(CountryNames::readMo(kJson).isEmpty());
        QVERIFY(CountryNames::readMo(QStringLiteral("/nonexistent.mo")).isEmpty());
        QTemporaryDir dir;
        QFile truncated(dir.filePath(QStringLiteral("cut.mo")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        QFile whole(kItalianMo);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        truncated.write(whole.read(200)); // the header and part of the tables: offsets past the end
        truncated.close();
        QVERIFY(CountryNames::readMo(truncated.fileName()).isEmpty());
    }
};

QTEST_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
