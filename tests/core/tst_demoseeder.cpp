// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The demo database tells the story a newcomer follows on `./dev run --demo`: every role can
// sign in, and the demo partner can enroll on each path — the Action Pack, silver, and gold
// with the upgrade discount — while another gold falls back to silver.
#include "answercodes.h"
#include "services/accountservice.h"
#include "services/demoseeder.h"
#include "services/enrollmentservice.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lp;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void theDemoPartnerCanEnrollOnEachPath()
    {
        const QDate today(2026, 11, 20);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db);
        auto accounts = DemoSeeder::seed(*db.value(), today);
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 4);

        AccountService signIn(*db.value());
        Session admin;
        for (const DemoSeeder::Account& a : accounts.value()) {
            auto session = signIn.signIn(a.name, a.password);
            QVERIFY2(session, qPrintable(a.name));
            QVERIFY(session->role() == a.role);
            if (a.role == Role::PartnerAdmin)
                admin = session.value();
        }
        QVERIFY(admin.isValid());

        EnrollmentService service(*db.value());
        const QString da = QStringLiteral("Data Analytics");
        const QString cp = QStringLiteral("Cloud Platform");
        auto actionPack = service.evaluate(admin, admin.partnerId(),
                                           {Path::ActionPack, {}, EvaluationKind::Enroll, false}, today);
        QVERIFY(actionPack && actionPack->eligible);
        auto silver = service.evaluate(admin, admin.partnerId(),
                                       {Path::Silver, cp, EvaluationKind::Enroll, true}, today);
        QVERIFY(silver && silver->eligible);
        auto gold =
            service.evaluate(admin, admin.partnerId(), {Path::Gold, da, EvaluationKind::Enroll, true}, today);
        QVERIFY(gold && gold->eligible);
        QVERIFY(gold->upgradeDiscount); // the demo partner holds silver in Data Analytics
        auto fallback =
            service.evaluate(admin, admin.partnerId(), {Path::Gold, cp, EvaluationKind::Enroll, true}, today);
        QVERIFY(fallback && !fallback->eligible);
        QCOMPARE(test::code(fallback->recommendation), test::code(Recommendation::Silver));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
