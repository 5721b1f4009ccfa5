// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The GUI shell driven as a person would: first run -> main window; sign out -> sign in (a
// wrong password first); the language menu retranslates visible texts at run time; each role
// sees only its workspaces.
#include "guitest.h"
#include "i18n/translations.h"
#include "services/accountservice.h"
#include "shell/desk.h"
#include "shell/firstrundialog.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/signindialog.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace lp;
using lp::test::accept;
using lp::test::whenDialogShows;

namespace {

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

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
        // English is a translation too (plural forms): applying it must install it.
        Language::apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("lp::PeopleWorkspace", "Expires in %n day(s)", nullptr, 2),
                 QStringLiteral("Expires in 2 days"));
    }

    void firstRunSignOutSignInAndLanguage()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("shell.sqlite")));
        QVERIFY(db.ok());
        Desk desk(std::move(db).value());

        bool sawError = false;
        whenDialogShows<FirstRunDialog>([&](FirstRunDialog* d) {
            type(d, "mpnId", QStringLiteral("4412345"));
            type(d, "partnerName", QStringLiteral("Contoso Learning"));
            type(d, "anniversary", QStringLiteral("2021-05-01"));
            type(d, "userName", QStringLiteral("giulia.rossi"));
            type(d, "password", QStringLiteral("a long passphrase"));
            type(d, "confirmPassword", QStringLiteral("a different one"));
            accept(d);
            // The mismatch is said at once, and the dialog stays.
            auto* error = d->findChild<QLabel*>(QStringLiteral("error"));
            sawError = error->isVisible() && error->text().contains(QLatin1String("do not match"));
            type(d, "confirmPassword", QStringLiteral("a long passphrase"));
            accept(d);
        });
        QVERIFY(desk.start());
        QVERIFY(sawError);
        MainWindow* w = desk.mainWindow();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        auto* status = w->findChild<QLabel*>(QStringLiteral("statusUser"));
        QCOMPARE(status->text(), QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("statusDatabase"))
                    ->text()
                    .contains(QLatin1String("shell.sqlite")));
        QCOMPARE(navigation(w), (QStringList{QStringLiteral("Overview"), QStringLiteral("Enrollment"),
                                             QStringLiteral("KPI dashboard"), QStringLiteral("KPI ledger"),
                                             QStringLiteral("Discrepancy cases"), QStringLiteral("People"),
                                             QStringLiteral("Directory listing"), QStringLiteral("Users"),
                                             QStringLiteral("Rules")}));
        QCOMPARE(w->findChild<QLabel*>(QStringLiteral("mpnId"))->text(), QStringLiteral("4412345"));

        // Italian, at run time: the window, the navigation, the menus and the status bar.
        auto* italian = w->findChild<QAction*>(QStringLiteral("language_it"));
        QVERIFY(italian);
        italian->trigger();
        QTRY_COMPARE(navigation(w),
                     (QStringList{QStringLiteral("Panoramica"), QStringLiteral("Registrazione"),
                                  QStringLiteral("Dashboard KPI"), QStringLiteral("Registro KPI"),
                                  QStringLiteral("Casi di discrepanza"), QStringLiteral("Persone"),
                                  QStringLiteral("Inserimento nella directory"), QStringLiteral("Utenti"),
                                  QStringLiteral("Regole")}));
        QCOMPARE(status->text(),
                 QStringLiteral("Accesso eseguito come giulia.rossi (Amministratore partner MPN)"));
        QCOMPARE(w->menuBar()->actions().at(1)->text(), QStringLiteral("&Lingua"));
        QCOMPARE(Language::saved(), QStringLiteral("it"));
        w->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        QTRY_COMPARE(navigation(w),
                     (QStringList{QStringLiteral("Overview"), QStringLiteral("Enrollment"),
                                  QStringLiteral("KPI dashboard"), QStringLiteral("KPI ledger"),
                                  QStringLiteral("Discrepancy cases"), QStringLiteral("People"),
                                  QStringLiteral("Directory listing"), QStringLiteral("Users"),
                                  QStringLiteral("Rules")}));
        QCOMPARE(status->text(), QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));

        // Sign out, then a wrong password, then the right one.
        bool refused = false;
        QString italianButton;
        whenDialogShows<SignInDialog>([&](SignInDialog* d) {
            // The dialog's own language choice retranslates it at once, buttons included.
            auto* language = d->findChild<QComboBox*>(QStringLiteral("language"));
            language->setFocus();
            QTest::keyClick(language, Qt::Key_Down);
            QCoreApplication::processEvents(); // the LanguageChange events are posted
            for (QAbstractButton* b : d->findChild<QDialogButtonBox*>()->buttons())
                italianButton += b->text() + QLatin1Char('|');
            QTest::keyClick(language, Qt::Key_Up);
            QCoreApplication::processEvents();
            type(d, "userName", QStringLiteral("giulia.rossi"));
            type(d, "password", QStringLiteral("not the passphrase"));
            accept(d);
            refused = d->findChild<QLabel*>(QStringLiteral("error"))->isVisible() && d->isVisible();
            type(d, "password", QStringLiteral("a long passphrase"));
            accept(d);
        });
        w->findChild<QAction*>(QStringLiteral("signOut"))->trigger();
        QTRY_VERIFY(desk.mainWindow() && desk.mainWindow() != w);
        QVERIFY(refused);
        QCOMPARE(italianButton, QStringLiteral("&Accedi|&Esci|"));
        QCOMPARE(desk.mainWindow()->findChild<QLabel*>(QStringLiteral("statusUser"))->text(),
                 QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));
        desk.mainWindow()->close();
    }

    void eachRoleSeesItsWorkspaces()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("roles.sqlite")));
        QVERIFY(db.ok());
        AccountService accounts(*db.value(), PasswordHasher::Strength::Minimal);
        auto admin = accounts.createFirstAdmin(
            {0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"), QDate(2021, 1, 1)},
            QStringLiteral("admin"), QStringLiteral("a long passphrase"));
        QVERIFY(admin.ok());
        auto support =
            accounts.addUser(Actor::commandLine(), {QStringLiteral("support"), Role::FrontlineSupport, 0,
                                                    QStringLiteral("a long passphrase")});
        QVERIFY(support.ok());

        MainWindow partnerView(*db.value(), admin.value());
        QCOMPARE(navigation(&partnerView),
                 (QStringList{QStringLiteral("Overview"), QStringLiteral("Enrollment"),
                              QStringLiteral("KPI dashboard"), QStringLiteral("KPI ledger"),
                              QStringLiteral("Discrepancy cases"), QStringLiteral("People"),
                              QStringLiteral("Directory listing"), QStringLiteral("Users"),
                              QStringLiteral("Rules")}));
        MainWindow supportView(*db.value(), Session{support.value()});
        QCOMPARE(navigation(&supportView),
                 (QStringList{QStringLiteral("Partners"), QStringLiteral("Overview"),
                              QStringLiteral("KPI dashboard"), QStringLiteral("KPI ledger"),
                              QStringLiteral("Case queue"), QStringLiteral("Case history"),
                              QStringLiteral("Listing batches"), QStringLiteral("Audit trail"),
                              QStringLiteral("Rules")}));
        QCOMPARE(supportView.findChild<QLabel*>(QStringLiteral("statusUser"))->text(),
                 QStringLiteral("Signed in as support (Partner Frontline Support)"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
