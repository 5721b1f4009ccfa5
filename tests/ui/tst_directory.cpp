// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The directory listing through the GUI: the form checked as it is typed (the engine's codes
// said at the field), the batch week and visibility date shown, the request sent; then
// Partner Frontline Support marks the month's batch as sent, and the partner sees it.
#include "directory/directoryworkspace.h"
#include "directory/listingbatchesworkspace.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "rules/listingcheck.h"
#include "services/accountservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

class TestDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void requestThenBatch()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("directory.sqlite")))).value();
        AccountService accounts(*db, PasswordHasher::Strength::Minimal);
        Session admin = accounts
                            .createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("Contoso Learning"),
                                               QStringLiteral("IT"), QDate(2021, 5, 1)},
                                              QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                            .value();
        Session support{accounts
                            .addUser(Actor::commandLine(), {QStringLiteral("support"), Role::FrontlineSupport,
                                                            0, QStringLiteral("a long passphrase")})
                            .value()};

        AppContext partnerContext{*db, admin};
        DirectoryWorkspace w(partnerContext);
        w.show();
        w.refresh();
        QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("displayName"))->text(),
                 QStringLiteral("Contoso Learning"));
        auto* submit = w.findChild<QPushButton*>(QStringLiteral("submitListing"));
        auto* url = w.findChild<QLineEdit*>(QStringLiteral("landingUrl"));
        auto* urlProblem = w.findChild<QLabel*>(QStringLiteral("problem_landingUrl"));
        QVERIFY(!submit->isEnabled());
        QTest::keyClicks(url, QStringLiteral("http://contoso.example/microsoft"));
        QVERIFY(urlProblem->isVisible());
        QCOMPARE(urlProblem->text(), QStringLiteral("The landing page must be served over https."));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://contoso.example/microsoft"));
        QVERIFY(!urlProblem->isVisible());
        for (const char* name : {"aboutPartnerOnly", "noCompetitors"})
            w.findChild<QCheckBox*>(QLatin1String(name))->setChecked(true);
        // Untouched, the last box says nothing yet, but the request cannot be sent.
        auto* owned = w.findChild<QCheckBox*>(QStringLiteral("ownedByPartner"));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("problem_ownedByPartner"))->isVisible());
        QVERIFY(!submit->isEnabled());
        owned->setChecked(true);
        owned->setChecked(false);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("problem_ownedByPartner"))->text(),
                 QStringLiteral("The page must be owned by your organization."));
        // A draft keeps the form as it is, and comes back in a new workspace.
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("saveListingDraft")), Qt::LeftButton);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("draftSaved"))->text(), QStringLiteral("Draft saved."));
        {
            DirectoryWorkspace again(partnerContext);
            again.refresh();
            QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("landingUrl"))->text(),
                     QStringLiteral("https://contoso.example/microsoft"));
            QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("noCompetitors"))->isChecked());
            QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("ownedByPartner"))->isChecked());
            QCOMPARE(again.findChild<QTableWidget*>(QStringLiteral("listingRequests"))->item(0, 4)->text(),
                     QStringLiteral("Draft"));
        }
        w.findChild<QCheckBox*>(QStringLiteral("ownedByPartner"))->setChecked(true);
        QVERIFY(submit->isEnabled());
        const DateRange week = ListingCheck::batchWeek(QDate::currentDate());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("schedule"))
                    ->text()
                    .contains(QLocale().toString(week.from, QStringLiteral("d MMMM yyyy"))));
        QTest::mouseClick(submit, Qt::LeftButton);
        auto* requests = w.findChild<QTableWidget*>(QStringLiteral("listingRequests"));
        QCOMPARE(requests->rowCount(), 1);
        QVERIFY(requests->item(0, 4)->text().startsWith(QLatin1String("Waiting for the batch")));

        AppContext supportContext{*db, support};
        ListingBatchesWorkspace batches(supportContext);
        batches.show();
        batches.refresh();
        QCOMPARE(batches.findChild<QTableWidget*>(QStringLiteral("queuedListings"))->rowCount(), 1);
        QVERIFY(batches.findChild<QComboBox*>(QStringLiteral("batchMonth"))
                    ->currentText()
                    .contains(QLatin1String("1 request")));
        QTest::mouseClick(batches.findChild<QPushButton*>(QStringLiteral("markBatchSent")), Qt::LeftButton);
        QCOMPARE(batches.findChild<QLabel*>(QStringLiteral("batchResult"))->text(),
                 QStringLiteral("1 request marked as sent."));
        QCOMPARE(batches.findChild<QTableWidget*>(QStringLiteral("queuedListings"))->rowCount(), 0);

        w.refresh();
        QVERIFY(requests->item(0, 4)->text().startsWith(QLatin1String("Sent on")));
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
