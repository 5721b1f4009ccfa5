// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// ListingCheck (docs/rules.md#directory-listing): every error code at its field, the batch week and the
// expected visibility date.
#include "rules/listingcheck.h"

#include <QTest>

using namespace lp;

namespace {

ListingInput valid()
{
    return {QStringLiteral("Contoso Learning"),
            QStringLiteral("IT"),
            QStringLiteral("https://contoso.example/microsoft"),
            true,
            true,
            true};
}

} // namespace

class TestListingCheck : public QObject
{
    Q_OBJECT

private slots:
    void errors_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << 0 << "listing.displayName"
                                 << "NAME_REQUIRED";
        QTest::newRow("long name") << 1 << "listing.displayName"
                                   << "NAME_TOO_LONG";
        QTest::newRow("country name") << 2 << "listing.country"
                                      << "COUNTRY_INVALID";
        QTest::newRow("no such country") << 3 << "listing.country"
                                         << "COUNTRY_INVALID";
        QTest::newRow("relative url") << 4 << "listing.landingUrl"
                                      << "URL_INVALID";
        QTest::newRow("http") << 5 << "listing.landingUrl"
                              << "URL_NOT_HTTPS";
        QTest::newRow("microsoft.com") << 6 << "listing.landingUrl"
                                       << "URL_NOT_PARTNER_OWNED";
        QTest::newRow("sub-domain of microsoft.com") << 7 << "listing.landingUrl"
                                                     << "URL_NOT_PARTNER_OWNED";
        QTest::newRow("about partner") << 8 << "listing.aboutPartnerOnly"
                                       << "CHECKLIST_ABOUT_PARTNER";
        QTest::newRow("competitors") << 9 << "listing.noCompetitors"
                                     << "CHECKLIST_NO_COMPETITORS";
        QTest::newRow("owned") << 10 << "listing.ownedByPartner"
                               << "CHECKLIST_OWNED_BY_PARTNER";
    }
    void errors()
    {
        QFETCH(int, variant);
        QFETCH(QString, field);
        QFETCH(QString, code);
        ListingInput l = valid();
        switch (variant) {
        case 0:
            l.displayName = QStringLiteral(" ");
            break;
        case 1:
            l.displayName = QString(101, QLatin1Char('x'));
            break;
        case 2:
            l.country = QStringLiteral("Italy");
            break;
        case 3:
            l.country = QStringLiteral("QQ");
            break;
        case 4:
            l.landingUrl = QStringLiteral("contoso/microsoft");
            break;
        case 5:
            l.landingUrl = QStringLiteral("http://contoso.example/microsoft");
            break;
        case 6:
            l.landingUrl = QStringLiteral("https://microsoft.com/partner/contoso");
            break;
        case 7:
            l.landingUrl = QStringLiteral("https://partner.Microsoft.com/contoso");
            break;
        case 8:
            l.aboutPartnerOnly = false;
            break;
        case 9:
            l.noCompetitors.reset();
            break;
        case 10:
            l.ownedByPartner = false;
            break;
        }
        const ListingResult r = ListingCheck::check(l, QDate(2021, 3, 9));
        QVERIFY(!r.valid);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().path, field);
        QCOMPARE(r.errors.first().code, code);
        QVERIFY(!r.batchWeek.from.isValid());
    }

    void aMicrosoftLookalikeIsFine()
    {
        ListingInput l = valid();
        l.landingUrl = QStringLiteral("https://notmicrosoft.com/contoso");
        QVERIFY(ListingCheck::check(l, QDate(2021, 3, 9)).valid);
        l.displayName = QString(100, QLatin1Char('x'));
        QVERIFY(ListingCheck::check(l, QDate(2021, 3, 9)).valid);
    }

    void batch_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("visibleBy");
        QTest::newRow("day 1") << QDate(2021, 3, 1) << QDate(2021, 3, 15) << QDate(2021, 4, 7);
        QTest::newRow("day 14") << QDate(2021, 3, 14) << QDate(2021, 3, 15) << QDate(2021, 4, 7);
        QTest::newRow("day 15: next month") << QDate(2021, 3, 15) << QDate(2021, 4, 15) << QDate(2021, 5, 7);
        QTest::newRow("December") << QDate(2021, 12, 20) << QDate(2022, 1, 15) << QDate(2022, 2, 7);
        QTest::newRow("formats example") << QDate(2021, 7, 2) << QDate(2021, 7, 15) << QDate(2021, 8, 7);
    }
    void batch()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, from);
        QFETCH(QDate, visibleBy);
        const ListingResult r = ListingCheck::check(valid(), received);
        QVERIFY(r.valid);
        QCOMPARE(r.batchWeek, (DateRange{from, from.addDays(6)}));
        QCOMPARE(r.expectedVisibleBy, visibleBy);
    }
};

QTEST_GUILESS_MAIN(TestListingCheck)
#include "tst_listingcheck.moc"
