// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The Rules workspace (docs/rules-admin.md) and the illustrative rule set banner, driven on the
// offscreen platform in English and Italian: everyone reads the program years with their
// provenance, a set as tables and the differences; the account admin imports (a refused file
// shows the validator's errors in place and stores nothing), sees each partner's decision under
// the set in force and under the candidate, and activates it; the banner says while the set in
// force is illustrative. With LP_SHOTS_DIR set, it saves screenshots (rules-*.png).
#include "i18n/translations.h"
#include "io/rulesetlibrary.h"
#include "kpi/dashboardworkspace.h"
#include "rules/rulesetbanner.h"
#include "rules/rulesworkspace.h"
#include "services/accountservice.h"
#include "services/peopleservice.h"
#include "services/rulesetservice.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace lp;

namespace {

const QString kPassword = QStringLiteral("a long passphrase");

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LP_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

// The shipped set of today's program year with the Action Pack asking `mct` trainers.
QByteArray todaysSetWith(int mct)
{
    const RuleSet today = RuleSetLibrary::inForce(QDate::currentDate()).value();
    for (const auto& [file, bytes] : RuleSetLibrary::files()) {
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        if (o.value(QStringLiteral("id")).toString() != today.id)
            continue;
        QJsonObject ap = o.value(QStringLiteral("actionPack")).toObject();
        ap.insert(QStringLiteral("minActiveMct"), mct);
        o.insert(QStringLiteral("actionPack"), ap);
        o.insert(QStringLiteral("source"), QStringLiteral("Program guide as published"));
        return QJsonDocument(o).toJson();
    }
    return {};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_partnerAdmin;
    Session m_accountAdmin;
    Session m_viewer;
    int m_n = 0;

    RulesWorkspace* open(MainWindow& w)
    {
        auto* ws = w.findChild<RulesWorkspace*>();
        w.showWorkspace(int(w.workspaces().indexOf(ws)));
        return ws;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
        Language::apply(QStringLiteral("en"));
    }
    void init()
    {
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("rules%1.sqlite").arg(++m_n)))).value();
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        m_partnerAdmin =
            accounts
                .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning S.r.l."),
                                   QStringLiteral("IT"), QDate(2021, 5, 1)},
                                  QStringLiteral("giulia.rossi"), kPassword)
                .value();
        const qint64 pid = m_partnerAdmin.partnerId();
        m_accountAdmin = Session{
            accounts.addUser(m_partnerAdmin, {QStringLiteral("anna"), Role::AccountAdmin, pid, kPassword})
                .value()};
        m_viewer = Session{
            accounts.addUser(m_partnerAdmin, {QStringLiteral("luca"), Role::Viewer, pid, kPassword}).value()};
        // One trainer: the Action Pack's one MCT today, not the two of the candidate.
        QVERIFY(PeopleService(*m_db)
                    .addTrainer(m_partnerAdmin, pid,
                                {0, QStringLiteral("Marta"), QStringLiteral("MCT-1"),
                                 QDate::currentDate().addYears(-1), QDate::currentDate().addYears(1)})
                    .ok());
    }
    void cleanup()
    {
        Language::apply(QStringLiteral("en"));
        m_db.reset();
    }

    void everyoneReadsTheProgramYears()
    {
        MainWindow w(*m_db, m_viewer);
        w.resize(1200, 900);
        w.show();
        RulesWorkspace* ws = open(w);
        QVERIFY(ws);
        auto* tabs = ws->findChild<QTabWidget*>(QStringLiteral("ruleTabs"));
        auto* list = ws->findChild<QTableWidget*>(QStringLiteral("ruleSets"));
        QCOMPARE(list->rowCount(), int(RuleSetLibrary::files().size()));
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("FY2021"));
        QCOMPARE(list->item(0, 3)->text(), QStringLiteral("shipped with the product, illustrative"));
        QCOMPARE(list->item(0, 4)->text(), QStringLiteral("active"));
        QCOMPARE(list->item(0, 5)->text(),
                 RuleSetService(*m_db).find(QStringLiteral("FY2021"))->sha256.left(12));
        // The set as tables, each number with its source.
        ws->select(0);
        const QString html = ws->findChild<QTextBrowser*>(QStringLiteral("ruleSetTables"))->toPlainText();
        QVERIFY(html.contains(QStringLiteral("Rule set FY2021")));
        QVERIFY(html.contains(QStringLiteral("Action Pack: renewal window (days after expiry)")));
        QVERIFY(html.contains(QStringLiteral("Application Development")));
        QVERIFY(html.contains(QStringLiteral("the product (not in the rule set)")));
        tabs->setCurrentIndex(0);
        shoot(&w, QStringLiteral("rules-set-tables-en.png"));
        // The differences of FY2022 from FY2021 (the active set of the year before).
        ws->select(1);
        auto* diff = ws->findChild<QTableWidget*>(QStringLiteral("diff"));
        QVERIFY(diff->rowCount() > 0);
        QCOMPARE(diff->item(0, 0)->text().isEmpty(), false);
        bool idChanged = false;
        for (int r = 0; r < diff->rowCount(); ++r)
            idChanged |= diff->item(r, 0)->text() == QLatin1String("id") &&
                         diff->item(r, 1)->text() == QLatin1String("FY2021") &&
                         diff->item(r, 2)->text() == QLatin1String("FY2022");
        QVERIFY(idChanged);
        tabs->setCurrentIndex(1);
        shoot(&w, QStringLiteral("rules-diff-en.png"));
        // A viewer may neither import nor activate.
        QVERIFY(!ws->findChild<QPushButton*>(QStringLiteral("importRuleSet"))->isEnabled());
        QVERIFY(ws->findChild<QPushButton*>(QStringLiteral("activateRuleSet"))->isHidden());
        QVERIFY(!ws->importFile(writeFile(m_dir, QStringLiteral("v.json"), todaysSetWith(2))));
        QCOMPARE(RuleSetService(*m_db).list()->size(), RuleSetLibrary::files().size());
    }

    void importPreviewActivate()
    {
        MainWindow w(*m_db, m_accountAdmin);
        w.resize(1200, 900);
        w.show();
        RulesWorkspace* ws = open(w);
        auto* tabs = ws->findChild<QTabWidget*>(QStringLiteral("ruleTabs"));

        // A refused file: its errors in place, with their JSON paths; nothing stored.
        QJsonObject bad = QJsonDocument::fromJson(todaysSetWith(1)).object();
        bad.insert(QStringLiteral("windowMonths"), 1.5);
        bad.remove(QStringLiteral("competencies"));
        const int auditBefore = int(AuditRepository(*m_db).list()->size());
        tabs->setCurrentIndex(2);
        QVERIFY(!ws->importFile(writeFile(m_dir, QStringLiteral("bad.json"), QJsonDocument(bad).toJson())));
        auto* errors = ws->findChild<QTableWidget*>(QStringLiteral("importErrors"));
        QCOMPARE(errors->rowCount(), 2);
        QStringList paths{errors->item(0, 0)->text(), errors->item(1, 0)->text()};
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("competencies"), QStringLiteral("windowMonths")}));
        QVERIFY(ws->findChild<QLabel*>(QStringLiteral("importResult"))
                    ->text()
                    .contains(QStringLiteral("nothing was written")));
        shoot(&w, QStringLiteral("rules-import-errors-en.png"));
        QCOMPARE(RuleSetService(*m_db).list()->size(), RuleSetLibrary::files().size());
        QCOMPARE(int(AuditRepository(*m_db).list()->size()), auditBefore);

        // A good one: stored inactive, then what activating it would change.
        QVERIFY(ws->importFile(writeFile(m_dir, QStringLiteral("good.json"), todaysSetWith(2))));
        QCOMPARE(ws->records().size(), RuleSetLibrary::files().size() + 1);
        QCOMPARE(tabs->currentIndex(), 3);
        auto* preview = ws->findChild<QTableWidget*>(QStringLiteral("preview"));
        QVERIFY(preview->rowCount() >= 1);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Contoso Learning S.r.l. (MPN ID 4412345)"));
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("Learning Action Pack"));
        QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Learning Action Pack"));
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("not eligible"));
        shoot(&w, QStringLiteral("rules-workspace-en.png"));

        // Italian, at run time.
        Translations::install(QStringLiteral("it"));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Prima dell'attivazione"));
        QCOMPARE(ws->title(), QStringLiteral("Regole"));
        QCOMPARE(ws->findChild<QTableWidget*>(QStringLiteral("ruleSets"))->horizontalHeaderItem(0)->text(),
                 QStringLiteral("Anno del programma"));
        shoot(&w, QStringLiteral("rules-workspace-it.png"));
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();

        // Activate: audited, and the set of its year it replaces is not active any more.
        QTest::mouseClick(ws->findChild<QPushButton*>(QStringLiteral("activateRuleSet")), Qt::LeftButton);
        QVERIFY(ws->findChild<QLabel*>(QStringLiteral("activateResult"))
                    ->text()
                    .contains(QStringLiteral("is now the active set")));
        QCOMPARE(AuditRepository(*m_db).list()->first().action, QStringLiteral("ruleset.activate"));
        QCOMPARE(AuditRepository(*m_db).list()->first().userName, QStringLiteral("anna"));
        const auto inForce = RuleSetService::inForce(*m_db, QDate::currentDate());
        QCOMPARE(inForce->provenance, QStringLiteral("imported"));
    }

    void bannerWhileTheSetIsIllustrative()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("it")}) {
            Translations::install(language);
            // The MPN partner admin reads the banner without the button; the account admin has it.
            for (const Session* s : {&m_partnerAdmin, &m_accountAdmin}) {
                AppContext context{*m_db, *s};
                DashboardWorkspace dashboard(context);
                dashboard.resize(1000, 700);
                dashboard.show();
                dashboard.refresh();
                auto* banner = dashboard.findChild<RuleSetBanner*>();
                QVERIFY(banner && banner->isVisible());
                const QString text = banner->findChild<QLabel*>(QStringLiteral("ruleSetBannerText"))->text();
                const RuleSet today = RuleSetService::inForce(*m_db, QDate::currentDate()).value();
                QVERIFY2(text.contains(today.id + QStringLiteral(" · ") + today.sha256.left(12)),
                         qPrintable(text));
                QVERIFY(text.contains(language == QLatin1String("en") ? QStringLiteral("illustrative")
                                                                      : QStringLiteral("illustrativ")));
                auto* button = banner->findChild<QPushButton*>(QStringLiteral("openRules"));
                QCOMPARE(button->isVisible(), s == &m_accountAdmin);
                if (s == &m_accountAdmin)
                    shoot(&dashboard, QStringLiteral("rules-banner-%1.png").arg(language));
            }
        }
        Translations::install(QStringLiteral("en"));
        // The button opens the Rules workspace.
        MainWindow w(*m_db, m_accountAdmin);
        w.show();
        emit RulesNavigator::instance()->rulesRequested();
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->currentItem()->text(), QStringLiteral("Rules"));
        // Once a published set is active, no banner.
        auto stored = RuleSetService(*m_db).importSet(m_accountAdmin, todaysSetWith(1), {});
        QVERIFY(stored.ok());
        QVERIFY(RuleSetService(*m_db).activate(m_accountAdmin, stored->sha256).ok());
        AppContext context{*m_db, m_accountAdmin};
        DashboardWorkspace dashboard(context);
        dashboard.show();
        dashboard.refresh();
        QVERIFY(!dashboard.findChild<RuleSetBanner*>()->isVisible());
    }
};

QTEST_MAIN(TestRules)
#include "tst_rules.moc"
