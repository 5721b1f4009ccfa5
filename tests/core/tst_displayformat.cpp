// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Dates, numbers and money as people read them (core/domain/displayformat.h), in both
// languages: four-digit years, the language's separators, cents never rounded through a double.
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "i18n/translations.h"

#include <QTest>

#include <limits>

using namespace lp;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void dates_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shortDate");
        QTest::addColumn<QString>("longDate");
        QTest::newRow("it") << "it_IT"
                            << "02/12/2026"
                            << "2 dicembre 2026";
        QTest::newRow("en") << "en_US"
                            << "12/2/2026"
                            << "2 December 2026";
    }
    void dates()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shortDate);
        QFETCH(QString, longDate);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(display::shortDate(QDate(2026, 12, 2)), shortDate);
        QCOMPARE(display::longDate(QDate(2026, 12, 2)), longDate);
        QVERIFY(display::shortDate(QDate()).isEmpty());
        const QString moment = display::shortDateTime(QDateTime(QDate(2026, 12, 2), QTime(9, 5)));
        QVERIFY2(moment.startsWith(display::shortDate(QDate(2026, 12, 2)) + QLatin1Char(' ')),
                 qPrintable(moment));
        QVERIFY2(moment.contains(QLatin1String("9:05")) || moment.contains(QLatin1String("09:05")),
                 qPrintable(moment));
    }

    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("it") << "it_IT" << qint64(123456789) << "1.234.567,89 EUR";
        QTest::newRow("en") << "en_US" << qint64(123456789) << "1,234,567.89 EUR";
        QTest::newRow("en cents") << "en_US" << qint64(5) << "0.05 EUR";
        QTest::newRow("en negative") << "en_US" << qint64(-12005) << "-120.05 EUR";
        // 2^63 - 1 cents: a double would round the last digits away.
        QTest::newRow("en largest") << "en_US" << std::numeric_limits<qint64>::max()
                                    << "92,233,720,368,547,758.07 EUR";
    }
    void money()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(display::money(cents, QStringLiteral("EUR")), expected);
        QVERIFY(!display::money(cents).endsWith(QLatin1String("EUR")));
    }

    // A count in a core sentence takes the language's singular or plural form.
    void countsInMessages()
    {
        const auto wait = [](const char* seconds) {
            return Messages::text({QStringLiteral("SIGN_IN_TOO_SOON"), {}, {QLatin1String(seconds)}});
        };
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(wait("1"), QStringLiteral("Too many failed sign-ins: wait 1 second, then try again."));
        QCOMPARE(wait("30"), QStringLiteral("Too many failed sign-ins: wait 30 seconds, then try again."));
        QCOMPARE(Messages::text({QStringLiteral("RULESET_INVALID"), {}, {QStringLiteral("1")}}),
                 QStringLiteral("The rule set has 1 problem; nothing was written."));
        QVERIFY(Translations::install(QStringLiteral("it")));
        QVERIFY2(wait("1").contains(QLatin1String(" 1 secondo")), qPrintable(wait("1")));
        QVERIFY2(wait("30").contains(QLatin1String(" 30 secondi")), qPrintable(wait("30")));
        QVERIFY(Translations::install(QStringLiteral("en")));
        // A moment is said in the reader's time zone, in the language's short form.
        const QDateTime until(QDate(2026, 12, 2), QTime(13, 45), Qt::UTC);
        const QString locked =
            Messages::text({QStringLiteral("ACCOUNT_LOCKED"), {}, {until.toString(Qt::ISODate)}});
        QVERIFY2(locked.contains(display::shortDateTime(until)), qPrintable(locked));
        QVERIFY2(!locked.contains(QLatin1String("2026-12-02")), qPrintable(locked));
    }

    void numbers()
    {
        QLocale::setDefault(QLocale(QStringLiteral("it_IT")));
        QCOMPARE(display::number(1.5), QStringLiteral("1,5"));
        QCOMPARE(display::number(1011), QStringLiteral("1.011"));
        QCOMPARE(display::number(1.0), QStringLiteral("1"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(display::number(1011.25), QStringLiteral("1,011.25"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
