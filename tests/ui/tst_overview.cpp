// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The Overview workspace: the partner admin edits the profile and adds a membership through
// the dialogs (a refusal is said in the dialog); a viewer gets no editing buttons.
#include "guitest.h"
#include "i18n/translations.h"
#include "overview/membershipdialog.h"
#include "overview/overviewworkspace.h"
#include "overview/profiledialog.h"
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lp;
using lp::test::accept;
using lp::test::whenDialogShows;

class TestOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("overview.sqlite")))).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 5, 1)},
                                        QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                      .value();
    }

    void adminEditsProfileAndMemberships()
    {
        AppContext context{*m_db, m_admin};
        OverviewWorkspace w(context);
        w.show();
        w.refresh();
        whenDialogShows<ProfileDialog>([](ProfileDialog* d) {
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("partnerName"));
            name->clear();
            accept(d); // an empty name is refused in place
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QLatin1String("name")));
            QTest::keyClicks(name, QStringLiteral("Contoso Learning S.r.l."));
            accept(d);
        });
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("editProfile")), Qt::LeftButton);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("partnerName"))->text(),
                 QStringLiteral("Contoso Learning S.r.l."));

        whenDialogShows<MembershipDialog>([](MembershipDialog* d) {
            auto* type = d->findChild<QComboBox*>(QStringLiteral("type"));
            type->setCurrentIndex(1); // silver
            accept(d);                // without a competency
            QCOMPARE(d->findChild<QLabel*>(QStringLiteral("error"))->text(),
                     QStringLiteral("Competency: This field is required.")); // the field named (issue 21)
            d->findChild<QComboBox*>(QStringLiteral("competency"))
                ->setCurrentText(QStringLiteral("Data Analytics"));
            accept(d);
        });
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("addMembership")), Qt::LeftButton);
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("memberships"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Silver competency"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Data Analytics"));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("renewals"))
                    ->text()
                    .startsWith(QLatin1String("Next anniversary: 1 May")));
    }

    void viewerHasNoEditingButtons()
    {
        auto viewer = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                          .addUser(m_admin, {QStringLiteral("viewer"), Role::Viewer, m_admin.partnerId(),
                                             QStringLiteral("a long passphrase")});
        QVERIFY(viewer.ok());
        Session session{viewer.value()};
        AppContext context{*m_db, session};
        OverviewWorkspace w(context);
        w.show();
        w.refresh();
        for (const char* name : {"editProfile", "addMembership", "removeMembership"})
            QVERIFY(!w.findChild<QPushButton*>(QLatin1String(name))->isVisible());
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("mpnId"))->text(), QStringLiteral("4412345"));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
