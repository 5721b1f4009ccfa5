// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The desktop application's automatic backups (docs/architecture.md#backups): the policy on
// names and dates (one due at the first start of a day, the newest N kept), the backups taken
// into their folder (0700, files 0600) and pruned, the newest good one found past a damaged
// newer one; and who may back up and restore (docs/accounts.md#backups).
#include "services/automaticbackups.h"
#include "services/partnerservice.h"
#include "storage/database.h"
#include "storage/databasecopier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace lp;

namespace {

QDateTime utc(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QStringList names(const QList<BackupPolicy::Backup>& backups)
{
    QStringList list;
    for (const auto& b : backups)
        list << b.fileName;
    return list;
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

Session sessionOf(Role role)
{
    return Session{User{1, QStringLiteral("someone"), role, isSupportRole(role) ? 0 : 1}};
}

} // namespace

class TestBackupPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A database with one partner (and its audit entry).
    QString makeDatabase(const QString& name)
    {
        const QString location = path(name);
        auto db = Database::open(location);
        if (!db)
            return {};
        Partner p;
        p.mpnId = QStringLiteral("4412345");
        p.name = QStringLiteral("Contoso Learning");
        p.country = QStringLiteral("IT");
        p.anniversary = QDate(2021, 1, 1);
        if (!PartnerService(*db.value()).add(Actor::commandLine(), p))
            return {};
        return location;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the audit anchors go to a test folder
        QVERIFY(m_dir.isValid());
    }

    void namesOfBackups()
    {
        const QString base = QStringLiteral("learnpartner");
        QCOMPARE(BackupPolicy::takenAt(QStringLiteral("learnpartner-20261202-071503.sqlite"), base)
                     .value_or(QDateTime()),
                 utc(QStringLiteral("2026-12-02T07:15:03")));
        QCOMPARE(BackupPolicy::takenAt(QStringLiteral("learnpartner-20261202-071503-2.sqlite"), base)
                     .value_or(QDateTime()),
                 utc(QStringLiteral("2026-12-02T07:15:03")));
        // Not ours: another database, a safety backup, a backup half written, a name without a time.
        for (const char* other :
             {"demo-20261202-071503.sqlite", "learnpartner-before-restore-20261202-071503.sqlite",
              "learnpartner-20261202-071503.sqlite.part", "learnpartner.sqlite",
              "learnpartner-20261332-071503.sqlite", "learnpartner-copy.sqlite"})
            QVERIFY2(!BackupPolicy::takenAt(QLatin1String(other), base), other);
        QVERIFY(!BackupPolicy::takenAt(QStringLiteral("-20261202-071503.sqlite"), QString()));

        const QList<BackupPolicy::Backup> sorted = BackupPolicy::select(
            {QStringLiteral("learnpartner-20261130-090000.sqlite"), QStringLiteral("notes.txt"),
             QStringLiteral("learnpartner-20261202-071503.sqlite"),
             QStringLiteral("learnpartner-20261202-071503-2.sqlite"),
             QStringLiteral("learnpartner-20261201-180000.sqlite")},
            base);
        QCOMPARE(names(sorted), (QStringList{QStringLiteral("learnpartner-20261202-071503-2.sqlite"),
                                             QStringLiteral("learnpartner-20261202-071503.sqlite"),
                                             QStringLiteral("learnpartner-20261201-180000.sqlite"),
                                             QStringLiteral("learnpartner-20261130-090000.sqlite")}));
    }

    void dueOnTheFirstStartOfADay()
    {
        const QDateTime noonToday(QDate(2026, 12, 2), QTime(12, 0)); // local time
        const QList<BackupPolicy::Backup> yesterday{{QStringLiteral("a"), noonToday.addDays(-1).toUTC()}};
        QVERIFY(BackupPolicy::dueAtStart({}, QDate(2026, 12, 2)));
        QVERIFY(BackupPolicy::dueAtStart(yesterday, QDate(2026, 12, 2)));
        const QList<BackupPolicy::Backup> today{{QStringLiteral("b"), noonToday.toUTC()},
                                                {QStringLiteral("a"), noonToday.addDays(-1).toUTC()}};
        QVERIFY(!BackupPolicy::dueAtStart(today, QDate(2026, 12, 2)));
        QVERIFY(BackupPolicy::dueAtStart(today, QDate(2026, 12, 3)));
    }

    void keepsTheNewest()
    {
        QList<BackupPolicy::Backup> backups;
        for (int i = 0; i < 5; ++i)
            backups.append(
                {QStringLiteral("b%1").arg(i), utc(QStringLiteral("2026-12-02T07:00:00")).addDays(-i)});
        QCOMPARE(names(BackupPolicy::toPrune(backups, 3)),
                 (QStringList{QStringLiteral("b3"), QStringLiteral("b4")}));
        QCOMPARE(names(BackupPolicy::toPrune(backups, 5)), QStringList());
        QCOMPARE(names(BackupPolicy::toPrune(backups, 7)), QStringList());
        QCOMPARE(names(BackupPolicy::toPrune(backups, 1)),
                 (QStringList{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                              QStringLiteral("b4")}));
        // 0: automatic backups are off, and what is there stays.
        QCOMPARE(names(BackupPolicy::toPrune(backups, 0)), QStringList());
    }

    void takesPrivateBackupsAndPrunes()
    {
        const QString db = makeDatabase(QStringLiteral("desk.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString folder = path(QStringLiteral("auto/backups"));
        AutomaticBackups automatic(folder, 2);

        auto first = automatic.run(db, AutomaticBackups::When::Start);
        QVERIFY2(first.ok(),
                 qPrintable(first.ok() ? QString()
                                       : first.error().code + first.error().args.join(QLatin1Char(' '))));
        QVERIFY(first->taken);
        QCOMPARE(QFileInfo(first->file).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(first->file), 0600);
        QVERIFY(BackupService(Actor::desktop()).verify(first->file).ok());

        // The same day's second start takes none; an exit always does.
        auto again = automatic.run(db, AutomaticBackups::When::Start);
        QVERIFY(again.ok());
        QVERIFY(!again->taken);
        QCOMPARE(automatic.list(db).size(), 1);
        // Another day's start does.
        auto tomorrow = automatic.run(db, AutomaticBackups::When::Start, QDate::currentDate().addDays(1));
        QVERIFY(tomorrow.ok());
        QVERIFY(tomorrow->taken);
        QCOMPARE(automatic.list(db).size(), 2);
        auto exit = automatic.run(db, AutomaticBackups::When::Exit);
        QVERIFY(exit.ok());
        QVERIFY(exit->taken);
        // Three taken, two kept: the oldest (the first) is gone.
        QCOMPARE(exit->pruned, QStringList{first->file});
        QVERIFY(!QFileInfo::exists(first->file));
        const auto kept = automatic.list(db);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(QDir(folder).filePath(kept.first().fileName), exit->file);

        // Off (0): nothing taken, nothing deleted.
        auto off = AutomaticBackups(folder, 0).run(db, AutomaticBackups::When::Exit);
        QVERIFY(off.ok());
        QVERIFY(!off->taken);
        QCOMPARE(automatic.list(db).size(), 2);
        // Nothing for a PostgreSQL database: its server backs it up.
        auto server =
            automatic.run(QStringLiteral("postgresql://lp@localhost:1/none"), AutomaticBackups::When::Exit);
        QVERIFY(server.ok());
        QVERIFY(!server->taken);
    }

    void newestGoodSkipsADamagedBackup()
    {
        const QString db = makeDatabase(QStringLiteral("good.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString folder = path(QStringLiteral("good-backups"));
        AutomaticBackups automatic(folder, 7);
        auto taken = automatic.run(db, AutomaticBackups::When::Exit);
        QVERIFY(taken.ok() && taken->taken);
        // A newer one that is cut short.
        const QString newer = QDir(folder).filePath(QStringLiteral("good-29991231-235959.sqlite"));
        QVERIFY(QFile::copy(taken->file, newer));
        QFile cut(newer);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
        cut.close();
        QCOMPARE(automatic.list(db).first().fileName, QStringLiteral("good-29991231-235959.sqlite"));

        const AutomaticBackups::Found found = automatic.newestGood(db);
        QCOMPARE(found.file, taken->file);
        QCOMPARE(found.manifest.rows.value(QStringLiteral("partners")), 1);
        QCOMPARE(found.rejected.size(), 1);
        QVERIFY(found.rejected.first().startsWith(QLatin1String("good-29991231-235959.sqlite: ")));
        // None at all in an empty folder.
        QVERIFY(AutomaticBackups(path(QStringLiteral("nothing-here")), 7).newestGood(db).file.isEmpty());
    }

    void whoMayBackUpAndRestore()
    {
        const QString db = makeDatabase(QStringLiteral("roles.sqlite"));
        QVERIFY(!db.isEmpty());
        const QString folder = path(QStringLiteral("roles-backups")) + QLatin1Char('/');
        // A viewer neither backs up nor restores; nothing is written.
        auto viewer = BackupService(sessionOf(Role::Viewer)).backup(db, folder);
        QCOMPARE(viewer.ok() ? QString() : viewer.error().code, QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(!QFileInfo::exists(folder));
        // An account admin backs up, but does not restore.
        auto backup = BackupService(sessionOf(Role::AccountAdmin)).backup(db, folder);
        QVERIFY(backup.ok());
        auto denied = BackupService(sessionOf(Role::AccountAdmin)).restore(db, backup->file);
        QCOMPARE(denied.ok() ? QString() : denied.error().code, QStringLiteral("PERMISSION_DENIED"));
        auto viewerRestore = BackupService(sessionOf(Role::Viewer)).restore(db, backup->file);
        QCOMPARE(viewerRestore.ok() ? QString() : viewerRestore.error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        // The MPN partner admin restores (a SQLite database); the restore is audited in their name.
        auto restored = BackupService(sessionOf(Role::PartnerAdmin)).restore(db, backup->file);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().code));
        QCOMPARE(restored->manifest.rows.value(QStringLiteral("partners")), 1);
        // A partner role does not back up a shared PostgreSQL database (other partners' data);
        // refused before any connection is tried.
        const QString server = QStringLiteral("postgresql://lp@localhost:1/shared");
        auto pg = BackupService(sessionOf(Role::PartnerAdmin)).backup(server, folder);
        QCOMPARE(pg.ok() ? QString() : pg.error().code, QStringLiteral("PERMISSION_DENIED"));
        // Support is not refused for that reason (the server is simply not there).
        auto support = BackupService(sessionOf(Role::SupportLead)).backup(server, folder);
        QVERIFY(!support.ok());
        QVERIFY(support.error().code != QLatin1String("PERMISSION_DENIED"));
        // The disabled account and the one-time password are refused too.
        Session disabled = sessionOf(Role::PartnerAdmin);
        disabled.user.disabled = true;
        QCOMPARE(BackupService(disabled).backup(db, folder).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
    }

    // The SQLite-to-SQLite copy writes with foreign keys off (bulk): a source row whose
    // reference is gone is still refused, and nothing is written.
    void copyRefusesADanglingReference()
    {
        const QString db = makeDatabase(QStringLiteral("dangling.sqlite"));
        QVERIFY(!db.isEmpty());
        {
            const QString name = QStringLiteral("raw-dangling");
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO trainers (partner_id, name, mct_id, valid_to)"
                                           " VALUES (999, 'Nobody', 'MCT-1', '2027-01-01')")),
                     qPrintable(q.lastError().text()));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        const QString to = path(QStringLiteral("dangling-copy.sqlite"));
        auto copied = BackupService(Actor::commandLine()).copy(db, to);
        QVERIFY(!copied.ok());
        QVERIFY2(copied.error().args.join(QLatin1Char(' ')).contains(QLatin1String("reference")),
                 qPrintable(copied.error().args.join(QLatin1Char(' '))));
        auto target = Database::open(to, {Database::Mode::ReadOnly, -1, Database::Create::No});
        QVERIFY(target.ok());
        QCOMPARE(DatabaseCopier::holdsData(*target.value()).value(), false);

        // A sound source copies, and the copy's references hold.
        const QString sound = makeDatabase(QStringLiteral("sound.sqlite"));
        const QString soundCopy = path(QStringLiteral("sound-copy.sqlite"));
        auto ok = BackupService(Actor::commandLine()).copy(sound, soundCopy);
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().args.join(QLatin1Char(' '))));
        QCOMPARE(ok->rows.value(QStringLiteral("partners")), 1);
        auto copy = Database::open(soundCopy, {Database::Mode::ReadOnly, -1, Database::Create::No});
        QVERIFY(copy.ok());
        QCOMPARE(copy.value()->integrityCheck().value(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestBackupPolicy)
#include "tst_backuppolicy.moc"
