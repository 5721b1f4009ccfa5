// The GUI shell driven as a person would: first run -> main window; sign out -> sign in (a
// wrong password first); the language menu retranslates visible texts at run time; each role
// sees only its workspaces.

















                                                                QStringLiteral("a long passphrase")});
                                               QStringLiteral("admin"), QStringLiteral("a long passphrase"));
                 (QStringList{QStringLiteral("Partners"), QStringLiteral("Overview"), QStringLiteral("Audit trail")}));
                 QStringLiteral("Expires in 2 days"));
                 QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));
                 QStringLiteral("Signed in as support (Partner Frontline Support)"));
                italianButton += b->text() + QLatin1Char('|');
            // The dialog's own language choice retranslates it at once, buttons included.
            // The mismatch is said at once, and the dialog stays.
            QCoreApplication::processEvents();
            QCoreApplication::processEvents(); // the LanguageChange events are posted
            QTest::keyClick(language, Qt::Key_Down);
            QTest::keyClick(language, Qt::Key_Up);
            accept(d);
            accept(d);
            accept(d);
            accept(d);
            auto* error = d->findChild<QLabel*>(QStringLiteral("error"));
            auto* language = d->findChild<QComboBox*>(QStringLiteral("language"));
            for (QAbstractButton* b : d->findChild<QDialogButtonBox*>()->buttons())
            language->setFocus();
            refused = d->findChild<QLabel*>(QStringLiteral("error"))->isVisible() && d->isVisible();
            sawError = error->isVisible() && error->text().contains(QLatin1String("do not match"));
            type(d, "confirmPassword", QStringLiteral("a different one"));
            type(d, "confirmPassword", QStringLiteral("a long passphrase"));
            type(d, "mpnId", QStringLiteral("4412345"));
            type(d, "partnerName", QStringLiteral("Contoso Learning"));
            type(d, "password", QStringLiteral("a long passphrase"));
            type(d, "password", QStringLiteral("a long passphrase"));
            type(d, "password", QStringLiteral("not the passphrase"));
            type(d, "userName", QStringLiteral("giulia.rossi"));
            type(d, "userName", QStringLiteral("giulia.rossi"));
        // English is a translation too (plural forms): applying it must install it.
        // Italian, at run time: the window, the navigation, the menus and the status bar.
        // Sign out, then a wrong password, then the right one.
        AccountService accounts(*db.value(), PasswordHasher::Strength::Minimal);
        Desk desk(std::move(db).value());
        Language::apply(QStringLiteral("en"));
        MainWindow partnerView(*db.value(), admin.value());
        MainWindow supportView(*db.value(), Session{support.value()});
        MainWindow* w = desk.mainWindow();
        QCOMPARE(Language::saved(), QStringLiteral("it"));
        QCOMPARE(QCoreApplication::translate("lp::PeopleWorkspace", "Expires in %n day(s)", nullptr, 2),
        QCOMPARE(desk.mainWindow()->findChild<QLabel*>(QStringLiteral("statusUser"))->text(),
        QCOMPARE(italianButton, QStringLiteral("&Accedi|&Esci|"));
        QCOMPARE(navigation(&partnerView), (QStringList{QStringLiteral("Overview"), QStringLiteral("People")}));
        QCOMPARE(navigation(&supportView),
        QCOMPARE(navigation(w), (QStringList{QStringLiteral("Overview"), QStringLiteral("People")}));
        QCOMPARE(status->text(), QStringLiteral("Accesso eseguito come giulia.rossi (Amministratore partner MPN)"));
        QCOMPARE(status->text(), QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));
        QCOMPARE(status->text(), QStringLiteral("Signed in as giulia.rossi (MPN partner admin)"));
        QCOMPARE(supportView.findChild<QLabel*>(QStringLiteral("statusUser"))->text(),
        QCOMPARE(w->findChild<QLabel*>(QStringLiteral("mpnId"))->text(), QStringLiteral("4412345"));
        QCOMPARE(w->menuBar()->actions().at(1)->text(), QStringLiteral("&Lingua"));
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
        QStandardPaths::setTestModeEnabled(true);
        QString italianButton;
        QTRY_COMPARE(navigation(w), (QStringList{QStringLiteral("Overview"), QStringLiteral("People")}));
        QTRY_COMPARE(navigation(w), (QStringList{QStringLiteral("Panoramica"), QStringLiteral("Persone")}));
        QTRY_VERIFY(desk.mainWindow() && desk.mainWindow() != w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(admin.ok());
        QVERIFY(db.ok());
        QVERIFY(db.ok());
        QVERIFY(desk.start());
        QVERIFY(italian);
        QVERIFY(refused);
        QVERIFY(sawError);
        QVERIFY(support.ok());
        QVERIFY(w);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("statusDatabase"))->text().contains(QLatin1String("shell.sqlite")));
        auto admin = accounts.createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"), QDate(2021, 1, 1)},
        auto db = Database::open(m_dir.filePath(QStringLiteral("roles.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("shell.sqlite")));
        auto support = accounts.addUser(Actor::commandLine(), {QStringLiteral("support"), Role::FrontlineSupport, 0,
        auto* italian = w->findChild<QAction*>(QStringLiteral("language_it"));
        auto* status = w->findChild<QLabel*>(QStringLiteral("statusUser"));
        bool refused = false;
        bool sawError = false;
        desk.mainWindow()->close();
        italian->trigger();
        items << nav->item(i)->text();
        w->findChild<QAction*>(QStringLiteral("language_en"))->trigger();
        w->findChild<QAction*>(QStringLiteral("signOut"))->trigger();
        whenDialogShows<FirstRunDialog>([&](FirstRunDialog* d) {
        whenDialogShows<SignInDialog>([&](SignInDialog* d) {
        });
        });
    QStringList items;
    QTemporaryDir m_dir;
    QTest::keyClicks(edit, text);
    QVERIFY2(edit, name);
    Q_OBJECT
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    auto* nav = w->findChild<QListWidget*>(QStringLiteral("navigation"));
    edit->clear();
    for (int i = 0; i < nav->count(); ++i)
    return items;
    void eachRoleSeesItsWorkspaces()
    void firstRunSignOutSignInAndLanguage()
    void initTestCase()
    {
    {
    {
    }
    }
    }
#include "guitest.h"
#include "i18n/translations.h"
#include "services/accountservice.h"
#include "shell/desk.h"
#include "shell/firstrundialog.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/signindialog.h"
#include "storage/database.h"
#include "tst_shell.moc"
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
QStringList navigation(MainWindow* w)
QTEST_MAIN(TestShell)
class TestShell : public QObject
namespace {
private slots:
using lp::test::accept;
using lp::test::whenDialogShows;
using namespace lp;
void type(QWidget* parent, const char* name, const QString& text)
{
{
{
}
}
} // namespace
};
