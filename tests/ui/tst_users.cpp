// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The Users workspace, change my password, the forced change after a one-time password, and the
// idle lock, driven as a person would on the offscreen platform. With LP_SHOTS_DIR set, it also
// saves screenshots of the workspace and the dialog in English and Italian.
#include "guitest.h"
#include "services/accountservice.h"
#include "shell/changepassworddialog.h"
#include "shell/desk.h"
#include "shell/idlelock.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/signindialog.h"
#include "storage/database.h"
#include "users/adduserdialog.h"
#include "users/onetimepassworddialog.h"
#include "users/usersworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;
using lp::test::accept;
using lp::test::whenDialogShows;

namespace {

const QString kPassword = QStringLiteral("a long passphrase");

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QStringList navigation(MainWindow* w)
{
    QStringList items;
    auto* nav = w->findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i)
        items << nav->item(i)->text();
    return items;
}

QString cell(QTableWidget* t, const QString& name, int column)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->text() == name)
            return t->item(row, column)->text();
    }
    return {};
}

void select(QTableWidget* t, const QString& name)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0)->text() == name)
            t->selectRow(row);
    }
}

void click(QWidget* parent, const char* name)
{
    auto* b = parent->findChild<QPushButton*>(QLatin1String(name));
    QVERIFY2(b && b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LP_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    int m_n = 0;

    AccountService accounts() { return AccountService(*m_db, PasswordHasher::Strength::Minimal); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
        Language::apply(QStringLiteral("en"));
    }
    void init()
    {
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("users%1.sqlite").arg(++m_n)))).value();
        m_admin =
            accounts()
                .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning S.r.l."),
                                   QStringLiteral("IT"), QDate(2021, 5, 1)},
                                  QStringLiteral("giulia.rossi"), kPassword)
                .value();
        QVERIFY(accounts()
                    .addUser(m_admin,
                             {QStringLiteral("luca.verdi"), Role::Viewer, m_admin.partnerId(), kPassword})
                    .ok());
    }
    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        m_db.reset();
    }

    void onlyAdministratorsSeeUsers()
    {
        MainWindow admin(*m_db, m_admin);
        QVERIFY(navigation(&admin).contains(QStringLiteral("Users")));
        const Session viewer = accounts().signIn(QStringLiteral("luca.verdi"), kPassword).value();
        MainWindow viewerWindow(*m_db, viewer);
        QVERIFY(!navigation(&viewerWindow).contains(QStringLiteral("Users")));
        auto support = accounts().addUser(
            Actor::commandLine(), {QStringLiteral("frontline"), Role::FrontlineSupport, 0, kPassword});
        auto lead = accounts().addUser(Actor::commandLine(),
                                       {QStringLiteral("lead"), Role::SupportLead, 0, kPassword});
        MainWindow supportWindow(*m_db, Session{support.value()});
        QVERIFY(!navigation(&supportWindow).contains(QStringLiteral("Users")));
        MainWindow leadWindow(*m_db, Session{lead.value()});
        QCOMPARE(navigation(&leadWindow).mid(navigation(&leadWindow).size() - 2),
                 (QStringList{QStringLiteral("Users"), QStringLiteral("Rules")}));
        auto* ws = leadWindow.findChild<UsersWorkspace*>();
        leadWindow.showWorkspace(int(leadWindow.workspaces().indexOf(ws)));
        auto* table = ws->findChild<QTableWidget*>(QStringLiteral("users"));
        QCOMPARE(table->rowCount(), 2); // the support accounts only
        QCOMPARE(cell(table, QStringLiteral("frontline"), 2), QStringLiteral("(support)"));
    }

    void administerAccounts()
    {
        MainWindow w(*m_db, m_admin);
        w.show();
        auto* ws = w.findChild<UsersWorkspace*>();
        QVERIFY(ws);
        w.showWorkspace(int(w.workspaces().indexOf(ws)));
        auto* table = ws->findChild<QTableWidget*>(QStringLiteral("users"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 1), QStringLiteral("Viewer (read only)"));
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 2), QStringLiteral("Contoso Learning S.r.l."));
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 3), QStringLiteral("never"));
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Active"));

        // Add: a bad name is named; then the one-time password is shown once.
        QString oneTime;
        QString nameError;
        whenDialogShows<AddUserDialog>([&](AddUserDialog* d) {
            type(d, "userName", QStringLiteral("x"));
            accept(d);
            nameError = d->findChild<QLabel*>(QStringLiteral("error"))->text();
            type(d, "userName", QStringLiteral("marco.bianchi"));
            auto* role = d->findChild<QComboBox*>(QStringLiteral("role"));
            role->setCurrentIndex(role->findData(int(Role::AccountAdmin)));
            whenDialogShows<OneTimePasswordDialog>([&](OneTimePasswordDialog* o) {
                oneTime = o->findChild<QLineEdit*>(QStringLiteral("oneTimePassword"))->text();
                shoot(o, QStringLiteral("accounts-onetime-en.png"));
                accept(o);
            });
            accept(d);
        });
        click(ws, "addUser");
        QVERIFY(nameError.contains(QLatin1String("3 to 64")));
        QCOMPARE(oneTime.size(), 16);
        QCOMPARE(cell(table, QStringLiteral("marco.bianchi"), 1), QStringLiteral("Account admin"));
        QCOMPARE(cell(table, QStringLiteral("marco.bianchi"), 4), QStringLiteral("Must change password"));
        QVERIFY(accounts().signIn(QStringLiteral("marco.bianchi"), oneTime)->user.mustChangePassword);

        // Change role, disable, enable.
        select(table, QStringLiteral("luca.verdi"));
        auto* role = ws->findChild<QComboBox*>(QStringLiteral("role"));
        role->setCurrentIndex(role->findData(int(Role::AccountAdmin)));
        click(ws, "changeRole");
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 1), QStringLiteral("Account admin"));
        click(ws, "disableUser");
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Disabled"));
        QCOMPARE(ws->findChild<QPushButton*>(QStringLiteral("disableUser"))->text(),
                 QStringLiteral("&Enable"));
        click(ws, "disableUser");
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Active"));

        // Locked by failures elsewhere: unlock it here.
        AccountService other = accounts();
        SignInThrottle fast;
        QDateTime now = QDateTime::currentDateTimeUtc();
        fast.clock = [&now] { return now; };
        other.setThrottle(fast);
        for (int i = 0; i < 10; ++i) {
            now = now.addSecs(60);
            (void)other.signIn(QStringLiteral("luca.verdi"), QStringLiteral("wrong password"));
        }
        ws->refresh();
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Locked"));
        select(table, QStringLiteral("luca.verdi"));
        shoot(&w, QStringLiteral("accounts-users-en.png"));
        click(ws, "unlockUser");
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Active"));

        // Reset: a one-time password again.
        QString reset;
        whenDialogShows<OneTimePasswordDialog>([&](OneTimePasswordDialog* o) {
            reset = o->findChild<QLineEdit*>(QStringLiteral("oneTimePassword"))->text();
            accept(o);
        });
        click(ws, "resetPassword");
        QCOMPARE(reset.size(), 16);
        QCOMPARE(cell(table, QStringLiteral("luca.verdi"), 4), QStringLiteral("Must change password"));

        // Oneself: nothing but the list (the core refuses it too).
        select(table, QStringLiteral("giulia.rossi"));
        QVERIFY(!ws->findChild<QPushButton*>(QStringLiteral("disableUser"))->isEnabled());
        QVERIFY(!ws->findChild<QPushButton*>(QStringLiteral("resetPassword"))->isEnabled());

        // Italian, at run time.
        select(table, QStringLiteral("marco.bianchi"));
        w.findChild<QAction*>(QStringLiteral("language_it"))->trigger();
        QTRY_COMPARE(ws->title(), QStringLiteral("Utenti"));
        QTRY_COMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Stato"));
        QCOMPARE(cell(table, QStringLiteral("giulia.rossi"), 4), QStringLiteral("Attivo"));
        shoot(&w, QStringLiteral("accounts-users-it.png"));
    }

    void changeMyPassword()
    {
        MainWindow w(*m_db, m_admin);
        w.show();
        auto* action = w.findChild<QAction*>(QStringLiteral("changeMyPassword"));
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
        QStringList errors;
        whenDialogShows<ChangePasswordDialog>([&](ChangePasswordDialog* d) {
            auto* error = d->findChild<QLabel*>(QStringLiteral("error"));
            type(d, "currentPassword", QStringLiteral("not my password"));
            type(d, "newPassword", QStringLiteral("a brand new passphrase"));
            type(d, "confirmPassword", QStringLiteral("a brand new passphrase"));
            shoot(d, QStringLiteral("accounts-password-en.png"));
            accept(d);
            errors << error->text();
            type(d, "currentPassword", kPassword);
            type(d, "newPassword", QStringLiteral("short"));
            type(d, "confirmPassword", QStringLiteral("short"));
            accept(d);
            errors << error->text();
            type(d, "newPassword", QStringLiteral("a brand new passphrase"));
            type(d, "confirmPassword", QStringLiteral("a brand new passphrase!"));
            accept(d);
            errors << error->text();
            type(d, "confirmPassword", QStringLiteral("a brand new passphrase"));
            accept(d);
        });
        action->trigger();
        QCOMPARE(errors, (QStringList{QStringLiteral("The current password is not correct."),
                                      QStringLiteral("The password must be at least 12 characters long."),
                                      QStringLiteral("The two passwords do not match.")}));
        QVERIFY(
            accounts().signIn(QStringLiteral("giulia.rossi"), QStringLiteral("a brand new passphrase")).ok());

        // The same dialog in Italian, for the screenshot.
        Language::apply(QStringLiteral("it"));
        QCoreApplication::processEvents();
        AccountService service(*m_db);
        ChangePasswordDialog italian(service, m_admin, false, &w);
        QCOMPARE(italian.windowTitle(), QStringLiteral("Cambia la mia password"));
        italian.show();
        type(&italian, "currentPassword", QStringLiteral("x"));
        shoot(&italian, QStringLiteral("accounts-password-it.png"));
    }

    void oneTimePasswordIsChangedBeforeTheWindow()
    {
        const QString oneTime = accounts().resetPassword(m_admin, QStringLiteral("luca.verdi")).value();
        Desk desk(Database::open(m_dir.filePath(QStringLiteral("users%1.sqlite").arg(m_n))).value());
        bool forcedSeen = false;
        whenDialogShows<SignInDialog>([&](SignInDialog* d) {
            type(d, "userName", QStringLiteral("luca.verdi"));
            type(d, "password", oneTime);
            whenDialogShows<ChangePasswordDialog>([&](ChangePasswordDialog* c) {
                forcedSeen = c->findChild<QLabel*>(QStringLiteral("intro"))
                                 ->text()
                                 .contains(QLatin1String("one-time password"));
                shoot(c, QStringLiteral("accounts-forced-en.png"));
                type(c, "currentPassword", oneTime);
                type(c, "newPassword", QStringLiteral("my own long passphrase"));
                type(c, "confirmPassword", QStringLiteral("my own long passphrase"));
                accept(c);
            });
            accept(d);
        });
        QVERIFY(desk.start());
        QVERIFY(forcedSeen);
        QVERIFY(desk.mainWindow());
        QVERIFY(
            accounts().signIn(QStringLiteral("luca.verdi"), QStringLiteral("my own long passphrase")).ok());
        desk.mainWindow()->close();
    }

    void idleLockCoversAndKeepsTheWork()
    {
        MainWindow w(*m_db, m_admin);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Some unsaved input in a workspace.
        auto* ws = w.findChild<UsersWorkspace*>();
        w.showWorkspace(int(w.workspaces().indexOf(ws)));
        QPointer<QWidget> workspace = ws;
        w.idleLock()->setTimeout(150);
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 3000);
        QVERIFY(!ws->isVisible());
        auto* lock = w.findChild<QWidget*>(QStringLiteral("lockScreen"));
        QVERIFY(lock->isVisible());
        type(lock, "lockPassword", QStringLiteral("not my password"));
        QTest::keyClick(lock->findChild<QLineEdit*>(QStringLiteral("lockPassword")), Qt::Key_Return);
        QVERIFY(w.isLocked());
        QCOMPARE(lock->findChild<QLabel*>(QStringLiteral("error"))->text(),
                 QStringLiteral("The user name or the password is not correct."));
        shoot(&w, QStringLiteral("accounts-locked-en.png"));
        type(lock, "lockPassword", kPassword);
        QTest::keyClick(lock->findChild<QLineEdit*>(QStringLiteral("lockPassword")), Qt::Key_Return);
        QVERIFY(!w.isLocked());
        QVERIFY(workspace); // the same widgets, not new ones
        QVERIFY(ws->isVisible());
        // Activity keeps it open.
        w.idleLock()->setTimeout(400);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            QTest::mouseMove(ws, QPoint(10 + i, 10));
        }
        QVERIFY(!w.isLocked());
        w.idleLock()->setTimeout(0);
    }
};

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
