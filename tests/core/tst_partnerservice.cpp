// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The partner profile and memberships through PartnerService: validation at the field,
// audit of every change, the overview's counts, and the role refusals.
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "services/peopleservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QTest>

using namespace lp;

class TestPartnerService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;
    Session m_support;

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db, QDate(2021, 5, 1));
        m_admin = accounts.admin;
        m_viewer = accounts.viewer;
        m_support = accounts.support;
        QVERIFY(PartnerService(*m_db)
                    .add(Actor::commandLine(), {0, QStringLiteral("999"), QStringLiteral("Fabrikam"),
                                                QStringLiteral("DE"), QDate(2021, 1, 1)})
                    .ok());
    }
    void cleanup() { m_db.reset(); }

    void profileUpdateIsValidatedAndAudited()
    {
        PartnerService partners(*m_db);
        Partner p = partners.get(m_admin, m_admin.partnerId()).value();
        p.name = QStringLiteral("Contoso Learning S.r.l.");
        p.anniversary = QDate(2024, 2, 29);
        QVERIFY(partners.updateProfile(m_admin, p).ok());
        QCOMPARE(partners.get(m_viewer, p.id).value(), p);
        const AuditEntry last = AuditRepository(*m_db).list(p.id).value().first();
        QCOMPARE(last.action, QStringLiteral("partner.update"));
        QVERIFY(last.before.contains("\"Contoso\""));
        QVERIFY(last.after.contains("Contoso Learning S.r.l."));

        Partner clash = p;
        clash.mpnId = QStringLiteral("999");
        QCOMPARE(partners.updateProfile(m_admin, clash).error().code, QStringLiteral("DUPLICATE"));
        Partner bad = p;
        bad.country = QStringLiteral("Italy");
        QCOMPARE(partners.updateProfile(m_admin, bad).error().path, QStringLiteral("country"));
        QCOMPARE(partners.updateProfile(m_viewer, p).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(partners.updateProfile(m_support, p).error().code, QStringLiteral("PERMISSION_DENIED"));
        const Partner other = **PartnerRepository(*m_db).findByMpnId(QStringLiteral("999"));
        QCOMPARE(partners.updateProfile(m_admin, other).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(partners.get(m_admin, other.id).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(partners.list(m_support).value().size(), 2);
        QCOMPARE(partners.list(m_admin).value().size(), 1);
    }

    void memberships_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("competency");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("action pack") << int(MembershipType::ActionPack) << "" << QDate(2021, 1, 1)
                                     << QDate(2021, 12, 31) << ""
                                     << "";
        QTest::newRow("silver") << int(MembershipType::Silver) << "Data Analytics" << QDate(2021, 1, 1)
                                << QDate(2021, 12, 31) << ""
                                << "";
        QTest::newRow("silver without competency")
            << int(MembershipType::Silver) << " " << QDate(2021, 1, 1) << QDate(2021, 12, 31) << "REQUIRED"
            << "competency";
        QTest::newRow("dates reversed") << int(MembershipType::Gold) << "Data Analytics" << QDate(2021, 2, 1)
                                        << QDate(2021, 1, 31) << "DATE_ORDER"
                                        << "to";
        QTest::newRow("no end") << int(MembershipType::Gold) << "Data Analytics" << QDate(2021, 2, 1)
                                << QDate() << "REQUIRED"
                                << "to";
    }
    void memberships()
    {
        QFETCH(int, type);
        QFETCH(QString, competency);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, code);
        QFETCH(QString, field);
        PartnerService partners(*m_db);
        auto added = partners.addMembership(m_admin, m_admin.partnerId(),
                                            {0, MembershipType(type), competency, true, from, to});
        if (code.isEmpty()) {
            QVERIFY(added.ok());
            QCOMPARE(partners.memberships(m_viewer, m_admin.partnerId()).value(),
                     QList<Membership>{added.value()});
            QVERIFY(partners.removeMembership(m_admin, m_admin.partnerId(), added->id).ok());
            QVERIFY(partners.memberships(m_admin, m_admin.partnerId()).value().isEmpty());
        } else {
            QCOMPARE(added.error().code, code);
            QCOMPARE(added.error().path, field);
        }
    }

    void membershipRefusals()
    {
        PartnerService partners(*m_db);
        const Membership m{0, MembershipType::ActionPack, {}, true, QDate(2021, 1, 1), QDate(2021, 12, 31)};
        QCOMPARE(partners.addMembership(m_viewer, m_admin.partnerId(), m).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(partners.addMembership(m_admin, m_admin.partnerId() + 1, m).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(partners.removeMembership(m_admin, m_admin.partnerId(), 4242).error().code,
                 QStringLiteral("NOT_FOUND"));
    }

    void overviewCounts()
    {
        PeopleService people(*m_db);
        const qint64 pid = m_admin.partnerId();
        QVERIFY(people
                    .addTrainer(m_admin, pid,
                                {0, QStringLiteral("A"), QStringLiteral("MCT-1"), {}, QDate(2021, 3, 10)})
                    .ok());
        QVERIFY(people
                    .addTrainer(m_admin, pid,
                                {0, QStringLiteral("B"), QStringLiteral("MCT-2"), {}, QDate(2021, 3, 9)})
                    .ok());
        QVERIFY(people
                    .addTrainer(m_admin, pid,
                                {0, QStringLiteral("C"), QStringLiteral("MCT-3"), QDate(2021, 3, 11),
                                 QDate(2022, 1, 1)})
                    .ok());
        auto o = PartnerService(*m_db).overview(m_viewer, pid, QDate(2021, 3, 10));
        QVERIFY(o.ok());
        QCOMPARE(o->trainers, 3);
        QCOMPARE(o->activeTrainers, 1); // valid through the day itself; not before it starts
        QCOMPARE(o->expiringTrainers, 1);
        QCOMPARE(o->nextAnniversary, QDate(2021, 5, 1));
        QCOMPARE(o->reminderBefore, QDate(2021, 4, 16));
        QCOMPARE(o->reminderAfter, QDate(2021, 5, 24));
    }

    void covidExtensionAndActionPackRenewal()
    {
        PartnerService partners(*m_db);
        const qint64 pid = m_admin.partnerId();
        // Anniversary 1 May (inside 1 Jan - 30 Jun 2021), FY2021's extension.
        QVERIFY(partners
                    .addMembership(m_admin, pid,
                                   {0, MembershipType::Silver, QStringLiteral("Data Analytics"), true,
                                    QDate(2020, 5, 1), QDate(2021, 4, 30)})
                    .ok());
        QVERIFY(partners
                    .addMembership(m_admin, pid,
                                   {0, MembershipType::Silver, QStringLiteral("Cloud Business Applications"),
                                    true, QDate(2020, 5, 1), QDate(2021, 4, 30)})
                    .ok());
        QVERIFY(partners
                    .addMembership(
                        m_admin, pid,
                        {0, MembershipType::ActionPack, {}, true, QDate(2020, 3, 1), QDate(2021, 2, 28)})
                    .ok());
        auto o = partners.overview(m_admin, pid, QDate(2021, 3, 10));
        QCOMPARE(o->covidExtended, QStringList{QStringLiteral("Data Analytics")});
        QCOMPARE(o->actionPackRenewalFrom, QDate(2021, 3, 1));
        QCOMPARE(o->actionPackRenewalTo, QDate(2021, 3, 30));
        QVERIFY(partners.overview(m_admin, pid, QDate(2021, 7, 10))
                    ->covidExtended.isEmpty()); // ended, and FY2022 has none
        QCOMPARE(o->purchases, 0);
    }
};

QTEST_GUILESS_MAIN(TestPartnerService)
#include "tst_partnerservice.moc"
