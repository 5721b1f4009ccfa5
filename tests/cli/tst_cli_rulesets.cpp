// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner-cli rules list|show|diff|import|activate|schema and evaluate --db, run as the built
// binary (docs/cli.md#rules): a refused import exits 2 with every error and leaves the SQLite file
// byte for byte as it was; import and activation are audited; a stored partner's decisions carry
// the hash of the set in force; db copy carries the rule sets.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonArray array(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).array();
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray shipped(const QString& name)
{
    QFile f(QStringLiteral(LP_SOURCE_DIR "/resources/rules/") + name);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestCliRuleSets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;

    CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(m_dir.filePath(QStringLiteral("data")), args, input);
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("rules%1.sqlite").arg(++m_n));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db}).exitCode,
                 0);
    }

    void listShowSchema()
    {
        const CliRun list =
            cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sets = array(list);
        QCOMPARE(sets.size(), 7);
        const QJsonObject first = sets.first().toObject();
        QCOMPARE(first.value(QStringLiteral("programYear")).toString(), QStringLiteral("FY2021"));
        QCOMPARE(first.value(QStringLiteral("effectiveFrom")).toString(), QStringLiteral("2020-07-01"));
        QCOMPARE(first.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(shipped(QStringLiteral("fy2021.json")), QCryptographicHash::Sha256)
                     .toHex());
        QCOMPARE(first.value(QStringLiteral("provenance")).toString(),
                 QStringLiteral("builtin-illustrative"));
        QVERIFY(first.value(QStringLiteral("active")).toBool());

        const CliRun show = cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("FY2027")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json().value(QStringLiteral("id")).toString(), QStringLiteral("FY2027"));
        QCOMPARE(show.json()
                     .value(QStringLiteral("actionPack"))
                     .toObject()
                     .value(QStringLiteral("renewalWindowDays"))
                     .toInt(),
                 30);
        const CliRun missing =
            cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("FY1990")});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.code(), QStringLiteral("RULESET_NOT_FOUND"));

        const CliRun schema = cli({QStringLiteral("rules"), QStringLiteral("schema")});
        QCOMPARE(schema.exitCode, 0);
        QCOMPARE(schema.json().value(QStringLiteral("$schema")).toString(),
                 QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    }

    void diffOfTwoProgramYears()
    {
        const CliRun d = cli({QStringLiteral("rules"), QStringLiteral("diff"), QStringLiteral("FY2026"),
                              QStringLiteral("FY2027")});
        QCOMPARE(d.exitCode, 0);
        const QJsonArray changes = array(d);
        QVERIFY(!changes.isEmpty());
        bool id = false;
        for (const QJsonValue& v : changes) {
            const QJsonObject c = v.toObject();
            QVERIFY(c.contains(QStringLiteral("path")) && c.contains(QStringLiteral("before")) &&
                    c.contains(QStringLiteral("after")));
            if (c.value(QStringLiteral("path")).toString() == QLatin1String("id")) {
                id = true;
                QCOMPARE(c.value(QStringLiteral("before")).toString(), QStringLiteral("FY2026"));
                QCOMPARE(c.value(QStringLiteral("after")).toString(), QStringLiteral("FY2027"));
            }
        }
        QVERIFY(id);
        // A file against a program year: only what was edited.
        QJsonObject edited = QJsonDocument::fromJson(shipped(QStringLiteral("fy2027.json"))).object();
        edited.insert(QStringLiteral("reportDay"), 20);
        const QString file = m_dir.filePath(QStringLiteral("edited.json"));
        QVERIFY(writeFile(file, QJsonDocument(edited).toJson()));
        const QJsonArray one =
            array(cli({QStringLiteral("rules"), QStringLiteral("diff"), QStringLiteral("FY2027"), file}));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("reportDay"));
        QCOMPARE(one.first().toObject().value(QStringLiteral("before")).toInt(), 15);
        QCOMPARE(one.first().toObject().value(QStringLiteral("after")).toInt(), 20);
    }

    void refusedImportChangesNotAByte()
    {
        QJsonObject bad = QJsonDocument::fromJson(shipped(QStringLiteral("fy2027.json"))).object();
        bad.insert(QStringLiteral("upgradeDiscountPercent"), QStringLiteral("25"));
        bad.insert(QStringLiteral("color"), QStringLiteral("blue"));
        const QString file = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(file, QJsonDocument(bad).toJson()));
        const QByteArray before = sha(m_db);
        const CliRun r =
            cli({QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--db"), m_db, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.code(), QStringLiteral("RULESET_INVALID"));
        const QJsonArray errors = r.error().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QStringList paths;
        for (const QJsonValue& e : errors)
            paths << e.toObject().value(QStringLiteral("path")).toString();
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("color"), QStringLiteral("upgradeDiscountPercent")}));
        QCOMPARE(sha(m_db), before);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")) ||
                QFileInfo(m_db + QStringLiteral("-wal")).size() == 0);
    }

    void importActivateEvaluateCopy()
    {
        QCOMPARE(cli({QStringLiteral("partner"), QStringLiteral("add"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--mpn-id"), QStringLiteral("4412345"), QStringLiteral("--name"),
                      QStringLiteral("Contoso"), QStringLiteral("--country"), QStringLiteral("IT"),
                      QStringLiteral("--anniversary"), QStringLiteral("2021-05-01")})
                     .exitCode,
                 0);
        const QStringList evaluate{
            QStringLiteral("evaluate"),  QStringLiteral("--db"),    m_db,
            QStringLiteral("--partner"), QStringLiteral("4412345"), QStringLiteral("--as-of"),
            QStringLiteral("2027-01-15")};
        CliRun e = cli(evaluate);
        QCOMPARE(e.exitCode, 0);
        QCOMPARE(e.json().value(QStringLiteral("ruleSet")).toString(), QStringLiteral("FY2027"));
        QCOMPARE(e.json().value(QStringLiteral("ruleSetProvenance")).toString(),
                 QStringLiteral("builtin-illustrative"));
        const QJsonArray decisions = e.json().value(QStringLiteral("decisions")).toArray();
        QVERIFY(decisions.size() >= 3);
        for (const QJsonValue& d : decisions)
            QCOMPARE(d.toObject().value(QStringLiteral("ruleSetSha256")),
                     e.json().value(QStringLiteral("ruleSetSha256")));

        // An FY2027 with its own note: stored inactive, then active; both audited.
        QJsonObject mine = QJsonDocument::fromJson(shipped(QStringLiteral("fy2027.json"))).object();
        mine.insert(QStringLiteral("windowMonths"), 6);
        const QString file = m_dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(writeFile(file, QJsonDocument(mine).toJson()));
        const CliRun stored =
            cli({QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--note"), QStringLiteral("FY2027 guide, page 4"), file});
        QCOMPARE(stored.exitCode, 0);
        const QString hash = stored.json().value(QStringLiteral("sha256")).toString();
        QCOMPARE(stored.json().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(stored.json().value(QStringLiteral("provenance")).toString(), QStringLiteral("imported"));
        QCOMPARE(stored.json().value(QStringLiteral("sourceNote")).toString(),
                 QStringLiteral("FY2027 guide, page 4"));
        const CliRun again =
            cli({QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--db"), m_db, file});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.code(), QStringLiteral("RULESET_ALREADY_STORED"));
        // A set the organisation edited itself says so.
        QJsonObject edited = mine;
        edited.insert(QStringLiteral("reportDay"), 16);
        const QString editedFile = m_dir.filePath(QStringLiteral("edited%1.json").arg(m_n));
        QVERIFY(writeFile(editedFile, QJsonDocument(edited).toJson()));
        const CliRun local = cli({QStringLiteral("rules"), QStringLiteral("import"), QStringLiteral("--db"),
                                  m_db, QStringLiteral("--local-edit"), editedFile});
        QCOMPARE(local.exitCode, 0);
        QCOMPARE(local.json().value(QStringLiteral("provenance")).toString(), QStringLiteral("local-edit"));
        const CliRun active = cli({QStringLiteral("rules"), QStringLiteral("activate"),
                                   QStringLiteral("--db"), m_db, hash.left(12)});
        QCOMPARE(active.exitCode, 0);
        QVERIFY(active.json().value(QStringLiteral("active")).toBool());
        QCOMPARE(
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db}).exitCode,
            0);

        e = cli(evaluate);
        QCOMPARE(e.json().value(QStringLiteral("ruleSetSha256")).toString(), hash);
        QCOMPARE(e.json().value(QStringLiteral("ruleSetProvenance")).toString(), QStringLiteral("imported"));
        const CliRun one =
            cli(evaluate + QStringList{QStringLiteral("--path"), QStringLiteral("actionPack")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.json().value(QStringLiteral("ruleSetSha256")).toString(), hash);
        QCOMPARE(one.json().value(QStringLiteral("path")).toString(), QStringLiteral("actionPack"));
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--partner"),
                      QStringLiteral("999")})
                     .code(),
                 QStringLiteral("NOT_FOUND"));

        // db copy carries the rule sets, the imported one active.
        const QString copy = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(m_n));
        QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), m_db,
                      QStringLiteral("--to"), copy})
                     .exitCode,
                 0);
        const QJsonArray copied =
            array(cli({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--db"), copy}));
        QCOMPARE(copied.size(), 9);
        bool found = false;
        for (const QJsonValue& v : copied) {
            if (v.toObject().value(QStringLiteral("sha256")).toString() == hash)
                found = v.toObject().value(QStringLiteral("active")).toBool();
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCliRuleSets)
#include "tst_cli_rulesets.moc"
