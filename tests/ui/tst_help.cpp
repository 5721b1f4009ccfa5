// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Help in the application (docs/guide): F1 on every workspace and wizard page opens that page of the
// user guide in the help window, in the language of the interface (and follows a switch); What's This?
// on every field of the wizard; the About box names the version, commit and database; the shortcuts
// dialog lists the window's actions from the actions themselves.
#include "enroll/enrollmentwizard.h"
#include "guitest.h"
#include "help/aboutdialog.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "help/shortcutsdialog.h"
#include "services/accountservice.h"
#include "services/demoseeder.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace lp;

namespace {

// The title (first "# " line) of a page of the guide, and whether it names `anchor`.
QString guideTitle(const QString& language, const QString& page)
{
    QFile file(QStringLiteral(LP_SOURCE_DIR "/docs/guide/%1/%2.md").arg(language, page));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).mid(2).trimmed();
}

bool guideHasAnchor(const QString& language, const QString& page, const QString& anchor)
{
    QFile file(QStringLiteral(LP_SOURCE_DIR "/docs/guide/%1/%2.md").arg(language, page));
    return file.open(QIODevice::ReadOnly) &&
           QString::fromUtf8(file.readAll()).contains(QStringLiteral("<a id=\"%1\"></a>").arg(anchor));
}

// Checks that the help window shows `topic` in `language`: the page of the compiled collection, whose
// title is the title of the guide's page in that language.
void verifyShows(const QString& topic, const QString& language)
{
    HelpWindow* help = HelpWindow::instance();
    QVERIFY2(help, qPrintable(topic));
    QVERIFY(help->isVisible());
    QCOMPARE(help->language(), language);
    QCOMPARE(help->currentTopic(), topic);
    QCOMPARE(help->browser()->source().host(),
             QStringLiteral("io.github.learnpartnerdesk.guide.") + language);
    const QString page = topic.section(QLatin1Char('#'), 0, 0);
    const QString title = guideTitle(language, page);
    QVERIFY2(!title.isEmpty(), qPrintable(page));
    QCOMPARE(help->browser()->documentTitle(), title);
    QVERIFY(help->browser()->toPlainText().contains(title));
    if (topic.contains(QLatin1Char('#')))
        QVERIFY2(guideHasAnchor(language, page, topic.section(QLatin1Char('#'), 1)), qPrintable(topic));
}

void closeHelp()
{
    if (HelpWindow* help = HelpWindow::instance())
        help->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!HelpWindow::instance());
}

// The fields of a wizard page a person fills or reads: buttons to tick, lists, dates, texts.
QList<QWidget*> fields(QWidget* page)
{
    QList<QWidget*> list;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisible() || qobject_cast<QHeaderView*>(w))
            continue;
        // The line edit inside a date or a combo box is part of that field.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        if (qobject_cast<QCheckBox*>(w) || qobject_cast<QRadioButton*>(w) || qobject_cast<QComboBox*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w) ||
            qobject_cast<QTextEdit*>(w) || (qobject_cast<QAbstractItemView*>(w)))
            list << w;
    }
    return list;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("help.sqlite")))).value();
        const auto seeded = DemoSeeder::seed(*m_db, QDate::currentDate());
        QVERIFY(seeded.ok());
        for (const DemoSeeder::Account& a : seeded.value()) {
            auto s = AccountService(*m_db).signIn(a.name, a.password);
            QVERIFY(s.ok());
            if (a.role == Role::PartnerAdmin)
                m_admin = s.value();
            if (a.role == Role::FrontlineSupport)
                m_support = s.value();
        }
    }

    void cleanup()
    {
        closeHelp();
        Language::apply(QStringLiteral("en"));
    }

    void everyTopicHasItsPageInBothLanguages()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("it")}) {
            for (const QString& topic : HelpTopics::all()) {
                const QString page = topic.section(QLatin1Char('#'), 0, 0);
                QVERIFY2(!guideTitle(language, page).isEmpty(),
                         qPrintable(language + QLatin1Char('/') + page));
                if (topic.contains(QLatin1Char('#')))
                    QVERIFY2(guideHasAnchor(language, page, topic.section(QLatin1Char('#'), 1)),
                             qPrintable(language + QLatin1Char('/') + topic));
            }
        }
    }

    void f1OnEachWorkspaceShowsItsPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("support");
        QTest::newRow("partner admin, English") << QStringLiteral("en") << false;
        QTest::newRow("partner admin, Italian") << QStringLiteral("it") << false;
        QTest::newRow("support, English") << QStringLiteral("en") << true;
        QTest::newRow("support, Italian") << QStringLiteral("it") << true;
    }

    void f1OnEachWorkspaceShowsItsPage()
    {
        QFETCH(QString, language);
        QFETCH(bool, support);
        Language::apply(language);
        MainWindow window(*m_db, support ? m_support : m_admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSet<QString> topics;
        for (int i = 0; i < window.workspaces().size(); ++i) {
            window.showWorkspace(i);
            window.activateWindow();
            QApplication::processEvents();
            Workspace* workspace = window.workspaces().at(i);
            const QString topic = HelpTopics::forWidget(workspace);
            QVERIFY2(topic != HelpTopics::home(), workspace->metaObject()->className());
            topics.insert(topic);
            QTest::keyClick(&window, Qt::Key_F1);
            verifyShows(topic, language);
            QCOMPARE(HelpWindow::instance()->parentWidget(), &window);
        }
        QCOMPARE(topics.size(), window.workspaces().size()); // each workspace its own page
    }

    void helpFollowsTheLanguageOnTheSamePage()
    {
        Language::apply(QStringLiteral("en"));
        MainWindow window(*m_db, m_admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* ledgerAction = window.findChild<QAction*>(QStringLiteral("userGuide"));
        QVERIFY(ledgerAction);
        for (int i = 0; i < window.workspaces().size(); ++i)
            if (HelpTopics::forWidget(window.workspaces().at(i)) == QLatin1String("ledger"))
                window.showWorkspace(i);
        ledgerAction->trigger();
        verifyShows(QStringLiteral("ledger"), QStringLiteral("en"));
        Language::apply(QStringLiteral("it"));
        QApplication::processEvents(); // the language change reaches the windows
        verifyShows(QStringLiteral("ledger"), QStringLiteral("it"));
        QCOMPARE(HelpWindow::instance()->windowTitle(), HelpWindow::tr("Learning Partner Desk Help"));
        // The contents shown are the Italian collection's.
        auto* contents = HelpWindow::instance()->findChild<QWidget*>(QStringLiteral("helpContents_it"));
        QVERIFY(contents);
        QVERIFY(contents->isVisible());
        Language::apply(QStringLiteral("en"));
        QApplication::processEvents();
        verifyShows(QStringLiteral("ledger"), QStringLiteral("en"));
    }

    void f1OnWizardPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Italian") << QStringLiteral("it");
    }

    void f1OnWizardPages()
    {
        QFETCH(QString, language);
        Language::apply(language);
        AppContext context{*m_db, m_admin};
        EnrollmentWizard wizard(context, m_admin.partnerId(), QDate::currentDate());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* silver = wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("path_silver"));
        QVERIFY(silver);
        silver->setChecked(true);
        QSet<QString> topics;
        QList<int> seen;
        while (!seen.contains(wizard.currentId())) {
            seen << wizard.currentId();
            for (QCheckBox* box : wizard.currentPage()->findChildren<QCheckBox*>())
                if (box->isVisible() && box->isEnabled() && !box->isChecked())
                    box->setChecked(true);
            QApplication::processEvents();
            const QString topic = HelpTopics::forWidget(wizard.currentPage());
            QVERIFY2(topic.startsWith(QLatin1String("requirements#")),
                     qPrintable(wizard.currentPage()->objectName()));
            QTest::keyClick(wizard.currentPage(), Qt::Key_F1);
            verifyShows(topic, language);
            // Over the modal wizard, the help window is the wizard's: not blocked by it.
            QCOMPARE(HelpWindow::instance()->parentWidget(), &wizard);
            topics.insert(topic);
            wizard.activateWindow();
            wizard.next();
            QApplication::processEvents();
        }
        QVERIFY2(topics.size() >= 6, qPrintable(QStringList(topics.values()).join(QLatin1Char(' '))));
        closeHelp();
        wizard.QWizard::reject(); // no question about a draft
    }

    void whatsThisOnEveryWizardField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("Action Pack") << QStringLiteral("actionPack");
        QTest::newRow("silver") << QStringLiteral("silver");
    }

    void whatsThisOnEveryWizardField()
    {
        QFETCH(QString, path);
        Language::apply(QStringLiteral("it"));
        AppContext context{*m_db, m_admin};
        EnrollmentWizard wizard(context, m_admin.partnerId(), QDate::currentDate());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("path_") + path)->setChecked(true);
        QList<int> seen;
        int checked = 0;
        while (!seen.contains(wizard.currentId())) {
            seen << wizard.currentId();
            for (QCheckBox* box : wizard.currentPage()->findChildren<QCheckBox*>())
                if (box->isVisible() && box->isEnabled() && !box->isChecked())
                    box->setChecked(true);
            QApplication::processEvents();
            for (QWidget* field : fields(wizard.currentPage())) {
                const QString name = wizard.currentPage()->objectName() + QLatin1Char('/') +
                                     field->objectName() + QLatin1Char(' ') +
                                     QLatin1String(field->metaObject()->className());
                QVERIFY2(!field->whatsThis().isEmpty(), qPrintable(name));
                // In the language of the interface: the Italian translation, not the English source.
                QVERIFY2(!field->whatsThis().contains(QLatin1String(" the ")), qPrintable(name));
                ++checked;
            }
            wizard.next();
            QApplication::processEvents();
        }
        QVERIFY(checked >= 4);
        wizard.QWizard::reject(); // no question about a draft
    }

    void aboutShowsVersionCommitAndDatabase()
    {
        AboutDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto value = [&](const char* name) {
            auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
            return label ? label->text() : QStringLiteral("(missing %1)").arg(QLatin1String(name));
        };
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(value("aboutVersion"))
                    .hasMatch());
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("aboutTitle"))->text().contains(value("aboutVersion")));
        // Built from this checkout, the commit is git's short hash.
        if (QFileInfo::exists(QStringLiteral(LP_SOURCE_DIR "/.git")))
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[0-9a-f]{7,}$")).match(value("aboutCommit")).hasMatch(),
                qPrintable(value("aboutCommit")));
        QCOMPARE(value("aboutDatabase"), m_db->location().display());
        QVERIFY(value("aboutDatabase").endsWith(QLatin1String("help.sqlite")));
        QVERIFY(value("aboutLicense").contains(QLatin1String("Apache")));
        QVERIFY2(value("aboutRuleSet").startsWith(QLatin1String("FY")), qPrintable(value("aboutRuleSet")));
        QVERIFY(value("aboutQt").contains(QString::fromLatin1(qVersion())));
        QVERIFY(dialog.details().contains(m_db->location().display()));

        // Help > About of the main window opens it.
        MainWindow window(*m_db, m_admin);
        window.show();
        bool shown = false;
        test::whenDialogShows<AboutDialog>([&](AboutDialog* d) {
            shown =
                d->findChild<QLabel*>(QStringLiteral("aboutDatabase"))->text() == m_db->location().display();
            d->reject();
        });
        window.findChild<QAction*>(QStringLiteral("about"))->trigger();
        QVERIFY(shown);
    }

    void shortcutsDialogListsTheWindowsActions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Italian") << QStringLiteral("it");
    }

    void shortcutsDialogListsTheWindowsActions()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow window(*m_db, m_admin);
        window.show();
        ShortcutsDialog dialog(&window);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("shortcuts"));
        QVERIFY(table);
        QMap<QString, QString> listed; // keys -> action
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 1)->text().isEmpty());
            QVERIFY(!table->item(row, 1)->text().contains(QLatin1Char('&')));
            listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        }
        // Every visible action of the window with a shortcut is there, with its text of the moment.
        int actions = 0;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcut().isEmpty() || !action->isVisible())
                continue;
            ++actions;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys), qPrintable(keys));
            QCOMPARE(listed.value(keys),
                     action->text().remove(QLatin1Char('&')).remove(QLatin1String("...")));
        }
        QCOMPARE(table->rowCount(), actions);
        QVERIFY(listed.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        QVERIFY(listed.contains(QStringLiteral("Ctrl+Shift+P")));
        QVERIFY(listed.contains(QStringLiteral("Ctrl+1")));
        QVERIFY(listed.value(QStringLiteral("Ctrl+1")).contains(window.workspaces().first()->title()));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
