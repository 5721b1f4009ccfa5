// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Password hashing (Argon2id through libsodium), the role matrix of docs/rules.md#roles-and-permissions, and
// the account service: first run, sign-in, adding accounts, and every refusal.
#include "security/authorizer.h"
#include "security/passwordhasher.h"
#include "security/passwordpolicy.h"
#include "services/accountservice.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace lp;

Q_DECLARE_METATYPE(lp::Role)
Q_DECLARE_METATYPE(lp::Permission)

class TestSecurity : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;

    Partner contoso() const
    {
        return {0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning"), QStringLiteral("IT"),
                QDate(2021, 5, 1)};
    }
    AccountService accounts() { return AccountService(*m_db, PasswordHasher::Strength::Minimal); }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
    }
    void cleanup() { m_db.reset(); }

    void hashIsArgon2idAndVerifies()
    {
        auto h = PasswordHasher::hash(QStringLiteral("correct horse battery"));
        QVERIFY(h.ok());
        QVERIFY2(h->startsWith(QLatin1String("$argon2id$")), qPrintable(h.value()));
        QVERIFY(!h->contains(QLatin1String("correct horse")));
        QVERIFY(PasswordHasher::verify(h.value(), QStringLiteral("correct horse battery")));
        QVERIFY(!PasswordHasher::verify(h.value(), QStringLiteral("correct horse batterY")));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
        // Same password, new salt: a different hash.
        QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse battery")).value() != h.value());
        QVERIFY(!PasswordHasher::needsRehash(h.value()));
        QVERIFY(PasswordHasher::needsRehash(
            PasswordHasher::hash(QStringLiteral("x"), PasswordHasher::Strength::Minimal).value()));
    }

    void generatedPasswordsAreRandomAndLongEnough()
    {
        const QString a = PasswordHasher::generate();
        const QString b = PasswordHasher::generate();
        QCOMPARE(a.size(), 16);
        QVERIFY(a != b);
        QVERIFY(PasswordPolicy::check(a).ok());
        QCOMPARE(PasswordPolicy::check(QStringLiteral("short")).error().code,
                 QStringLiteral("PASSWORD_TOO_SHORT"));
    }

    void roleMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("allowed");
        const QList<Permission> partnerWork{Permission::Enroll,       Permission::ImportInvoices,
                                            Permission::FileCase,     Permission::RequestListing,
                                            Permission::ManagePeople, Permission::ManageProfile,
                                            Permission::ManageUsers};
        const QList<Permission> supportWork{Permission::ResolveCase, Permission::ProcessListingBatch,
                                            Permission::SetupAccountProfile, Permission::ViewAudit,
                                            Permission::ReadAllPartners};
        for (Role r : {Role::PartnerAdmin, Role::AccountAdmin, Role::FrontlineSupport, Role::Viewer,
                       Role::SupportLead}) {
            const bool partnerRole = r == Role::PartnerAdmin || r == Role::AccountAdmin;
            // The support lead administers the support accounts (docs/accounts.md).
            for (Permission p : partnerWork)
                QTest::addRow("%s %s", qPrintable(toString(r)), qPrintable(toString(p)))
                    << r << p << (partnerRole || (p == Permission::ManageUsers && r == Role::SupportLead));
            for (Permission p : supportWork)
                QTest::addRow("%s %s", qPrintable(toString(r)), qPrintable(toString(p)))
                    << r << p << isSupportRole(r);
            QTest::addRow("%s readPartner", qPrintable(toString(r))) << r << Permission::ReadPartner << true;
            // docs/accounts.md#backups: everyone but a viewer backs up; the top administrators restore.
            QTest::addRow("%s backUpDatabase", qPrintable(toString(r)))
                << r << Permission::BackUpDatabase << (r != Role::Viewer);
            QTest::addRow("%s restoreDatabase", qPrintable(toString(r)))
                << r << Permission::RestoreDatabase << (r == Role::PartnerAdmin || r == Role::SupportLead);
        }
    }
    void roleMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Authorizer::allows(role, permission), allowed);
        Session s{User{1, QStringLiteral("u"), role, isSupportRole(role) ? 0 : 7}};
        const Status st = Authorizer::check(s, permission, 7);
        QCOMPARE(st.ok(), allowed);
        if (!allowed)
            QCOMPARE(st.error().code, QStringLiteral("PERMISSION_DENIED"));
    }

    void partnerRolesStayWithTheirPartner()
    {
        Session admin{User{1, QStringLiteral("a"), Role::PartnerAdmin, 7}};
        QVERIFY(Authorizer::check(admin, Permission::Enroll, 7).ok());
        QVERIFY(!Authorizer::check(admin, Permission::Enroll, 8).ok());
        QVERIFY(!Authorizer::check(admin, Permission::ReadPartner, 8).ok());
        Session support{User{2, QStringLiteral("s"), Role::FrontlineSupport, 0}};
        QVERIFY(Authorizer::check(support, Permission::ReadPartner, 8).ok());
        QCOMPARE(Authorizer::check(Session{}, Permission::ReadPartner, 7).error().code,
                 QStringLiteral("NOT_SIGNED_IN"));
        User disabled{3, QStringLiteral("d"), Role::PartnerAdmin, 7};
        disabled.disabled = true;
        QVERIFY(!Authorizer::check(Session{disabled}, Permission::ReadPartner, 7).ok());
    }

    void firstRunCreatesPartnerAndAdminOnce()
    {
        QVERIFY(accounts().needsFirstRun().value());
        auto session = accounts().createFirstAdmin(contoso(), QStringLiteral("giulia.rossi"),
                                                   QStringLiteral("a long passphrase"));
        QVERIFY(session.ok());
        QVERIFY(session->role() == Role::PartnerAdmin);
        QVERIFY(session->partnerId() > 0);
        QVERIFY(!accounts().needsFirstRun().value());
        // Never twice: the first-run path cannot be used to make another admin.
        auto again = accounts().createFirstAdmin(
            {0, QStringLiteral("999"), QStringLiteral("X"), QStringLiteral("IT"), QDate(2021, 1, 1)},
            QStringLiteral("intruder"), QStringLiteral("a long passphrase"));
        QVERIFY(!again.ok());
        QVERIFY(!UserRepository(*m_db).findByName(QStringLiteral("intruder")).value().has_value());
    }

    void firstRunRefusesBadInputNamingTheField_data()
    {
        QTest::addColumn<QString>("mpnId");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("mpn id") << "44a"
                                << "IT"
                                << "giulia"
                                << "a long passphrase"
                                << "MPN_ID_INVALID"
                                << "mpnId";
        QTest::newRow("mpn id of 13 digits") << "1234567890123"
                                             << "IT"
                                             << "giulia"
                                             << "a long passphrase"
                                             << "MPN_ID_LENGTH"
                                             << "mpnId";
        QTest::newRow("country") << "4412345"
                                 << "XX"
                                 << "giulia"
                                 << "a long passphrase"
                                 << "COUNTRY_INVALID"
                                 << "country";
        QTest::newRow("user name") << "4412345"
                                   << "IT"
                                   << "g"
                                   << "a long passphrase"
                                   << "USER_NAME_INVALID"
                                   << "name";
        QTest::newRow("password") << "4412345"
                                  << "IT"
                                  << "giulia"
                                  << "short"
                                  << "PASSWORD_TOO_SHORT"
                                  << "password";
        QTest::newRow("common password") << "4412345"
                                         << "IT"
                                         << "giulia"
                                         << "WinnieThePooh"
                                         << "PASSWORD_COMMON"
                                         << "password";
        QTest::newRow("password with the name") << "4412345"
                                                << "IT"
                                                << "giulia"
                                                << "giulia's long passphrase"
                                                << "PASSWORD_CONTAINS_NAME"
                                                << "password";
    }
    void firstRunRefusesBadInputNamingTheField()
    {
        QFETCH(QString, mpnId);
        QFETCH(QString, country);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto r = accounts().createFirstAdmin(
            {0, mpnId, QStringLiteral("Contoso"), country, QDate(2021, 5, 1)}, user, password);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().path, field);
        QVERIFY(accounts().needsFirstRun().value());
    }

    void signIn()
    {
        auto admin = accounts().createFirstAdmin(contoso(), QStringLiteral("giulia"),
                                                 QStringLiteral("a long passphrase"));
        QVERIFY(admin.ok());
        auto ok = accounts().signIn(QStringLiteral("giulia"), QStringLiteral("a long passphrase"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->userName(), QStringLiteral("giulia"));
        QCOMPARE(accounts().signIn(QStringLiteral("giulia"), QStringLiteral("wrong password")).error().code,
                 QStringLiteral("SIGN_IN_FAILED"));
        // An unknown name gives the very same answer.
        QCOMPARE(
            accounts().signIn(QStringLiteral("nobody"), QStringLiteral("a long passphrase")).error().code,
            QStringLiteral("SIGN_IN_FAILED"));
        QVERIFY(UserRepository(*m_db).setDisabled(admin->user.id, true).ok());
        QCOMPARE(
            accounts().signIn(QStringLiteral("giulia"), QStringLiteral("a long passphrase")).error().code,
            QStringLiteral("ACCOUNT_DISABLED"));
    }

    void addingAccountsIsChecked()
    {
        auto admin = accounts().createFirstAdmin(contoso(), QStringLiteral("giulia"),
                                                 QStringLiteral("a long passphrase"));
        QVERIFY(admin.ok());
        const qint64 pid = admin->partnerId();
        const QString pw = QStringLiteral("another passphrase");
        auto viewer = accounts().addUser(admin.value(), {QStringLiteral("marco"), Role::Viewer, pid, pw});
        QVERIFY(viewer.ok());
        QCOMPARE(accounts().users(admin.value()).value().size(), 2);
        QVERIFY(accounts().users(admin.value()).value().first().passwordHash.isEmpty());

        // A viewer adds nobody; an admin adds nobody to another partner, and no support account.
        Session viewerSession{viewer.value()};
        QCOMPARE(
            accounts().addUser(viewerSession, {QStringLiteral("x1y"), Role::Viewer, pid, pw}).error().code,
            QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(accounts()
                     .addUser(admin.value(), {QStringLiteral("x2y"), Role::Viewer, pid + 1, pw})
                     .error()
                     .code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(accounts()
                     .addUser(admin.value(), {QStringLiteral("x3y"), Role::FrontlineSupport, 0, pw})
                     .error()
                     .code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(
            accounts().addUser(admin.value(), {QStringLiteral("marco"), Role::Viewer, pid, pw}).error().code,
            QStringLiteral("USER_EXISTS"));
        // The operator (command line) may add support, which belongs to no partner.
        QVERIFY(
            accounts()
                .addUser(Actor::commandLine(), {QStringLiteral("support1"), Role::FrontlineSupport, 0, pw})
                .ok());
        QCOMPARE(
            accounts()
                .addUser(Actor::commandLine(), {QStringLiteral("support2"), Role::FrontlineSupport, pid, pw})
                .error()
                .code,
            QStringLiteral("PARTNER_NOT_ALLOWED"));
        QCOMPARE(accounts()
                     .addUser(Actor::commandLine(), {QStringLiteral("viewer2"), Role::Viewer, 0, pw})
                     .error()
                     .code,
                 QStringLiteral("PARTNER_REQUIRED"));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
