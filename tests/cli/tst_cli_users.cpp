// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli's account commands (docs/cli.md, "user"), run as the built binary:
// add, list, reset, passwd, disable, enable, unlock, role, sign-in, with passwords on standard
// input only, and their refusals: one JSON error on standard error, exit 2.
#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run cli(const QStringList& args, const QByteArray& input = {})
{
    return runCli({}, args, input);
}

const QByteArray kPassword = "a long passphrase\n";

} // namespace

class TestCliUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run user(const QString& sub, const QStringList& more = {}, const QByteArray& input = {})
    {
        return cli(QStringList{QStringLiteral("user"), sub, QStringLiteral("--db"), m_db} + more, input);
    }
    Run signIn(const QString& name, const QByteArray& password)
    {
        return user(QStringLiteral("sign-in"), {QStringLiteral("--name"), name}, password + '\n');
    }
    QJsonObject listed(const QString& name)
    {
        const Run r = user(QStringLiteral("list"));
        for (const QJsonValue& v : r.json().value(QStringLiteral("users")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    void expectRefusal(const Run& r, const QString& code)
    {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.code(), code);
    }
    // What another workstation would have done: the columns as the service writes them.
    void sql(const QString& statement)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(statement));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("users%1.sqlite").arg(++n));
        // Only `db init` makes a new database file.
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--mpn-id"), QStringLiteral("4412345"), QStringLiteral("--name"),
                      QStringLiteral("Contoso"), QStringLiteral("--country"), QStringLiteral("IT"),
                      QStringLiteral("--anniversary"), QStringLiteral("2021-05-01")})
                     .exitCode,
                 0);
        for (const auto& [name, role] : {std::pair{"giulia", "partnerAdmin"}, std::pair{"luca", "viewer"}}) {
            const Run r = user(QStringLiteral("add"),
                               {QStringLiteral("--name"), QLatin1String(name), QStringLiteral("--role"),
                                QLatin1String(role), QStringLiteral("--partner"), QStringLiteral("4412345")},
                               kPassword);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(user(QStringLiteral("add"),
                      {QStringLiteral("--name"), QStringLiteral("lead"), QStringLiteral("--role"),
                       QStringLiteral("supportLead")},
                      kPassword)
                     .exitCode,
                 0);
    }

    void addFollowsThePolicy()
    {
        const QStringList args{QStringLiteral("--name"),    QStringLiteral("marta"),
                               QStringLiteral("--role"),    QStringLiteral("viewer"),
                               QStringLiteral("--partner"), QStringLiteral("4412345")};
        expectRefusal(user(QStringLiteral("add"), args, "short\n"), QStringLiteral("PASSWORD_TOO_SHORT"));
        expectRefusal(user(QStringLiteral("add"), args, "WinnieThePooh\n"),
                      QStringLiteral("PASSWORD_COMMON"));
        expectRefusal(user(QStringLiteral("add"), args, "marta's own password\n"),
                      QStringLiteral("PASSWORD_CONTAINS_NAME"));
        QCOMPARE(user(QStringLiteral("add"), args, "correct horse battery\n").exitCode, 0);
        const Run badRole = user(QStringLiteral("add"), {QStringLiteral("--name"), QStringLiteral("x1y"),
                                                         QStringLiteral("--role"), QStringLiteral("boss")});
        expectRefusal(badRole, QStringLiteral("ROLE_INVALID"));
        QCOMPARE(badRole.error().value(QStringLiteral("path")).toString(), QStringLiteral("--role"));
    }

    void listShowsEveryAccount()
    {
        const Run r = user(QStringLiteral("list"));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 3);
        const QJsonObject giulia = listed(QStringLiteral("giulia"));
        QCOMPARE(giulia.value(QStringLiteral("role")).toString(), QStringLiteral("partnerAdmin"));
        QCOMPARE(giulia.value(QStringLiteral("partner")).toString(), QStringLiteral("4412345"));
        QCOMPARE(giulia.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QVERIFY(giulia.value(QStringLiteral("lastSignIn")).isNull());
        QVERIFY(listed(QStringLiteral("lead")).value(QStringLiteral("partner")).isNull());
        QVERIFY(!r.out.contains("argon2"));
    }

    void signInAnswers()
    {
        const Run ok = signIn(QStringLiteral("luca"), "a long passphrase");
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("luca")},
                                         {QStringLiteral("role"), QStringLiteral("viewer")},
                                         {QStringLiteral("mustChangePassword"), false}}));
        QVERIFY(!listed(QStringLiteral("luca")).value(QStringLiteral("lastSignIn")).isNull());
        // Unknown name and wrong password: the same code, the same message.
        const Run wrong = signIn(QStringLiteral("luca"), "not the passphrase");
        const Run unknown = signIn(QStringLiteral("nobody"), "not the passphrase");
        expectRefusal(wrong, QStringLiteral("SIGN_IN_FAILED"));
        expectRefusal(unknown, QStringLiteral("SIGN_IN_FAILED"));
        QCOMPARE(wrong.err, unknown.err);
        // Five failures in a row: the next attempt must wait.
        for (int i = 0; i < 4; ++i)
            (void)signIn(QStringLiteral("luca"), "not the passphrase");
        QCOMPARE(listed(QStringLiteral("luca")).value(QStringLiteral("failedAttempts")).toInt(), 5);
        // Nine failures, the latest just now (as another workstation would leave it): wait 16 s.
        sql(QStringLiteral("UPDATE users SET failed_attempts = 9, last_failed_at = '%1' WHERE name = 'luca'")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
        const Run early = signIn(QStringLiteral("luca"), "a long passphrase");
        expectRefusal(early, QStringLiteral("SIGN_IN_TOO_SOON"));
        QVERIFY(early.error().value(QStringLiteral("message")).toString().contains(QLatin1String("seconds")));
        // Locked (as ten failures leave it): the time it unlocks is in the message.
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(600);
        sql(QStringLiteral("UPDATE users SET failed_attempts = 10, locked_until = '%1' WHERE name = 'luca'")
                .arg(until.toString(Qt::ISODateWithMs)));
        const Run locked = signIn(QStringLiteral("luca"), "a long passphrase");
        expectRefusal(locked, QStringLiteral("ACCOUNT_LOCKED"));
        QVERIFY2(locked.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLocale(QLocale::English, QLocale::UnitedStates)
                                   .toString(until.toLocalTime(), QStringLiteral("M/d/yyyy h:mm AP"))),
                 locked.err.constData());
        QCOMPARE(listed(QStringLiteral("luca")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("locked"));
        const Run unlocked =
            user(QStringLiteral("unlock"), {QStringLiteral("--name"), QStringLiteral("luca")});
        QCOMPARE(unlocked.exitCode, 0);
        QCOMPARE(unlocked.json().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(signIn(QStringLiteral("luca"), "a long passphrase").exitCode, 0);
        // Disabled: said only after the right password.
        QCOMPARE(user(QStringLiteral("disable"), {QStringLiteral("--name"), QStringLiteral("luca")}).exitCode,
                 0);
        expectRefusal(signIn(QStringLiteral("luca"), "a long passphrase"),
                      QStringLiteral("ACCOUNT_DISABLED"));
        expectRefusal(signIn(QStringLiteral("luca"), "not the passphrase"), QStringLiteral("SIGN_IN_FAILED"));
        const Run enabled =
            user(QStringLiteral("enable"), {QStringLiteral("--name"), QStringLiteral("luca")});
        QCOMPARE(enabled.json().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    }

    void resetThenPasswd()
    {
        const Run reset = user(QStringLiteral("reset"), {QStringLiteral("--name"), QStringLiteral("luca")});
        QCOMPARE(reset.exitCode, 0);
        const QByteArray oneTime = reset.json().value(QStringLiteral("oneTimePassword")).toString().toUtf8();
        QCOMPARE(oneTime.size(), 16);
        QCOMPARE(reset.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
        const Run first = signIn(QStringLiteral("luca"), oneTime);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
        const QStringList name{QStringLiteral("--name"), QStringLiteral("luca")};
        expectRefusal(user(QStringLiteral("passwd"), name, "wrong one\nmy own long passphrase\n"),
                      QStringLiteral("PASSWORD_WRONG"));
        expectRefusal(user(QStringLiteral("passwd"), name, oneTime + "\npassword12345678\n"),
                      QStringLiteral("PASSWORD_COMMON"));
        const Run changed = user(QStringLiteral("passwd"), name, oneTime + "\nmy own long passphrase\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(changed.json().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        expectRefusal(signIn(QStringLiteral("luca"), oneTime), QStringLiteral("SIGN_IN_FAILED"));
        QCOMPARE(signIn(QStringLiteral("luca"), "my own long passphrase")
                     .json()
                     .value(QStringLiteral("mustChangePassword")),
                 QJsonValue(false));
        // Nothing of it in the audit trail.
        QFile db(m_db);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(oneTime));
    }

    void roleAndTheLastAdministrator()
    {
        const Run viewerUp =
            user(QStringLiteral("role"), {QStringLiteral("--name"), QStringLiteral("luca"),
                                          QStringLiteral("--role"), QStringLiteral("partnerAdmin")});
        QCOMPARE(viewerUp.exitCode, 0);
        QCOMPARE(viewerUp.json().value(QStringLiteral("role")).toString(), QStringLiteral("partnerAdmin"));
        QCOMPARE(user(QStringLiteral("disable"), {QStringLiteral("--name"), QStringLiteral("luca")}).exitCode,
                 0);
        const Run last = user(QStringLiteral("role"), {QStringLiteral("--name"), QStringLiteral("giulia"),
                                                       QStringLiteral("--role"), QStringLiteral("viewer")});
        expectRefusal(last, QStringLiteral("LAST_ADMINISTRATOR"));
        QCOMPARE(last.error().value(QStringLiteral("path")).toString(), QStringLiteral("--name"));
        expectRefusal(user(QStringLiteral("disable"), {QStringLiteral("--name"), QStringLiteral("giulia")}),
                      QStringLiteral("LAST_ADMINISTRATOR"));
        expectRefusal(
            user(QStringLiteral("role"), {QStringLiteral("--name"), QStringLiteral("giulia"),
                                          QStringLiteral("--role"), QStringLiteral("frontlineSupport")}),
            QStringLiteral("ROLE_CHANGE_CROSSES_PARTNER"));
        expectRefusal(user(QStringLiteral("unlock"), {QStringLiteral("--name"), QStringLiteral("nobody")}),
                      QStringLiteral("NOT_FOUND"));
        // Errors of the command line itself: plain text on standard error, exit 2 (docs/cli.md#usage).
        const Run noRole = user(QStringLiteral("role"), {QStringLiteral("--name"), QStringLiteral("luca")});
        QCOMPARE(noRole.exitCode, 2);
        QVERIFY2(noRole.err.startsWith("learnpartner-cli: The option --role is required."),
                 noRole.err.constData());
        const Run unknown = user(QStringLiteral("frobnicate"));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith("learnpartner-cli: Unknown command \"user frobnicate\""),
                 unknown.err.constData());
        // The audit trail names the operator.
        const Run verify =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(verify.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
