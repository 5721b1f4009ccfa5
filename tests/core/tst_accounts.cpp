// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Accounts the organization runs itself (docs/accounts.md): the password policy, throttled
// sign-in with the failures counted in the database (two connections share them), the role
// matrix of who administers whom, the last administrator, one-time passwords, and the audit
// entries. Runs on SQLite and, as tst_accounts_pg, on PostgreSQL.
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "security/passwordpolicy.h"
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lp;

Q_DECLARE_METATYPE(lp::Role)

namespace {
const QString kPassword = QStringLiteral("a long passphrase");
}

class TestAccounts : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Session m_admin;

    AccountService accounts(Database* db = nullptr)
    {
        AccountService s(db ? *db : *m_db, PasswordHasher::Strength::Minimal);
        SignInThrottle t;
        t.clock = [this] { return m_now; };
        s.setThrottle(t);
        return s;
    }
    QStringList auditActions()
    {
        QStringList out;
        const auto entries = AuditRepository(*m_db).list();
        for (const AuditEntry& e : entries.value())
            out.append(e.action);
        return out;
    }
    User user(const QString& name) { return UserRepository(*m_db).findByName(name).value().value(); }
    Session add(const QString& name, Role role, qint64 partnerId)
    {
        auto u = accounts().addUser(Actor::commandLine(), {name, role, partnerId, kPassword});
        if (!u)
            qWarning() << Messages::text(u.error());
        return Session{u.value()};
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_location = location;
        m_db = std::move(Database::open(location)).value();
        m_admin = accounts()
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 5, 1)},
                                        QStringLiteral("giulia"), kPassword)
                      .value();
    }
    void cleanup() { m_db.reset(); }

    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("11 characters")
            << QStringLiteral("abcdefghijk") << QStringLiteral("PASSWORD_TOO_SHORT");
        QTest::newRow("12 characters") << QStringLiteral("abcdefghijkm") << QString();
        QTest::newRow("128 characters")
            << QStringLiteral("xy").repeated(63) + QStringLiteral("zw") << QString();
        QTest::newRow("129 characters")
            << QStringLiteral("x").repeated(128) + QStringLiteral("y") << QStringLiteral("PASSWORD_TOO_LONG");
        QTest::newRow("spaces and any script") << QStringLiteral("пароль для входа 日本") << QString();
        // Six emoji are twelve UTF-16 units but six characters.
        QTest::newRow("code points counted")
            << QStringLiteral("😀😁😂🤣😃😄") << QStringLiteral("PASSWORD_TOO_SHORT");
        QTest::newRow("listed, any case")
            << QStringLiteral("WinnieThePooh") << QStringLiteral("PASSWORD_COMMON");
        QTest::newRow("listed + digits")
            << QStringLiteral("password12345678") << QStringLiteral("PASSWORD_COMMON");
        QTest::newRow("listed, repeated")
            << QStringLiteral("monkeymonkeymonkey") << QStringLiteral("PASSWORD_COMMON");
        QTest::newRow("short piece repeated")
            << QStringLiteral("abcabcabcabc") << QStringLiteral("PASSWORD_COMMON");
        QTest::newRow("one character")
            << QStringLiteral("aaaaaaaaaaaaaa") << QStringLiteral("PASSWORD_COMMON");
        QTest::newRow("listed + other") << QStringLiteral("password2024!") << QString();
        QTest::newRow("contains the name")
            << QStringLiteral("my name is GIULIA ok") << QStringLiteral("PASSWORD_CONTAINS_NAME");
        QTest::newRow("no composition rules") << QStringLiteral("correct horse battery staple") << QString();
    }
    void policy()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const Status s = PasswordPolicy::check(password, QStringLiteral("giulia"));
        QCOMPARE(s.ok() ? QString() : s.error().code, code);
        if (!s.ok())
            QCOMPARE(s.error().path, QStringLiteral("password"));
        // The same policy for adding an account.
        auto added = accounts().addUser(
            m_admin, {QStringLiteral("giulia2"), Role::Viewer, m_admin.partnerId(), password});
        if (code.isEmpty() || code == QLatin1String("PASSWORD_CONTAINS_NAME"))
            return; // "giulia2" contains no "giulia2"... the name differs here
        QCOMPARE(added.error().code, code);
    }

    void unknownNameAndWrongPasswordLookAlike()
    {
        const auto wrong = accounts().signIn(QStringLiteral("giulia"), QStringLiteral("not the password"));
        const auto unknown = accounts().signIn(QStringLiteral("nobody"), QStringLiteral("not the password"));
        QCOMPARE(wrong.error().code, QStringLiteral("SIGN_IN_FAILED"));
        QCOMPARE(unknown.error().code, QStringLiteral("SIGN_IN_FAILED"));
        QCOMPARE(Messages::text(wrong.error()), Messages::text(unknown.error()));
        QCOMPARE(wrong.error().args, unknown.error().args);
        // An unknown name still costs an Argon2id verification at the production cost (a decoy
        // hash), so it is not answered much faster than a real name; measured against one such
        // verification, not against the whole sign-in (whose writes vary with the machine's load).
        AccountService real(*m_db);
        const QString hash = PasswordHasher::hash(QStringLiteral("some long passphrase")).value();
        (void)real.signIn(QStringLiteral("warm-up"), QStringLiteral("not the password")); // makes the decoy
        QElapsedTimer t;
        t.start();
        PasswordHasher::verify(hash, QStringLiteral("not the password"));
        const qint64 verifyMs = t.restart();
        (void)real.signIn(QStringLiteral("nobody2"), QStringLiteral("not the password"));
        const qint64 unknownMs = t.elapsed();
        QVERIFY2(unknownMs * 2 >= verifyMs,
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(unknownMs).arg(verifyMs)));
    }

    void throttledThenLocked()
    {
        AccountService s = accounts();
        for (int i = 1; i <= 4; ++i) {
            auto r = s.signIn(QStringLiteral("giulia"), QStringLiteral("wrong password %1").arg(i));
            QCOMPARE(r.error().code, QStringLiteral("SIGN_IN_FAILED"));
            QCOMPARE(r.error().args, QStringList{QStringLiteral("0")});
        }
        // The fifth failure asks for a pause, growing with every failure.
        QCOMPARE(s.signIn(QStringLiteral("giulia"), QStringLiteral("wrong 5")).error().args,
                 QStringList{QStringLiteral("1")});
        auto early = s.signIn(QStringLiteral("giulia"), kPassword);
        QCOMPARE(early.error().code, QStringLiteral("SIGN_IN_TOO_SOON"));
        QCOMPARE(user(QStringLiteral("giulia")).failedAttempts, 5); // not counted, not even checked
        QStringList delays;
        for (int i = 6; i <= 9; ++i) {
            m_now = m_now.addSecs(60);
            delays.append(
                s.signIn(QStringLiteral("giulia"), QStringLiteral("wrong %1").arg(i)).error().args.value(0));
        }
        QCOMPARE(delays, (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("8"),
                                      QStringLiteral("16")}));
        m_now = m_now.addSecs(60);
        auto locked = s.signIn(QStringLiteral("giulia"), QStringLiteral("wrong 10"));
        QCOMPARE(locked.error().code, QStringLiteral("ACCOUNT_LOCKED"));
        // The moment it unlocks, in the reader's short date and time (an ISO moment in the error).
        const QDateTime until = QDateTime::fromString(locked.error().args.value(0), Qt::ISODate);
        QCOMPARE(until, m_now.addSecs(15 * 60));
        QVERIFY(Messages::text(locked.error()).contains(display::shortDateTime(until)));
        // Locked: even the right password is refused, until 15 minutes pass.
        m_now = m_now.addSecs(14 * 60);
        QCOMPARE(s.signIn(QStringLiteral("giulia"), kPassword).error().code,
                 QStringLiteral("ACCOUNT_LOCKED"));
        QCOMPARE(AccountService::stateOf(user(QStringLiteral("giulia")), m_now),
                 AccountService::State::Locked);
        m_now = m_now.addSecs(61);
        auto ok = s.signIn(QStringLiteral("giulia"), kPassword);
        QVERIFY(ok.ok());
        QCOMPARE(ok->user.lastSignInAt, m_now);
        const User after = user(QStringLiteral("giulia"));
        QCOMPARE(after.failedAttempts, 0);
        QVERIFY(!after.lockedUntil.isValid());
        QCOMPARE(after.lastSignInAt, m_now);
        QVERIFY(auditActions().contains(QStringLiteral("user.lock")));
    }

    void successResetsTheCount()
    {
        for (int i = 0; i < 4; ++i)
            (void)accounts().signIn(QStringLiteral("giulia"), QStringLiteral("wrong password"));
        QCOMPARE(user(QStringLiteral("giulia")).failedAttempts, 4);
        QVERIFY(accounts().signIn(QStringLiteral("giulia"), kPassword).ok());
        QCOMPARE(user(QStringLiteral("giulia")).failedAttempts, 0);
    }

    void twoWorkstationsShareTheCount()
    {
        auto second = Database::open(m_location);
        QVERIFY(second.ok());
        AccountService a = accounts();
        AccountService b = accounts(second.value().get());
        for (int i = 0; i < 10; ++i) {
            m_now = m_now.addSecs(60);
            (void)(i % 2 ? a : b).signIn(QStringLiteral("giulia"), QStringLiteral("wrong password"));
        }
        QCOMPARE(user(QStringLiteral("giulia")).failedAttempts, 10);
        QCOMPARE(a.signIn(QStringLiteral("giulia"), kPassword).error().code,
                 QStringLiteral("ACCOUNT_LOCKED"));
        QCOMPARE(b.signIn(QStringLiteral("giulia"), kPassword).error().code,
                 QStringLiteral("ACCOUNT_LOCKED"));
        // An administrator unlocks it from the other workstation.
        add(QStringLiteral("anna"), Role::PartnerAdmin, m_admin.partnerId());
        Session anna = b.signIn(QStringLiteral("anna"), kPassword).value();
        QVERIFY(b.unlock(anna, QStringLiteral("giulia")).ok());
        QVERIFY(a.signIn(QStringLiteral("giulia"), kPassword).ok());
        QVERIFY(auditActions().contains(QStringLiteral("user.unlock")));
    }

    void administers_data()
    {
        QTest::addColumn<Role>("actor");
        QTest::addColumn<Role>("target");
        QTest::addColumn<bool>("allowed");
        const QList<Role> roles{Role::PartnerAdmin, Role::AccountAdmin, Role::Viewer, Role::FrontlineSupport,
                                Role::SupportLead};
        const QList<std::pair<Role, Role>> allowed{
            {Role::PartnerAdmin, Role::PartnerAdmin}, {Role::PartnerAdmin, Role::AccountAdmin},
            {Role::PartnerAdmin, Role::Viewer},       {Role::AccountAdmin, Role::AccountAdmin},
            {Role::AccountAdmin, Role::Viewer},       {Role::SupportLead, Role::FrontlineSupport},
            {Role::SupportLead, Role::SupportLead}};
        for (Role a : roles)
            for (Role t : roles)
                QTest::newRow(qPrintable(toString(a) + QLatin1String(" -> ") + toString(t)))
                    << a << t << allowed.contains({a, t});
    }
    void administers()
    {
        QFETCH(Role, actor);
        QFETCH(Role, target);
        QFETCH(bool, allowed);
        QCOMPARE(Authorizer::mayAdminister(actor, target), allowed);
        const qint64 pid = m_admin.partnerId();
        const Session me = add(QStringLiteral("actor"), actor, isSupportRole(actor) ? 0 : pid);
        const qint64 targetPid = isSupportRole(target) ? 0 : pid;
        add(QStringLiteral("target"), target, targetPid);
        // The service agrees, for every operation.
        AccountService s = accounts();
        const auto code = [](const auto& r) { return r.ok() ? QString() : r.error().code; };
        const QString expected = allowed ? QString() : QStringLiteral("PERMISSION_DENIED");
        QCOMPARE(code(s.addUser(me, {QStringLiteral("added"), target, targetPid, kPassword})), expected);
        QCOMPARE(code(s.unlock(me, QStringLiteral("target"))), expected);
        QCOMPARE(code(s.resetPassword(me, QStringLiteral("target"))), expected);
        QCOMPARE(code(s.setDisabled(me, QStringLiteral("target"), true)), expected);
        QCOMPARE(code(s.setDisabled(me, QStringLiteral("target"), false)), expected);
        QCOMPARE(code(s.setRole(me, QStringLiteral("target"), target)), expected);
        auto listed = s.accounts(me);
        const bool administers = Authorizer::allows(actor, Permission::ManageUsers);
        QCOMPARE(listed.ok(), administers);
        if (listed) {
            bool seen = false;
            for (const auto& a : listed.value())
                seen = seen || a.user.name == QLatin1String("target");
            QCOMPARE(seen, allowed);
        }
        // Partner roles never administer another partner's accounts.
        if (!isSupportRole(actor) && allowed) {
            const Actor op = Actor::commandLine();
            auto other = PartnerService(*m_db).add(op, {0, QStringLiteral("999"), QStringLiteral("Fabrikam"),
                                                        QStringLiteral("DE"), QDate(2021, 1, 1)});
            QVERIFY(other.ok());
            add(QStringLiteral("stranger"), target, other->id);
            QCOMPARE(code(s.resetPassword(me, QStringLiteral("stranger"))),
                     QStringLiteral("PERMISSION_DENIED"));
        }
    }

    void roleChangeWithinTheMatrix()
    {
        add(QStringLiteral("marco"), Role::AccountAdmin, m_admin.partnerId());
        add(QStringLiteral("luca"), Role::Viewer, m_admin.partnerId());
        Session marco = accounts().signIn(QStringLiteral("marco"), kPassword).value();
        // An account admin cannot make anyone a partner admin.
        QCOMPARE(accounts().setRole(marco, QStringLiteral("luca"), Role::PartnerAdmin).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(accounts().setRole(marco, QStringLiteral("luca"), Role::AccountAdmin).ok());
        QCOMPARE(toString(user(QStringLiteral("luca")).role), QStringLiteral("accountAdmin"));
        QCOMPARE(accounts().setRole(m_admin, QStringLiteral("luca"), Role::FrontlineSupport).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(accounts()
                     .setRole(Actor::commandLine(), QStringLiteral("luca"), Role::FrontlineSupport)
                     .error()
                     .code,
                 QStringLiteral("ROLE_CHANGE_CROSSES_PARTNER"));
        QCOMPARE(accounts().setRole(m_admin, QStringLiteral("giulia"), Role::Viewer).error().code,
                 QStringLiteral("ACCOUNT_SELF"));
        QVERIFY(auditActions().contains(QStringLiteral("user.role")));
    }

    void lastAdministratorStays()
    {
        const Actor op = Actor::commandLine();
        QCOMPARE(accounts().setDisabled(op, QStringLiteral("giulia"), true).error().code,
                 QStringLiteral("LAST_ADMINISTRATOR"));
        QCOMPARE(accounts().setRole(op, QStringLiteral("giulia"), Role::AccountAdmin).error().code,
                 QStringLiteral("LAST_ADMINISTRATOR"));
        add(QStringLiteral("anna"), Role::PartnerAdmin, m_admin.partnerId());
        QVERIFY(accounts().setDisabled(op, QStringLiteral("anna"), true).ok());
        // A disabled admin does not count.
        QCOMPARE(accounts().setRole(m_admin, QStringLiteral("anna"), Role::Viewer).ok(), true);
        QCOMPARE(accounts().setDisabled(op, QStringLiteral("giulia"), true).error().code,
                 QStringLiteral("LAST_ADMINISTRATOR"));
        QVERIFY(accounts().setRole(op, QStringLiteral("anna"), Role::PartnerAdmin).ok());
        QVERIFY(accounts().setDisabled(op, QStringLiteral("anna"), false).ok());
        QVERIFY(accounts().setRole(op, QStringLiteral("giulia"), Role::AccountAdmin).ok());
        // Support: the last support lead stays too.
        add(QStringLiteral("lead"), Role::SupportLead, 0);
        QCOMPARE(accounts().setRole(op, QStringLiteral("lead"), Role::FrontlineSupport).error().code,
                 QStringLiteral("LAST_ADMINISTRATOR"));
        // Disabled accounts are kept, never deleted, and cannot sign in.
        QVERIFY(accounts().setDisabled(op, QStringLiteral("giulia"), true).ok());
        QVERIFY(UserRepository(*m_db).findByName(QStringLiteral("giulia")).value().has_value());
        QCOMPARE(accounts().signIn(QStringLiteral("giulia"), kPassword).error().code,
                 QStringLiteral("ACCOUNT_DISABLED"));
        const QStringList actions = auditActions();
        QVERIFY(actions.contains(QStringLiteral("user.disable")));
        QVERIFY(actions.contains(QStringLiteral("user.enable")));
    }

    void oneTimePasswordMustBeChanged()
    {
        add(QStringLiteral("luca"), Role::Viewer, m_admin.partnerId());
        for (int i = 0; i < 10; ++i) {
            m_now = m_now.addSecs(60);
            (void)accounts().signIn(QStringLiteral("luca"), QStringLiteral("wrong password"));
        }
        auto oneTime = accounts().resetPassword(m_admin, QStringLiteral("luca"));
        QVERIFY(oneTime.ok());
        QVERIFY(PasswordPolicy::check(oneTime.value(), QStringLiteral("luca")).ok());
        QVERIFY(!auditActions().isEmpty());
        const auto entries = AuditRepository(*m_db).list();
        for (const AuditEntry& e : entries.value())
            QVERIFY(!(e.after + e.before).contains(oneTime.value().toUtf8()));
        // The reset unlocked it; the session can do nothing but change the password.
        auto session = accounts().signIn(QStringLiteral("luca"), oneTime.value());
        QVERIFY(session.ok());
        QVERIFY(session->user.mustChangePassword);
        QCOMPARE(
            Authorizer::check(session.value(), Permission::ReadPartner, m_admin.partnerId()).error().code,
            QStringLiteral("PASSWORD_CHANGE_REQUIRED"));
        Session luca = session.value();
        QCOMPARE(accounts()
                     .changePassword(luca, QStringLiteral("not it at all"),
                                     QStringLiteral("a brand new passphrase"))
                     .error()
                     .code,
                 QStringLiteral("PASSWORD_WRONG"));
        QCOMPARE(accounts().changePassword(luca, oneTime.value(), oneTime.value()).error().code,
                 QStringLiteral("PASSWORD_UNCHANGED"));
        QCOMPARE(
            accounts().changePassword(luca, oneTime.value(), QStringLiteral("luca is my name!")).error().code,
            QStringLiteral("PASSWORD_CONTAINS_NAME"));
        QVERIFY(
            accounts().changePassword(luca, oneTime.value(), QStringLiteral("a brand new passphrase")).ok());
        QVERIFY(!luca.user.mustChangePassword);
        QVERIFY(Authorizer::check(luca, Permission::ReadPartner, m_admin.partnerId()).ok());
        QVERIFY(!accounts().signIn(QStringLiteral("luca"), oneTime.value()).ok());
        QVERIFY(!accounts()
                     .signIn(QStringLiteral("luca"), QStringLiteral("a brand new passphrase"))
                     ->user.mustChangePassword);
        const QStringList actions = auditActions();
        QVERIFY(actions.contains(QStringLiteral("user.resetPassword")));
        QVERIFY(actions.contains(QStringLiteral("user.changePassword")));
        QCOMPARE(accounts().resetPassword(m_admin, QStringLiteral("giulia")).error().code,
                 QStringLiteral("ACCOUNT_SELF"));
    }

    void listShowsState()
    {
        add(QStringLiteral("luca"), Role::Viewer, m_admin.partnerId());
        add(QStringLiteral("marta"), Role::Viewer, m_admin.partnerId());
        add(QStringLiteral("sara"), Role::Viewer, m_admin.partnerId());
        add(QStringLiteral("support"), Role::FrontlineSupport, 0);
        (void)accounts().resetPassword(m_admin, QStringLiteral("luca"));
        (void)accounts().setDisabled(m_admin, QStringLiteral("marta"), true);
        for (int i = 0; i < 10; ++i) {
            m_now = m_now.addSecs(60);
            (void)accounts().signIn(QStringLiteral("sara"), QStringLiteral("wrong password"));
        }
        auto list = accounts().accounts(m_admin);
        QVERIFY(list.ok());
        QMap<QString, QString> states;
        for (const auto& a : list.value()) {
            QVERIFY(a.user.passwordHash.isEmpty());
            QCOMPARE(a.partnerName, QStringLiteral("Contoso"));
            states.insert(a.user.name, AccountService::stateName(a.state));
        }
        QCOMPARE(states,
                 (QMap<QString, QString>{{QStringLiteral("giulia"), QStringLiteral("active")},
                                         {QStringLiteral("luca"), QStringLiteral("mustChangePassword")},
                                         {QStringLiteral("marta"), QStringLiteral("disabled")},
                                         {QStringLiteral("sara"), QStringLiteral("locked")}}));
        QCOMPARE(accounts().accounts(Actor::commandLine())->size(), 5);
    }

    void auditTrailStaysIntact()
    {
        add(QStringLiteral("luca"), Role::Viewer, m_admin.partnerId());
        for (int i = 0; i < 10; ++i) {
            m_now = m_now.addSecs(60);
            (void)accounts().signIn(QStringLiteral("luca"), QStringLiteral("wrong password"));
        }
        QVERIFY(accounts().unlock(m_admin, QStringLiteral("luca")).ok());
        QVERIFY(AuditRepository(*m_db).verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
