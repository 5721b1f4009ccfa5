// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Schema versions: upgrade from version 1 in one transaction, refusal of a newer schema and
// of a database that is not ours, leaving it as it was. Runs on SQLite or PostgreSQL.
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

QByteArray fileHash(const QString& path)
{
    if (path.isEmpty())
        return {}; // PostgreSQL: no file to compare
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(db.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                            " WHERE table_schema = current_schema() ORDER BY 1")
                           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' ORDER BY 1"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    // Version 6: rule sets become data; a database of version 5 gets the shipped sets, active, and
    // its enrollments an empty hash (they name their program year only).
    void version6SeedsTheShippedRuleSets()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            auto v5 = Database::open(location, {Database::Mode::Upgrade, 5});
            QVERIFY(v5.ok());
            QVERIFY(!tables(*v5.value()).contains(QStringLiteral("rule_sets")));
        }
        auto latest = Database::open(location);
        QVERIFY(latest.ok());
        QVERIFY(latest.value()->schemaVersion() >= 6);
        QSqlQuery q(latest.value()->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*), sum(active), min(provenance), max(provenance) FROM rule_sets")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        QCOMPARE(q.value(1).toInt(), 7);
        QCOMPARE(q.value(2).toString(), QStringLiteral("builtin-illustrative"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("builtin-illustrative"));
        // One active set per program year, enforced by the database itself.
        QSqlQuery twice(latest.value()->connection());
        QVERIFY(!twice.exec(QStringLiteral(
            "INSERT INTO rule_sets (program_year, effective_from, effective_to, json, sha256, provenance,"
            " imported_at, active) SELECT program_year, effective_from, effective_to, json, 'other', "
            "provenance,"
            " imported_at, 1 FROM rule_sets WHERE program_year = 'FY2021'")));
        QVERIFY(tables(*latest.value()).contains(QStringLiteral("rule_sets")));
        QCOMPARE(latest.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void upgradesFromVersionOneKeepingData()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            auto v1 = Database::open(location, {Database::Mode::Upgrade, 1});
            QVERIFY(v1.ok());
            QCOMPARE(v1.value()->schemaVersion(), 1);
            QVERIFY(!tables(*v1.value()).contains(QStringLiteral("enrollments")));
            QVERIFY(PartnerRepository(*v1.value())
                        .insert({0, QStringLiteral("1"), QStringLiteral("Old Partner"), QStringLiteral("DE"),
                                 QDate(2020, 1, 31)})
                        .ok());
        }
        auto latest = Database::open(location);
        QVERIFY(latest.ok());
        QCOMPARE(latest.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(tables(*latest.value()).contains(QStringLiteral("enrollments")));
        QVERIFY(tables(*latest.value()).contains(QStringLiteral("audit_log")));
        auto kept = PartnerRepository(*latest.value()).findByMpnId(QStringLiteral("1"));
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->name, QStringLiteral("Old Partner"));
    }

    void purchasesKeepRowsIdsAndChecksThroughVersionThree()
    {
        // Version 3 rebuilds the SQLite purchases table (its document type CHECK without IN):
        // rows, ids, the AUTOINCREMENT sequence, the CHECK and the ledger's index all survive.
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        qint64 partnerId = 0;
        QList<qint64> ids;
        {
            auto v2 = Database::open(location, {Database::Mode::Upgrade, 2});
            QVERIFY(v2.ok());
            partnerId = PartnerRepository(*v2.value())
                            .insert({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                                     QDate(2021, 5, 1)})
                            .value();
            for (int i = 1; i <= 3; ++i) {
                Purchase p;
                p.invoice = QStringLiteral("INV-%1").arg(i);
                p.documentType = i == 2 ? DocumentType::PartnerReport : DocumentType::Invoice;
                p.invoiceDate = QDate(2021, 1, i);
                p.omlpType = QStringLiteral("Università");
                p.revenueCents = 43050;
                ids << PurchaseRepository(*v2.value()).insert(partnerId, p).value();
            }
            // The newest row goes: its id must not be given again.
            QVERIFY(
                v2.value()->exec(QStringLiteral("DELETE FROM purchases WHERE id = %1").arg(ids.last())).ok());
        }
        auto latest = Database::open(location);
        QVERIFY(latest.ok());
        QCOMPARE(latest.value()->schemaVersion(), Database::latestSchemaVersion());
        PurchaseRepository purchases(*latest.value());
        const QList<Purchase> kept = purchases.list(partnerId).value();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].id, ids[0]);
        QCOMPARE(kept[1].id, ids[1]);
        QVERIFY(kept[1].documentType == DocumentType::PartnerReport);
        QCOMPARE(kept[1].omlpType, QStringLiteral("Università"));
        Purchase next;
        next.invoice = QStringLiteral("INV-4");
        next.invoiceDate = QDate(2021, 1, 4);
        next.omlpType = QStringLiteral("x");
        QVERIFY(purchases.insert(partnerId, next).value() > ids.last());
        QVERIFY(
            !latest.value()
                 ->exec(QStringLiteral(
                            "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date,"
                            " omlp_type, units, kpi_value, revenue_cents)"
                            " VALUES (%1, 'Q-1', 1, 'quote', '2021-01-01', 'x', 1, 1, 1)")
                            .arg(partnerId))
                 .ok());
        QVERIFY(
            !latest.value()
                 ->exec(QStringLiteral(
                            "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date,"
                            " omlp_type, units, kpi_value, revenue_cents)"
                            " VALUES (%1, 'INV-1', 1, 'invoice', '2021-01-01', 'x', 1, 1, 1)")
                            .arg(partnerId))
                 .ok()); // (partner, invoice, line) is unique
        // Version 9: the ledger's index replaces version 1's date index.
        auto hasIndex = [&](const QString& name) {
            QSqlQuery index(latest.value()->connection());
            index.prepare(latest.value()->isPostgres()
                              ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE indexname = ?")
                              : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                               " AND name = ? AND tbl_name = 'purchases'"));
            index.addBindValue(name);
            return index.exec() && index.next();
        };
        QVERIFY(hasIndex(QStringLiteral("purchases_ledger")));
        QVERIFY(!hasIndex(QStringLiteral("purchases_partner_date")));
        // Version 11: PostgreSQL's planner has statistics on the text filters' lower(...).
        if (latest.value()->isPostgres()) {
            QSqlQuery stats(latest.value()->connection());
            QVERIFY(stats.exec(QStringLiteral("SELECT stxname FROM pg_statistic_ext ORDER BY stxname")));
            QStringList names;
            while (stats.next())
                names << stats.value(0).toString();
            QCOMPARE(names, (QStringList{QStringLiteral("purchases_competency_lower"),
                                         QStringLiteral("purchases_omlp_type_lower")}));
        }
        QCOMPARE(latest.value()->integrityCheck().value(), QStringLiteral("ok"));
    }

    void casesEvidenceAndListingsSurviveVersionSeven()
    {
        // Version 7 takes the 'withdrawn' state (SQLite rebuilds discrepancy_cases, case_evidence
        // and listing_requests): rows, ids, evidence bytes and the sequences survive, the new
        // state passes its CHECK and a state that is none of ours still does not.
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        qint64 partnerId = 0;
        const QByteArray evidence = QByteArrayLiteral("%PDF-1.7\n\x00\xff evidence\n%%EOF\n");
        {
            auto v5 = Database::open(location, {Database::Mode::Upgrade, 5});
            QVERIFY(v5.ok());
            QCOMPARE(v5.value()->schemaVersion(), 5);
            partnerId = PartnerRepository(*v5.value())
                            .insert({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                                     QDate(2021, 5, 1)})
                            .value();
            QSqlQuery q(v5.value()->connection());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO discrepancy_cases (id, partner_id, month, year, omlp_type, purchase_unit,"
                " invoice_number, kpi_value, revenue_cents, triage, status, filed_by, filed_at)"
                " VALUES (41, ?, 1, 2021, 'courseware', 3, 'INV-7', 3, 129000, 'valueMismatch', 'open', "
                "'giulia',"
                " '2021-04-02T10:00:00.000Z')")));
            q.addBindValue(partnerId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(
                q.prepare(QStringLiteral("INSERT INTO case_evidence (case_id, name, mime_type, sha256, data)"
                                         " VALUES (41, 'INV-7.pdf', 'application/pdf', 'ab', ?)")));
            q.addBindValue(evidence);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO listing_requests (id, partner_id, display_name, country, landing_url, status,"
                " received_on) VALUES (12, ?, 'Contoso', 'IT', 'https://contoso.example', 'queued', "
                "'2021-03-09')")));
            q.addBindValue(partnerId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto latest = Database::open(location);
        QVERIFY(latest.ok());
        QCOMPARE(latest.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(latest.value()->schemaVersion() >= 7);
        Database& db = *latest.value();
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT c.invoice_number, c.description, e.data FROM discrepancy_cases c"
                                  " JOIN case_evidence e ON e.case_id = c.id WHERE c.id = 41")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("INV-7"));
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toByteArray(), evidence);
        QVERIFY(
            db.exec(QStringLiteral("UPDATE discrepancy_cases SET status = 'withdrawn' WHERE id = 41")).ok());
        QVERIFY(!db.exec(QStringLiteral("UPDATE discrepancy_cases SET status = 'lost' WHERE id = 41")).ok());
        QVERIFY(db.exec(QStringLiteral(
                            "UPDATE listing_requests SET status = 'withdrawn', withdrawn_by = 'giulia',"
                            " withdrawal_reason = 'moved' WHERE id = 12"))
                    .ok());
        QVERIFY(!db.exec(QStringLiteral("UPDATE listing_requests SET status = 'lost' WHERE id = 12")).ok());
        // The evidence still belongs to its case: deleting the case takes it along.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM discrepancy_cases WHERE id = 41")).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM case_evidence")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Ids are not given again after the SQLite rebuild (the sequence moved with the table).
        if (!db.isPostgres()) {
            QVERIFY(q.exec(QStringLiteral(
                               "INSERT INTO listing_requests (partner_id, display_name, country, landing_url,"
                               " status) VALUES (%1, 'x', 'IT', 'https://x.example', 'draft') RETURNING id")
                               .arg(partnerId)) &&
                    q.next());
            QVERIFY(q.value(0).toLongLong() > 12);
        }
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    }

    void failedUpgradeChangesNothing()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            auto v1 = Database::open(location, {Database::Mode::Upgrade, 1});
            QVERIFY(v1.ok());
            // Something in the way of migration 2 makes it fail half-way.
            QVERIFY(v1.value()->exec(QStringLiteral("CREATE TABLE audit_log (x INTEGER)")).ok());
        }
        auto attempt = Database::open(location);
        QVERIFY(!attempt.ok());
        QCOMPARE(attempt.error().code, QStringLiteral("DB_MIGRATION_FAILED"));
        auto after = Database::open(location, {Database::Mode::ReadOnly, -1});
        QVERIFY(after.ok());
        QCOMPARE(after.value()->schemaVersion(), 1);
        QVERIFY(!tables(*after.value()).contains(QStringLiteral("enrollments")));
    }

    void refusesNewerSchemaUntouched()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            auto db = Database::open(location);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral("UPDATE lp_meta SET value = '99' WHERE key = 'schema_version'"))
                        .ok());
        }
        const QByteArray before = fileHash(fixture.filePath());
        for (auto mode : {Database::Mode::Upgrade, Database::Mode::ReadOnly}) {
            auto db = Database::open(location, {mode, -1});
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, QStringLiteral("DB_NEWER_SCHEMA"));
            QCOMPARE(db.error().args.value(0), QStringLiteral("99"));
        }
        QCOMPARE(fileHash(fixture.filePath()), before);
    }

    void refusesForeignDatabaseUntouched()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            // Someone else's database: tables, but none of ours.
            auto db = Database::open(location, {Database::Mode::Upgrade, 1});
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("CREATE TABLE notes (body TEXT)")).ok());
            for (const char* t :
                 {"users", "purchases", "trainers", "exam_passes", "memberships", "partners", "lp_meta"})
                QVERIFY(db.value()->exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(t))).ok());
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO notes VALUES ('mine')")).ok());
        }
        const QByteArray before = fileHash(fixture.filePath());
        auto db = Database::open(location);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("DB_NOT_OURS"));
        QCOMPARE(fileHash(fixture.filePath()), before);
        if (!TestDatabase::wantsPostgres()) {
            QVERIFY(!QFile::exists(location + QStringLiteral("-wal")));
        }
    }

    void refusesFileThatIsNotSqliteUntouched()
    {
        if (TestDatabase::wantsPostgres())
            QSKIP("a file only SQLite could be given");
        TestDatabase fixture;
        const QString path = fixture.create();
        const QByteArray content = QByteArrayLiteral("invoice,line\nINV-1,1\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("DB_NOT_OURS"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void readOnlyOpenWritesNothing()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        if (!TestDatabase::wantsPostgres()) {
            auto missing = Database::open(location, {Database::Mode::ReadOnly, -1});
            QVERIFY(!missing.ok());
            QVERIFY(!QFile::exists(location));
        } else {
            auto empty = Database::open(location, {Database::Mode::ReadOnly, -1});
            QVERIFY(!empty.ok());
            QCOMPARE(empty.error().code, QStringLiteral("DB_NOT_INITIALISED"));
        }
        {
            QVERIFY(Database::open(location).ok());
        }
        auto ro = Database::open(location, {Database::Mode::ReadOnly, -1});
        QVERIFY(ro.ok());
        QVERIFY(ro.value()->isReadOnly());
        QCOMPARE(ro.value()->transaction([] { return Status(); }).error().code,
                 QStringLiteral("DB_READ_ONLY"));
    }

    void locationParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::newRow("file") << "data/lp.sqlite" << true << false;
        QTest::newRow("url") << "postgresql://lp@db.example:5433/learnpartner" << true << true;
        QTest::newRow("socket") << "postgresql://lp@localhost/lp?host=/tmp/sock" << true << true;
        QTest::newRow("password in url") << "postgresql://lp:secret@db/lp" << false << true;
        QTest::newRow("no database") << "postgresql://lp@db/" << false << true;
        QTest::newRow("other scheme") << "mysql://lp@db/lp" << false << false;
        QTest::newRow("empty") << "" << false << false;
    }
    void locationParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, postgres);
        auto loc = DatabaseLocation::parse(text);
        QCOMPARE(loc.ok(), valid);
        if (valid)
            QCOMPARE(loc->driver == DatabaseLocation::Driver::PostgreSQL, postgres);
        else
            QCOMPARE(loc.error().code, QStringLiteral("DB_URL_INVALID"));
    }
    void locationParsingDetails()
    {
        auto loc = DatabaseLocation::parse(QStringLiteral("postgresql://lp@db.example:5433/learnpartner"));
        QCOMPARE(loc->user, QStringLiteral("lp"));
        QCOMPARE(loc->host, QStringLiteral("db.example"));
        QCOMPARE(loc->port, 5433);
        QCOMPARE(loc->databaseName, QStringLiteral("learnpartner"));
        QCOMPARE(loc->display(), QStringLiteral("postgresql://lp@db.example:5433/learnpartner"));
        auto sock = DatabaseLocation::parse(QStringLiteral("postgresql://lp@localhost/lp?host=/tmp/sock"));
        QCOMPARE(sock->host, QStringLiteral("/tmp/sock"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
