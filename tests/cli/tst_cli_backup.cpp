// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli db backup / db restore / db copy, the audit anchor, and the edges of issue 16
// (file modes, an empty file left as it was, a damaged file, a busy database), run as the built
// binary. LP_TEST_DRIVER=pg runs the PostgreSQL leg: backup from PostgreSQL, restore into it,
// copy both ways.
#include "clirun.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Runs `sql` on a SQLite file from outside the application (a tamperer, a second writer).
void sqliteExec(const QString& file, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data; // XDG_DATA_HOME of the runs: where the anchors go

    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList& args, const QByteArray& input = {}) { return runCli(m_data, args, input); }

    // A database (location) with a partner and `rows` purchases imported under `prefix`.
    void fill(const QString& db, const QString& prefix, int rows, bool init = true)
    {
        if (init)
            QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode,
                     0);
        CliRun partner = cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), db,
                              QStringLiteral("--mpn-id"), QStringLiteral("7"), QStringLiteral("--name"),
                              QStringLiteral("P"), QStringLiteral("--country"), QStringLiteral("IT"),
                              QStringLiteral("--anniversary"), QStringLiteral("2021-01-01")});
        QVERIFY2(partner.exitCode == 0 || partner.code() == QLatin1String("DUPLICATE"),
                 partner.err.constData());
        importRows(db, prefix, rows);
    }
    void importRows(const QString& db, const QString& prefix, int rows)
    {
        CliRun r = cli({QStringLiteral("import-invoices"), QStringLiteral("--db"), db,
                        QStringLiteral("--partner"), QStringLiteral("7"), QStringLiteral("-")},
                       invoiceCsv(prefix, rows));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("added")).toInt(), rows);
    }
    void expectError(const CliRun& r, int exitCode, const QString& code)
    {
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.code(), code);
    }
    void expectAuditIntact(const QString& db)
    {
        CliRun v = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
    }
    static QStringList backupArgs(const QString& db, const QString& file)
    {
        return {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"), db, file};
    }
    static QStringList restoreArgs(const QString& db, const QString& file)
    {
        return {QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--db"), db, file};
    }
    static QStringList copyArgs(const QString& from, const QString& to)
    {
        return {QStringLiteral("db"),     QStringLiteral("copy"),
                QStringLiteral("--from"), from,
                QStringLiteral("--to"),   to};
    }
    static int purchases(const QJsonObject& json, const char* key = "rows")
    {
        return json.value(QLatin1String(key)).toObject().value(QStringLiteral("purchases")).toInt();
    }
    void sqliteOnly()
    {
        if (TestDatabase::wantsPostgres())
            QSKIP("SQLite leg");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = path(QStringLiteral("data"));
    }

    void backupAndRestoreSqlite()
    {
        sqliteOnly();
        const QString db = path(QStringLiteral("desk.sqlite"));
        fill(db, QStringLiteral("A"), 200);
        const QString backups = path(QStringLiteral("backups/nightly"));
        CliRun b = cli(backupArgs(db, backups + QStringLiteral("/one.sqlite")));
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QJsonObject m = b.json();
        QCOMPARE(purchases(m), 200);
        QCOMPARE(m.value(QStringLiteral("schemaVersion")).toInt(), lp::Database::latestSchemaVersion());
        QCOMPARE(m.value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("auditIntact")).toBool(), true);
        const QString file = m.value(QStringLiteral("file")).toString();
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(backups), 0700);
        QCOMPARE(modeOf(path(QStringLiteral("backups"))), 0700);
        QCOMPARE(modeOf(backups + QStringLiteral("/audit-anchor.json")), 0600);
        QCOMPARE(modeOf(m.value(QStringLiteral("anchor")).toString()), 0600);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
        // Never over an existing file; a folder gets a timestamped name.
        expectError(cli(backupArgs(db, file)), 2, QStringLiteral("BACKUP_EXISTS"));
        CliRun inFolder = cli(backupArgs(db, backups));
        QCOMPARE(inFolder.exitCode, 0);
        QVERIFY(inFolder.json()
                    .value(QStringLiteral("file"))
                    .toString()
                    .startsWith(backups + QStringLiteral("/desk-")));

        importRows(db, QStringLiteral("B"), 50);
        CliRun r = cli(restoreArgs(db, file));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("verified")).toBool(), true);
        const QString safety = r.json().value(QStringLiteral("safetyBackup")).toString();
        QCOMPARE(QFileInfo(safety).absolutePath(), QFileInfo(db).absolutePath());
        QCOMPARE(modeOf(safety), 0600);
        // The restored trail: the backup's two entries and the restore's own.
        QCOMPARE(r.json().value(QStringLiteral("auditHead")).toObject().value(QStringLiteral("id")).toInt(),
                 3);
        expectAuditIntact(db);
        CliRun check = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        // The safety backup holds what was there before: 250 purchases.
        CliRun back = cli(restoreArgs(db, safety));
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(purchases(back.json().value(QStringLiteral("manifest")).toObject()), 250);
        expectAuditIntact(db);
    }

    void restoreRefusesUnsoundBackups()
    {
        sqliteOnly();
        const QString db = path(QStringLiteral("refuse.sqlite"));
        fill(db, QStringLiteral("R"), 20);
        const QString file = path(QStringLiteral("refuse-backup.sqlite"));
        QCOMPARE(cli(backupArgs(db, file)).exitCode, 0);
        const QByteArray before = bytesOf(db);
        // A database that is not a backup (no manifest).
        expectError(cli(restoreArgs(db, db)), 3, QStringLiteral("BACKUP_INVALID"));
        // A backup whose rows no longer match its manifest.
        const QString edited = path(QStringLiteral("edited.sqlite"));
        QVERIFY(QFile::copy(file, edited));
        sqliteExec(edited, {QStringLiteral("DELETE FROM purchases WHERE id = 1")});
        expectError(cli(restoreArgs(db, edited)), 3, QStringLiteral("BACKUP_INVALID"));
        // A backup whose audit trail was edited.
        const QString forged = path(QStringLiteral("forged.sqlite"));
        QVERIFY(QFile::copy(file, forged));
        sqliteExec(forged, {QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE id = 1")});
        expectError(cli(restoreArgs(db, forged)), 3, QStringLiteral("BACKUP_INVALID"));
        QCOMPARE(bytesOf(db), before);
    }

    void anchorReportsATrailCutAfterTheBackup()
    {
        sqliteOnly();
        const QString db = path(QStringLiteral("anchor.sqlite"));
        fill(db, QStringLiteral("C"), 10);
        importRows(db, QStringLiteral("D"), 10); // entry 3
        QCOMPARE(cli(backupArgs(db, path(QStringLiteral("anchor-backup.sqlite")))).exitCode, 0);
        importRows(db, QStringLiteral("E"), 10); // entry 4, after the backup
        expectAuditIntact(db);
        // Remove entries 3 and 4 and rewrite the head kept in lp_meta: the chain alone holds.
        sqliteExec(db, {QStringLiteral("DELETE FROM audit_log WHERE id >= 3"),
                        QStringLiteral("UPDATE lp_meta SET value = (SELECT id || ':' || hash FROM audit_log"
                                       " WHERE id = 2) WHERE key = 'audit_head'")});
        CliRun v = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(v.exitCode, 3);
        QCOMPARE(v.json().value(QStringLiteral("problem")).toString(), QStringLiteral("AUDIT_TRUNCATED"));
        QCOMPARE(v.json().value(QStringLiteral("firstBadEntry")).toInt(), 3);
        CliRun check = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(check.exitCode, 3);
        QVERIFY(check.json()
                    .value(QStringLiteral("integrity"))
                    .toString()
                    .contains(QLatin1String("AUDIT_TRUNCATED")));
        // The cut trail is a finding of its own, with its code and the first entry missing.
        QCOMPARE(check.json().value(QStringLiteral("ok")).toBool(true), false);
        const QJsonArray findings = check.json().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("AUDIT_TRUNCATED"));
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("entry")).toInt(), 3);
        // A sound database has none.
        const QString sound = path(QStringLiteral("anchor-sound.sqlite"));
        fill(sound, QStringLiteral("F"), 3);
        CliRun fine = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), sound});
        QCOMPARE(fine.exitCode, 0);
        QCOMPARE(fine.json().value(QStringLiteral("findings")).toArray().size(), 0);
        QCOMPARE(fine.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    }

    void notOursYetIsLeftAsItWas()
    {
        sqliteOnly();
        const QString source = path(QStringLiteral("source.sqlite"));
        fill(source, QStringLiteral("S"), 5);
        const QString backup = path(QStringLiteral("source-backup.sqlite"));
        QCOMPARE(cli(backupArgs(source, backup)).exitCode, 0);
        const QString empty = path(QStringLiteral("empty.sqlite"));
        QVERIFY(writeFile(empty, {}));
        const QList<QStringList> commands{
            {QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), empty,
             QStringLiteral("--mpn-id"), QStringLiteral("8"), QStringLiteral("--name"), QStringLiteral("Q"),
             QStringLiteral("--country"), QStringLiteral("IT"), QStringLiteral("--anniversary"),
             QStringLiteral("2021-01-01")},
            {QStringLiteral("import-invoices"), QStringLiteral("--db"), empty, QStringLiteral("--partner"),
             QStringLiteral("7"), QStringLiteral("-")},
            {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), empty},
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), empty},
            backupArgs(empty, path(QStringLiteral("never.sqlite"))),
            restoreArgs(empty, backup),
            copyArgs(source, empty),
        };
        for (const QStringList& args : commands) {
            expectError(cli(args, invoiceCsv(QStringLiteral("X"), 1)), 2, QStringLiteral("DB_FILE_EMPTY"));
            QCOMPARE(QFileInfo(empty).size(), 0);
            QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-shm")));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.sqlite"))));
        const QString missing = path(QStringLiteral("missing.sqlite"));
        expectError(cli(commands[0].mid(0, 3) + QStringList{missing} + commands[0].mid(4)), 2,
                    QStringLiteral("NOT_FOUND"));
        QVERIFY(!QFileInfo::exists(missing));
        // db init may, and makes it private.
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), empty}).exitCode,
                 0);
        QCOMPARE(modeOf(empty), 0600);
        const QString fresh = path(QStringLiteral("new/folder/fresh.sqlite"));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), fresh}).exitCode,
                 0);
        QCOMPARE(modeOf(fresh), 0600);
        QCOMPARE(modeOf(path(QStringLiteral("new/folder"))), 0700);
        QCOMPARE(modeOf(path(QStringLiteral("new"))), 0700);
    }

    void damagedFileNamesTheRestore()
    {
        sqliteOnly();
        const QString db = path(QStringLiteral("damaged.sqlite"));
        fill(db, QStringLiteral("F"), 3000);
        const QString backup = path(QStringLiteral("damaged-backup.sqlite"));
        QCOMPARE(cli(backupArgs(db, backup)).exitCode, 0);
        QVERIFY(QFile::resize(db, QFileInfo(db).size() / 2));
        const QByteArray damaged = bytesOf(db);
        CliRun import = cli({QStringLiteral("import-invoices"), QStringLiteral("--db"), db,
                             QStringLiteral("--partner"), QStringLiteral("7"), QStringLiteral("-")},
                            invoiceCsv(QStringLiteral("G"), 5));
        expectError(import, 3, QStringLiteral("DB_DAMAGED"));
        QVERIFY(
            import.error().value(QStringLiteral("message")).toString().contains(QLatin1String("db restore")));
        expectError(cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db}), 3,
                    QStringLiteral("DB_DAMAGED"));
        QCOMPARE(bytesOf(db), damaged);
        // The restore sets the damaged file aside as it was and makes the database again.
        CliRun r = cli(restoreArgs(db, backup));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString aside = r.json().value(QStringLiteral("setAside")).toString();
        QCOMPARE(bytesOf(aside), damaged);
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(purchases(r.json().value(QStringLiteral("manifest")).toObject()), 3000);
        expectAuditIntact(db);
    }

    void busyDatabaseWaitsThenSaysSo()
    {
        sqliteOnly();
        const QString db = path(QStringLiteral("busy.sqlite"));
        fill(db, QStringLiteral("H"), 5);
        const QStringList import{QStringLiteral("--wait"),
                                 QStringLiteral("0.3"),
                                 QStringLiteral("import-invoices"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--partner"),
                                 QStringLiteral("7"),
                                 QStringLiteral("-")};
        {
            QSqlDatabase holder =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QElapsedTimer t;
            t.start();
            CliRun busy = cli(import, invoiceCsv(QStringLiteral("I"), 5));
            expectError(busy, 2, QStringLiteral("DB_BUSY"));
            QVERIFY(t.elapsed() >= 300);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        CliRun free = cli(import, invoiceCsv(QStringLiteral("I"), 5));
        QVERIFY2(free.exitCode == 0, free.err.constData());
        QCOMPARE(free.json().value(QStringLiteral("added")).toInt(), 5);
        // A --wait that is no number is a usage error: plain text, exit 2 (docs/cli.md#usage).
        const CliRun soon = cli({QStringLiteral("--wait"), QStringLiteral("soon"), QStringLiteral("db"),
                                 QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(soon.exitCode, 2);
        QVERIFY(soon.out.isEmpty());
        QVERIFY2(soon.err.startsWith("learnpartner-cli: --wait takes"), soon.err.constData());
    }

    void copySqliteToSqlite()
    {
        sqliteOnly();
        const QString from = path(QStringLiteral("copy-from.sqlite"));
        fill(from, QStringLiteral("J"), 300);
        const QString to = path(QStringLiteral("copies/copy-to.sqlite"));
        CliRun c = cli(copyArgs(from, to));
        QVERIFY2(c.exitCode == 0, c.err.constData());
        QCOMPARE(purchases(c.json()), 300);
        QCOMPARE(modeOf(to), 0600);
        expectAuditIntact(to);
        expectError(cli(copyArgs(from, to)), 2, QStringLiteral("DB_NOT_EMPTY"));
    }

    // PostgreSQL: backup from it, restore into it, copy both ways.
    void postgresBackupRestoreCopy()
    {
        if (!TestDatabase::wantsPostgres())
            QSKIP("PostgreSQL leg");
        TestDatabase first;
        LP_FRESH_DATABASE(first, pg);
        fill(pg, QStringLiteral("K"), 200);
        CliRun b = cli(backupArgs(pg, path(QStringLiteral("pg-backups"))));
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QCOMPARE(purchases(b.json()), 200);
        const QString file = b.json().value(QStringLiteral("file")).toString();
        QCOMPARE(modeOf(file), 0600);
        QVERIFY(!file.contains(QLatin1String("?host")));

        // The backup is a SQLite database of ours.
        CliRun check = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), file});
        QVERIFY2(check.exitCode == 0, (check.out + check.err).constData());

        // Restore into PostgreSQL after more rows came: the rows of the backup, the trail intact.
        importRows(pg, QStringLiteral("L"), 20);
        CliRun r = cli(restoreArgs(pg, file));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(r.json().value(QStringLiteral("safetyBackup")).toString()));
        expectAuditIntact(pg);
        // The sequences follow the restored ids: a new import adds rows.
        importRows(pg, QStringLiteral("M"), 5);
        expectAuditIntact(pg);

        // PostgreSQL -> SQLite -> another PostgreSQL database.
        const QString lite = path(QStringLiteral("from-pg.sqlite"));
        CliRun toLite = cli(copyArgs(pg, lite));
        QVERIFY2(toLite.exitCode == 0, toLite.err.constData());
        QCOMPARE(purchases(toLite.json()), 205);
        expectAuditIntact(lite);
        TestDatabase second;
        LP_FRESH_DATABASE(second, pg2);
        CliRun toPg = cli(copyArgs(lite, pg2));
        QVERIFY2(toPg.exitCode == 0, toPg.err.constData());
        QCOMPARE(purchases(toPg.json()), 205);
        expectAuditIntact(pg2);
        importRows(pg2, QStringLiteral("N"), 5);
        expectError(cli(copyArgs(lite, pg2)), 2, QStringLiteral("DB_NOT_EMPTY"));
        expectAuditIntact(pg2);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
