// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Backups in the GUI (docs/architecture.md#backups), driven as a person would, in English and
// Italian: File > Back Up Now... writes a private file and names it with its rows; Restore from
// Backup... shows what a verified backup holds before replacing, then signs everyone out; the
// File menu offers them to the roles that may (docs/accounts.md#backups); Preferences keep the
// automatic backups' folder and number; a damaged database at start-up offers the newest good
// automatic backup; the status bar says when a write waits for another program.
#include "backup/backupactions.h"
#include "backup/backupcontentsdialog.h"
#include "guitest.h"
#include "services/automaticbackups.h"
#include "settings/preferencesdialog.h"
#include "shell/desk.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/startuprecovery.h"
#include "storage/database.h"
#include "storage/databasecopier.h"
#include "testaccounts.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace lp;
using lp::test::whenDialogShows;

namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString labelText(QWidget* parent, const char* name)
{
    auto* label = parent->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

qint64 rowsOf(const Database& db, const QString& table)
{
    auto rows = DatabaseCopier::countRows(db);
    return rows ? rows->value(table, -1) : -1;
}

// Screenshots for people, when LP_SHOT_DIR names a folder.
void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LP_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString fresh(const QString& stem) { return path(QStringLiteral("%1-%2.sqlite").arg(stem).arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskBackupTests"));
        QSettings().clear();
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void fileMenuByRole()
    {
        auto db = Database::open(fresh(QStringLiteral("roles")));
        QVERIFY(db.ok());
        const TestAccounts t = TestAccounts::create(*db.value());
        MainWindow admin(*db.value(), t.admin);
        QVERIFY(admin.findChild<QAction*>(QStringLiteral("backUpNow"))->isVisible());
        QVERIFY(admin.findChild<QAction*>(QStringLiteral("restoreFromBackup"))->isVisible());
        QCOMPARE(admin.findChild<QAction*>(QStringLiteral("backUpNow"))->text(),
                 QStringLiteral("&Back Up Now..."));
        MainWindow viewer(*db.value(), t.viewer);
        QVERIFY(!viewer.findChild<QAction*>(QStringLiteral("backUpNow"))->isVisible());
        QVERIFY(!viewer.findChild<QAction*>(QStringLiteral("restoreFromBackup"))->isVisible());
        MainWindow support(*db.value(), t.support);
        QVERIFY(support.findChild<QAction*>(QStringLiteral("backUpNow"))->isVisible());
        QVERIFY(!support.findChild<QAction*>(QStringLiteral("restoreFromBackup"))->isVisible());
    }

    void backUpAndRestore_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("partnersRow"); // the rows table's words for partners
        QTest::addColumn<QString>("accountsRow"); // ... and for user accounts
        QTest::addColumn<QString>("signInAgain");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Partners")
                            << QStringLiteral("User accounts") << QStringLiteral("Sign in again.");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Partner")
                            << QStringLiteral("Account utente") << QStringLiteral("Accedere di nuovo.");
    }
    void backUpAndRestore()
    {
        QFETCH(QString, language);
        QFETCH(QString, partnersRow);
        QFETCH(QString, accountsRow);
        QFETCH(QString, signInAgain);
        Language::apply(language);
        const QString location = fresh(QStringLiteral("desk"));
        auto db = Database::open(location);
        QVERIFY(db.ok());
        const TestAccounts t = TestAccounts::create(*db.value());
        MainWindow w(*db.value(), t.admin);
        QSignalSpy signOut(&w, &MainWindow::signOutRequested);

        // Back up: the confirmation names the file and what it holds.
        const QString file = path(QStringLiteral("manual-%1/desk-backup.sqlite").arg(language));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QString said, holds;
        whenDialogShows<QMessageBox>([&](QMessageBox* box) {
            said = box->text();
            holds = box->informativeText();
            box->accept();
        });
        QVERIFY(w.backups()->backUpTo(file));
        QVERIFY2(said.contains(file), qPrintable(said));
        QVERIFY2(holds.contains(partnersRow + QStringLiteral(": 1")), qPrintable(holds));
        QVERIFY2(holds.contains(accountsRow + QStringLiteral(": 3")), qPrintable(holds));
        QCOMPARE(modeOf(file), 0600);
        const qint64 entriesAtBackup = rowsOf(*db.value(), QStringLiteral("audit_log"));
        QVERIFY(entriesAtBackup > 0);

        // A change after the backup, which the restore takes back.
        AccountService accounts(*db.value(), PasswordHasher::Strength::Minimal);
        QVERIFY(accounts
                    .addUser(t.admin, {QStringLiteral("marco"), Role::Viewer, t.admin.partnerId(),
                                       QStringLiteral("a long passphrase")})
                    .ok());
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("users")), 4);

        // Restore: what the backup holds comes first; Cancel changes nothing.
        whenDialogShows<BackupContentsDialog>([](BackupContentsDialog* d) { d->reject(); });
        QVERIFY(!w.backups()->restoreFrom(file));
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("users")), 4);

        QString takenFrom, schema, audit, warning;
        QStringList rows;
        bool done = false;
        whenDialogShows<BackupContentsDialog>([&](BackupContentsDialog* d) {
            takenFrom = labelText(d, "takenFrom");
            schema = labelText(d, "schemaVersion");
            audit = labelText(d, "auditHead");
            warning = labelText(d, "warning");
            auto* table = d->findChild<QTableWidget*>(QStringLiteral("rowsPerTable"));
            for (int r = 0; table && r < table->rowCount(); ++r)
                rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
            whenDialogShows<QMessageBox>([&](QMessageBox* box) {
                done = box->objectName() == QLatin1String("restoreDone") &&
                       box->informativeText().contains(signInAgain);
                box->accept();
            });
            d->accept();
        });
        QVERIFY(w.backups()->restoreFrom(file));
        QVERIFY(done);
        QCOMPARE(takenFrom, location);
        QVERIFY2(schema.startsWith(QString::number(Database::latestSchemaVersion())), qPrintable(schema));
        QVERIFY2(audit.startsWith(QString::number(entriesAtBackup) + QLatin1Char(' ')), qPrintable(audit));
        QVERIFY2(warning.contains(location), qPrintable(warning));
        QCOMPARE(rows.size(), DatabaseCopier::tables().size());
        QVERIFY2(rows.contains(partnersRow + QStringLiteral("=1")), qPrintable(rows.join(QLatin1Char(';'))));
        QVERIFY2(rows.contains(accountsRow + QStringLiteral("=3")), qPrintable(rows.join(QLatin1Char(';'))));
        // The database holds the backup's content again (and the restore's audit entry); everyone
        // signs in again.
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("users")), 3);
        QCOMPARE(rowsOf(*db.value(), QStringLiteral("audit_log")), entriesAtBackup + 1);
        QTRY_COMPARE(signOut.count(), 1);
    }

    void screenshotOfTheContents()
    {
        if (qEnvironmentVariable("LP_SHOT_DIR").isEmpty())
            QSKIP("LP_SHOT_DIR not set");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("it")}) {
            Language::apply(language);
            BackupManifest m;
            m.createdAt = QDateTime(QDate(2026, 12, 2), QTime(7, 15, 3), Qt::UTC);
            m.schemaVersion = Database::latestSchemaVersion();
            m.applicationVersion = QStringLiteral("0.1.0");
            m.source = QStringLiteral(
                "/home/giulia/.local/share/LearningPartnerDesk/learnpartner/learnpartner.sqlite");
            for (const QString& table : DatabaseCopier::tables())
                m.rows.insert(table, 0);
            m.rows[QStringLiteral("partners")] = 1;
            m.rows[QStringLiteral("users")] = 3;
            m.rows[QStringLiteral("purchases")] = 3000;
            m.rows[QStringLiteral("trainers")] = 4;
            m.rows[QStringLiteral("audit_log")] = 42;
            m.auditId = 42;
            m.auditEntries = 42;
            m.auditHash = QStringLiteral("914d40f2a7c3e18b5d0c6e21");
            BackupContentsDialog d(QStringLiteral("/home/giulia/backups/learnpartner-20261202-071503.sqlite"),
                                   m, m.source, BackupContentsDialog::Purpose::Restore);
            d.resize(620, 640);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            shoot(&d, QStringLiteral("backup-contents-%1.png").arg(language));
            PreferencesDialog p;
            p.show();
            QVERIFY(QTest::qWaitForWindowExposed(&p));
            shoot(&p, QStringLiteral("backup-preferences-%1.png").arg(language));
        }
    }

    void viewerMayNotRestore()
    {
        const QString location = fresh(QStringLiteral("viewer"));
        auto db = Database::open(location);
        QVERIFY(db.ok());
        const TestAccounts t = TestAccounts::create(*db.value());
        const QString file = path(QStringLiteral("viewer-backup.sqlite"));
        QVERIFY(BackupService(t.admin).backup(location, file).ok());
        BackupActions actions(*db.value(), t.viewer, nullptr);
        QString said;
        whenDialogShows<QMessageBox>([&](QMessageBox* box) {
            said = box->text();
            box->accept();
        });
        QVERIFY(!actions.restoreFrom(file));
        QVERIFY2(said.contains(QLatin1String("restore the database from a backup")), qPrintable(said));
        // Nor back up: the service refuses, and the file is not written.
        const QString refused = path(QStringLiteral("viewer-refused.sqlite"));
        whenDialogShows<QMessageBox>([&](QMessageBox* box) {
            said = box->text();
            box->accept();
        });
        QVERIFY(!actions.backUpTo(refused));
        QVERIFY2(said.contains(QLatin1String("back up the database")), qPrintable(said));
        QVERIFY(!QFileInfo::exists(refused));
    }

    void preferencesKeepTheAutomaticBackups_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("off");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("none (off)");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("nessuno (disattivati)");
    }
    void preferencesKeepTheAutomaticBackups()
    {
        QFETCH(QString, language);
        QFETCH(QString, off);
        Language::apply(language);
        QSettings().clear();
        QCOMPARE(PreferencesDialog::automaticBackupsKept(), BackupPolicy::kDefaultKept);
        QCOMPARE(PreferencesDialog::automaticBackupFolder(),
                 PreferencesDialog::defaultAutomaticBackupFolder());
        {
            PreferencesDialog p;
            auto* folder = p.findChild<QLineEdit*>(QStringLiteral("backupFolder"));
            auto* kept = p.findChild<QSpinBox*>(QStringLiteral("backupsKept"));
            QVERIFY(folder && kept);
            QCOMPARE(kept->value(), 7);
            QCOMPARE(folder->text(), PreferencesDialog::defaultAutomaticBackupFolder());
            kept->setValue(0);
            QCOMPARE(kept->text(), off);
            folder->clear();
            QTest::keyClicks(folder, path(QStringLiteral("elsewhere")));
            kept->setValue(3);
            p.accept();
        }
        QCOMPARE(PreferencesDialog::automaticBackupsKept(), 3);
        QCOMPARE(PreferencesDialog::automaticBackupFolder(), path(QStringLiteral("elsewhere")));
        {
            // Cancel keeps what was there.
            PreferencesDialog p;
            QCOMPARE(p.findChild<QSpinBox*>(QStringLiteral("backupsKept"))->value(), 3);
            p.findChild<QSpinBox*>(QStringLiteral("backupsKept"))->setValue(9);
            p.reject();
        }
        QCOMPARE(PreferencesDialog::automaticBackupsKept(), 3);
        QSettings().clear();
    }

    // The desk backs up as the Preferences say: into their folder, the first start of a day only,
    // every exit, the newest N kept; 0 turns it off.
    void deskBacksUpAsThePreferencesSay()
    {
        QSettings().clear();
        const QString folder = path(QStringLiteral("desk-automatic"));
        PreferencesDialog::setAutomaticBackupFolder(folder);
        PreferencesDialog::setAutomaticBackupsKept(2);
        const QString location = fresh(QStringLiteral("automatic"));
        auto db = Database::open(location);
        QVERIFY(db.ok());
        TestAccounts::create(*db.value());
        Desk desk(std::move(db).value());
        const AutomaticBackups automatic(folder, 2);
        auto start = desk.backUpAutomatically(AutomaticBackups::When::Start);
        QVERIFY(start.ok() && start->taken);
        QCOMPARE(QFileInfo(start->file).absolutePath(), folder);
        QCOMPARE(modeOf(start->file), 0600);
        QVERIFY(!desk.backUpAutomatically(AutomaticBackups::When::Start)->taken); // the same day
        for (int i = 0; i < 2; ++i)
            QVERIFY(desk.backUpAutomatically(AutomaticBackups::When::Exit)->taken);
        QCOMPARE(automatic.list(location).size(), 2);
        QVERIFY(!QFileInfo::exists(start->file)); // the oldest went
        PreferencesDialog::setAutomaticBackupsKept(0);
        QVERIFY(!desk.backUpAutomatically(AutomaticBackups::When::Exit)->taken);
        QCOMPARE(automatic.list(location).size(), 2);
        QSettings().clear();
    }

    void damagedDatabaseOffersTheNewestGoodBackup_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The database is damaged");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Il database è danneggiato");
    }
    void damagedDatabaseOffersTheNewestGoodBackup()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        Language::apply(language);
        const QString location = fresh(QStringLiteral("damaged"));
        const QString folder = path(QStringLiteral("automatic-%1").arg(language));
        {
            auto db = Database::open(location);
            QVERIFY(db.ok());
            TestAccounts::create(*db.value());
            auto taken = AutomaticBackups(folder, 7).run(location, AutomaticBackups::When::Exit);
            QVERIFY(taken.ok() && taken->taken);
            QCOMPARE(modeOf(folder), 0700);
        }
        // Cut the file short: SQLite can no longer read it.
        QFile file(location);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        QCOMPARE(Database::open(location).error().code, QStringLiteral("DB_DAMAGED"));
        const QByteArray damagedBytes = [&] {
            QFile f(location);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        // Declined: the error as it was, the file untouched.
        whenDialogShows<BackupContentsDialog>([](BackupContentsDialog* d) { d->reject(); });
        auto declined = StartupRecovery::open(location, folder);
        QCOMPARE(declined.ok() ? QString() : declined.error().code, QStringLiteral("DB_DAMAGED"));
        QFile again(location);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), damagedBytes);
        again.close();

        // Accepted: restored, the damaged file kept beside it, the database opens with its rows.
        QString shownHeading, intro, info;
        whenDialogShows<BackupContentsDialog>([&](BackupContentsDialog* d) {
            QList<QLabel*> labels = d->findChildren<QLabel*>();
            for (QLabel* l : labels)
                if (l->text() == heading)
                    shownHeading = l->text();
            intro = labelText(d, "intro");
            whenDialogShows<QMessageBox>([&](QMessageBox* box) {
                info = box->informativeText();
                box->accept();
            });
            d->accept();
        });
        auto restored = StartupRecovery::open(location, folder);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().code));
        QCOMPARE(shownHeading, heading);
        QVERIFY2(intro.contains(location), qPrintable(intro));
        QCOMPARE(rowsOf(*restored.value(), QStringLiteral("users")), 3);
        QCOMPARE(rowsOf(*restored.value(), QStringLiteral("partners")), 1);
        const QStringList aside =
            QDir(QFileInfo(location).absolutePath())
                .entryList({QFileInfo(location).fileName() + QStringLiteral(".damaged-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(info.contains(aside.first()), qPrintable(info));
    }

    void damagedWithoutABackupSaysSo()
    {
        const QString location = fresh(QStringLiteral("lost"));
        {
            auto db = Database::open(location);
            QVERIFY(db.ok());
        }
        QFile file(location);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        // No dialog: the error comes back at once (its message names `db restore`).
        auto opened = StartupRecovery::open(location, path(QStringLiteral("no-backups-here")));
        QCOMPARE(opened.ok() ? QString() : opened.error().code, QStringLiteral("DB_DAMAGED"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void statusBarSaysWhatAWriteWaitsFor()
    {
        const QString location = fresh(QStringLiteral("busy"));
        auto db = Database::open(location);
        QVERIFY(db.ok());
        const TestAccounts t = TestAccounts::create(*db.value());
        MainWindow w(*db.value(), t.admin);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Another program holds the write lock for a second and a half.
        // (No QTest macro on that thread: a failure shows as no wait at all.)
        auto holdLock = [location](std::atomic<bool>& locked) {
            const QString name = QStringLiteral("other-program-%1").arg(quintptr(&locked));
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                other.setDatabaseName(location);
                if (other.open()) {
                    QSqlQuery q(other);
                    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                        locked = true;
                        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                        q.exec(QStringLiteral("COMMIT"));
                    }
                }
                locked = true;
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        const QString waiting =
            QStringLiteral("Waiting for another program to finish writing to the database");

        // A write on the window's own connection (the GUI thread waits).
        {
            std::atomic<bool> locked{false};
            std::thread other([&] { holdLock(locked); });
            while (!locked)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            w.statusBar()->clearMessage();
            const Status written = db.value()->transaction([] { return Status{}; });
            other.join();
            QVERIFY(written.ok());
            QVERIFY2(w.statusBar()->currentMessage().startsWith(waiting),
                     qPrintable(w.statusBar()->currentMessage()));
        }
        // A worker's connection (as the invoice import opens one): heard on the GUI thread.
        {
            w.statusBar()->clearMessage();
            std::atomic<bool> locked{false};
            std::thread other([&] { holdLock(locked); });
            while (!locked)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            std::atomic<bool> finished{false};
            bool workerOk = false;
            std::thread worker([&] {
                auto mine = db.value()->openAnother();
                workerOk = mine && mine.value()->transaction([] { return Status{}; }).ok();
                finished = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().startsWith(waiting), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 10000);
            worker.join();
            other.join();
            QVERIFY(workerOk);
        }
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
