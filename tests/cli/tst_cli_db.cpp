// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli's database commands, run as the built binary: db init / db check,
// partner add, user add (password from standard input), and their refusals (exit 2, one JSON
// error on standard error, nothing on standard output, nothing written).
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject error() const
    {
        return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
    }
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LP_CLI), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    void expectInputError(const Run& r, const QString& code, const QString& path = {})
    {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1); // one JSON object, one line
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), code);
        QVERIFY(!r.error().value(QStringLiteral("message")).toString().isEmpty());
        if (!path.isEmpty())
            QCOMPARE(r.error().value(QStringLiteral("path")).toString(), path);
    }

private slots:
    void helpAndVersion()
    {
        Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("db init --db"));
        Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("learnpartner-cli "));
        // A command line it cannot read: plain text on standard error, exit 2 (tst_cli_usage has the rest).
        for (const QStringList& args : {QStringList{QStringLiteral("frobnicate")}, QStringList{}}) {
            const Run wrong = cli(args);
            QCOMPARE(wrong.exitCode, 2);
            QVERIFY(wrong.out.isEmpty());
            QVERIFY2(wrong.err.startsWith("learnpartner-cli: "), wrong.err.constData());
            QVERIFY(wrong.err.contains("Usage: learnpartner-cli"));
        }
    }

    void initCheckAddPartnerAndUser()
    {
        const QString db = path("desk.sqlite");
        Run init = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value(QStringLiteral("previousSchemaVersion")).toInt(), 0);
        QVERIFY(init.json().value(QStringLiteral("schemaVersion")).toInt() >= 2);
        Run again = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(again.json().value(QStringLiteral("upgraded")).toBool(), false);

        Run check = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(check.json().value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(check.json().value(QStringLiteral("upToDate")).toBool(), true);

        Run partner =
            cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--mpn-id"), QStringLiteral("4412345"), QStringLiteral("--name"),
                 QStringLiteral("Contoso Learning"), QStringLiteral("--country"), QStringLiteral("IT"),
                 QStringLiteral("--anniversary"), QStringLiteral("2021-05-01")});
        QCOMPARE(partner.exitCode, 0);
        QCOMPARE(partner.json().value(QStringLiteral("mpnId")).toString(), QStringLiteral("4412345"));

        Run user =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                 QStringLiteral("--name"), QStringLiteral("giulia.rossi"), QStringLiteral("--role"),
                 QStringLiteral("partnerAdmin"), QStringLiteral("--partner"), QStringLiteral("4412345")},
                "a long passphrase\n");
        QCOMPARE(user.exitCode, 0);
        QCOMPARE(user.json().value(QStringLiteral("role")).toString(), QStringLiteral("partnerAdmin"));

        // The password is stored only as an Argon2id hash, and nowhere in the audit trail.
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE name = 'giulia.rossi'")) &&
                    q.next());
            QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%passphrase%'"
                                      " OR after_json LIKE '%argon2%'")) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
            QStringList actions;
            while (q.next())
                actions << q.value(0).toString();
            QCOMPARE(actions, (QStringList{QStringLiteral("partner.add"), QStringLiteral("user.add")}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QString db = path("refusals.sqlite");
        cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        const QStringList partner{QStringLiteral("partner"), QStringLiteral("add"),
                                  QStringLiteral("--db"),    db,
                                  QStringLiteral("--name"),  QStringLiteral("X")};
        QTest::newRow("bad date") << (partner + QStringList{QStringLiteral("--mpn-id"), QStringLiteral("1"),
                                                            QStringLiteral("--country"), QStringLiteral("IT"),
                                                            QStringLiteral("--anniversary"),
                                                            QStringLiteral("2021-02-30")})
                                  << QByteArray() << "INVALID_DATE"
                                  << "--anniversary";
        QTest::newRow("bad country") << (partner +
                                         QStringList{QStringLiteral("--mpn-id"), QStringLiteral("1"),
                                                     QStringLiteral("--country"), QStringLiteral("XX"),
                                                     QStringLiteral("--anniversary"),
                                                     QStringLiteral("2021-02-03")})
                                     << QByteArray() << "COUNTRY_INVALID"
                                     << "--country";
        QTest::newRow("bad mpn id") << (partner +
                                        QStringList{QStringLiteral("--mpn-id"), QStringLiteral("12a"),
                                                    QStringLiteral("--country"), QStringLiteral("IT"),
                                                    QStringLiteral("--anniversary"),
                                                    QStringLiteral("2021-02-03")})
                                    << QByteArray() << "MPN_ID_INVALID"
                                    << "--mpn-id";
        const QStringList user{QStringLiteral("user"),   QStringLiteral("add"),    QStringLiteral("--db"), db,
                               QStringLiteral("--name"), QStringLiteral("someone")};
        QTest::newRow("bad role") << (user + QStringList{QStringLiteral("--role"), QStringLiteral("admin")})
                                  << QByteArray("a long passphrase\n") << "ROLE_INVALID"
                                  << "--role";
        QTest::newRow("short password")
            << (user + QStringList{QStringLiteral("--role"), QStringLiteral("frontlineSupport")})
            << QByteArray("short\n") << "PASSWORD_TOO_SHORT"
            << "password";
        QTest::newRow("viewer without partner")
            << (user + QStringList{QStringLiteral("--role"), QStringLiteral("viewer")})
            << QByteArray("a long passphrase\n") << "PARTNER_REQUIRED"
            << "--partner";
        QTest::newRow("unknown partner")
            << (user + QStringList{QStringLiteral("--role"), QStringLiteral("viewer"),
                                   QStringLiteral("--partner"), QStringLiteral("999")})
            << QByteArray("a long passphrase\n") << "NOT_FOUND"
            << "--partner";
        QTest::newRow("postgres password in url")
            << (QStringList{QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
                            QStringLiteral("postgresql://u:pw@h/db")})
            << QByteArray() << "DB_URL_INVALID"
            << "--db";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        QFETCH(QString, path);
        expectInputError(cli(args, input), code, path);
    }

    void foreignFilesAreLeftAsTheyWere()
    {
        const QString text = path("notes.txt");
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database\n");
        }
        const QByteArray before = fileHash(text);
        expectInputError(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), text}),
                         QStringLiteral("DB_NOT_OURS"));
        expectInputError(cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), text}),
                         QStringLiteral("DB_NOT_OURS"));
        QCOMPARE(fileHash(text), before);

        const QString other = path("other.sqlite");
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            sql.setDatabaseName(other);
            QVERIFY(sql.open());
            QSqlQuery(sql).exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray otherBefore = fileHash(other);
        expectInputError(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), other}),
                         QStringLiteral("DB_NOT_OURS"));
        QCOMPARE(fileHash(other), otherBefore);
        QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));
        expectInputError(cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
                              path("missing.sqlite")}),
                         QStringLiteral("NOT_FOUND"));
        QVERIFY(!QFile::exists(path("missing.sqlite")));
    }

    void auditVerifyDetectsTampering()
    {
        const QString db = path("audit.sqlite");
        cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        for (const char* id : {"1", "2", "3"})
            QCOMPARE(
                cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), db,
                     QStringLiteral("--mpn-id"), QLatin1String(id), QStringLiteral("--name"),
                     QStringLiteral("P") + QLatin1String(id), QStringLiteral("--country"),
                     QStringLiteral("IT"), QStringLiteral("--anniversary"), QStringLiteral("2021-01-01")})
                    .exitCode,
                0);
        const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                                 db};
        Run intact = cli(verify);
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.json().value(QStringLiteral("entries")).toInt(), 3);
        QCOMPARE(intact.json().value(QStringLiteral("intact")).toBool(), true);

        auto tamper = [&](const QString& sql) {
            QSqlDatabase s = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            s.setDatabaseName(db);
            QVERIFY(s.open());
            QVERIFY(QSqlQuery(s).exec(sql));
            s.close();
        };
        tamper(
            QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'P2', 'X2') WHERE id = 2"));
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        Run broken = cli(verify);
        QCOMPARE(broken.exitCode, 3);
        QCOMPARE(broken.json().value(QStringLiteral("firstBadEntry")).toInt(), 2);
        QVERIFY(!broken.json().value(QStringLiteral("problem")).toString().isEmpty());
    }

    void importInvoices()
    {
        const QString db = path("import.sqlite");
        cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), db,
             QStringLiteral("--mpn-id"), QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("P"),
             QStringLiteral("--country"), QStringLiteral("IT"), QStringLiteral("--anniversary"),
             QStringLiteral("2021-01-01")});
        const QByteArray header = "invoice;documentType;invoiceDate;omlpType;units;kpiValue;revenue\n";
        const QStringList args{
            QStringLiteral("import-invoices"), QStringLiteral("--db"), db,
            QStringLiteral("--partner"),       QStringLiteral("7"),    QStringLiteral("-")};
        Run ok = cli(args, header + "INV-1;invoice;05/01/2021;x;1;1;1290,50\n");
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json().value(QStringLiteral("added")).toInt(), 1);
        QVERIFY(ok.err.isEmpty()); // no progress when standard error is not a terminal
        Run again = cli(args, header + "INV-1;invoice;05/01/2021;x;1;1;1290,50\n");
        QCOMPARE(again.json().value(QStringLiteral("unchanged")).toInt(), 1);

        Run bad = cli(args, header + "INV-2;invoice;2021-01-05;x;0;1;1\nINV-3;invoice;2021-01-05;x;1;1;-1\n");
        expectInputError(bad, QStringLiteral("IMPORT_REFUSED"));
        const QJsonArray rows = bad.error().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("column")).toString(), QStringLiteral("units"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("NEGATIVE_AMOUNT"));
        // Problems and rows apart: three problems on two rows.
        Run counted =
            cli(args, header + "INV-4;quote;2021-13-45;x;1;1;1\nINV-5;invoice;2021-01-05;x;1;abc;1\n");
        expectInputError(counted, QStringLiteral("IMPORT_REFUSED"));
        QCOMPARE(counted.error().value(QStringLiteral("problems")).toInt(), 3);
        QCOMPARE(counted.error().value(QStringLiteral("badRows")).toInt(), 2);
        QCOMPARE(counted.error().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The file has 3 problems on 2 rows; nothing was written."));
        QCOMPARE(again.json().value(QStringLiteral("problems")).toInt(-1), 0);
        QCOMPARE(again.json().value(QStringLiteral("badRows")).toInt(-1), 0);
        // A 50 MB value: the error quotes 80 characters of it, standard error stays small.
        Run huge =
            cli(args, header + "INV-6;invoice;2021-01-05;" + QByteArray(50 * 1024 * 1024, 'x') + ";1;1;1\n");
        expectInputError(huge, QStringLiteral("IMPORT_REFUSED"));
        QVERIFY2(huge.err.size() < 4096, QByteArray::number(huge.err.size()).constData());
        QCOMPARE(huge.error()
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("TEXT_TOO_LONG"));
        // A UTF-16 file is named as such, not read as a header without an invoice column.
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        Run wide =
            cli(args, QByteArray(utf16(QString::fromLatin1(header + "INV-7;invoice;2021-01-05;x;1;1;1\n"))));
        expectInputError(wide, QStringLiteral("CSV_ENCODING"));
        QVERIFY(wide.error().value(QStringLiteral("message")).toString().contains(QLatin1String("UTF-16LE")));
        // Every missing column at once.
        Run missing = cli(args, "invoice\nINV-1\n");
        expectInputError(missing, QStringLiteral("CSV_MISSING_COLUMN"));
        for (const char* name : {"documentType", "invoiceDate", "omlpType", "units", "kpiValue", "revenue"})
            QVERIFY(
                missing.error().value(QStringLiteral("message")).toString().contains(QLatin1String(name)));
        // A mistyped --db is no database: nothing is created, no folder either (only db init creates).
        const QString typo = path("no-such-folder/sub/typo.sqlite");
        expectInputError(cli({QStringLiteral("import-invoices"), QStringLiteral("--db"), typo,
                              QStringLiteral("--partner"), QStringLiteral("4412345"), QStringLiteral("-")},
                             header),
                         QStringLiteral("NOT_FOUND"));
        QVERIFY(!QFileInfo::exists(path("no-such-folder")));
        expectInputError(cli({QStringLiteral("import-invoices"), QStringLiteral("--db"), db,
                              QStringLiteral("--partner"), QStringLiteral("999"), QStringLiteral("-")},
                             header),
                         QStringLiteral("NOT_FOUND"), QStringLiteral("--partner"));
    }

    void italianErrorMessages()
    {
        Run r = cli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("db"),
                     QStringLiteral("check"), QStringLiteral("--db"), path("missing.sqlite")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("non è stato trovato")),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_cli_db.moc"
