// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Invoice import (formats.md "Invoice CSV"): quoting, embedded line breaks, BOM, ';' with
// decimal commas, both date forms; every bad row listed and nothing written (the database
// file byte-identical); idempotent re-import, conflicts on every stored value, cancel,
// permissions. On SQLite the rows go through the sqlite3 C API (PurchaseWriter).
#include "domain/messages.h"
#include "i18n/translations.h"
#include "io/invoicecsvreader.h"
#include "services/accountservice.h"
#include "services/ledgerservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "storage/purchasewriter.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

const QDate kToday(2021, 3, 20);

struct Csv
{
    QByteArray bytes;
    QBuffer buffer;
    explicit Csv(const QByteArray& data) : bytes(data), buffer(&bytes) { buffer.open(QIODevice::ReadOnly); }
};

} // namespace

class TestLedgerService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    QString m_location;

    Result<ImportSummary> import(const QByteArray& data, const std::atomic_bool* cancel = nullptr)
    {
        Csv csv(data);
        return LedgerService(*m_db).importInvoices(m_admin, m_admin.partnerId(), csv.buffer,
                                                   {kToday, QStringLiteral("test.csv"), {}, cancel});
    }
    QList<Purchase> stored() { return PurchaseRepository(*m_db).list(m_admin.partnerId()).value(); }
    qsizetype importsAudited()
    {
        const auto entries = AuditRepository(*m_db).list(m_admin.partnerId()).value();
        return std::count_if(entries.cbegin(), entries.cend(),
                             [](const auto& e) { return e.action == QLatin1String("purchase.import"); });
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_location = location;
        m_db = std::move(Database::open(location)).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 5, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
    }
    void cleanup() { m_db.reset(); }

    void commaFileWithQuotesAndLineBreaks()
    {
        const QByteArray data =
            "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency,"
            "notes\n"
            "INV-1,1,invoice,2021-01-05,\"Official courseware, Azure\",3,3,1290.50,eur,Data "
            "Analytics,\"two\nlines\"\n"
            "INV-1,2,invoice,05/01/2021,MOC On-Demand,1,0.5,430,EUR,,x\n"
            "OC-7,1,orderConfirmation,2021-02-01,Official courseware,2,2,860,EUR,Data Analytics,\n";
        auto r = import(data);
        QVERIFY(r.ok());
        QVERIFY2(
            r->ok(),
            qPrintable(r->errors.isEmpty() ? QString() : r->errors.first().code + r->errors.first().column));
        QCOMPARE(r->added, 3);
        const QList<Purchase> rows = stored();
        QCOMPARE(rows.size(), 3);
        const Purchase& first =
            rows[0].invoice == QLatin1String("INV-1") && rows[0].line == 1 ? rows[0] : rows[1];
        QCOMPARE(first.omlpType, QStringLiteral("Official courseware, Azure"));
        QCOMPARE(first.revenueCents, 129050);
        QCOMPARE(first.currency, QStringLiteral("EUR"));
        QCOMPARE(first.invoiceDate, QDate(2021, 1, 5));
        auto second = PurchaseRepository(*m_db).find(m_admin.partnerId(), QStringLiteral("INV-1"), 2).value();
        QCOMPARE(second->invoiceDate, QDate(2021, 1, 5)); // DD/MM/YYYY
        QCOMPARE(second->kpiValue, 0.5);
        auto oc = PurchaseRepository(*m_db).find(m_admin.partnerId(), QStringLiteral("OC-7"), 1).value();
        QVERIFY(oc->documentType == DocumentType::OrderConfirmation); // stored, flagged as not counting
        QCOMPARE(AuditRepository(*m_db).list(m_admin.partnerId()).value().first().action,
                 QStringLiteral("purchase.import"));
    }

    void semicolonsDecimalCommaAndBom()
    {
        const QByteArray data =
            "\xEF\xBB\xBFInvoice;InvoiceDate;DocumentType;OMLPType;Units;KPIValue;Revenue\r\n"
            "INV-9;15/02/2021;invoice;Online labs;2;1,5;\"1.290,50\"\r\n";
        auto r = import(data);
        QVERIFY(r.ok() && r->ok());
        const Purchase p = stored().first();
        QCOMPARE(p.line, 1); // defaults to 1
        QCOMPARE(p.kpiValue, 1.5);
        QCOMPARE(p.revenueCents, 129050);
        QCOMPARE(p.invoiceDate, QDate(2021, 2, 15));
        QVERIFY(p.currency.isEmpty() && p.competency.isEmpty());
    }

    void everyBadRowListedAndNothingWritten()
    {
        QVERIFY(import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                       "KEEP-1,invoice,2021-01-01,x,1,1,1\n")
                    ->ok());
        m_db.reset();
        QFile file(m_location);
        const bool sqlite = !TestDatabase::wantsPostgres();
        QByteArray before;
        if (sqlite && file.open(QIODevice::ReadOnly))
            before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        m_db = std::move(Database::open(m_location)).value();

        const QByteArray data = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                                "INV-1,1,invoice,2021-02-30,x,1,1,100\n" // 2: impossible date
                                "INV-2,1,invoice,2021-01-10,x,0,1,100\n" // 3: units 0
                                "INV-3,1,invoice,2021-01-10,x,1,1,-5\n"  // 4: negative revenue
                                "INV-4,1,quote,2021-01-10,x,1,1,5\n"     // 5: unknown type
                                "INV-5,1,invoice,2021-04-01,x,1,1,5\n"   // 6: after today
                                "INV-6,1,invoice,2021-01-10,x,1,abc,5\n" // 7: not a number
                                "INV-7,1,invoice,2021-01-10,x,1,1,5\n"   // 8: fine
                                "KEEP-1,1,invoice,2021-01-02,x,1,1,1\n"; // 9: conflicts with the stored row
        auto r = import(data);
        QVERIFY(r.ok());
        QCOMPARE(r->added, 0);
        QCOMPARE(
            r->errors,
            (QList<RowError>{
                {2, QStringLiteral("invoiceDate"), QStringLiteral("INVALID_DATE"),
                 QStringLiteral("2021-02-30")},
                {3, QStringLiteral("units"), QStringLiteral("OUT_OF_RANGE"), QStringLiteral("0")},
                {4, QStringLiteral("revenue"), QStringLiteral("NEGATIVE_AMOUNT"), QStringLiteral("-5")},
                {5, QStringLiteral("documentType"), QStringLiteral("UNKNOWN_DOCUMENT_TYPE"),
                 QStringLiteral("quote")},
                {6, QStringLiteral("invoiceDate"), QStringLiteral("DATE_IN_FUTURE"),
                 QStringLiteral("2021-04-01")},
                {7, QStringLiteral("kpiValue"), QStringLiteral("INVALID_NUMBER"), QStringLiteral("abc")},
                {9, QStringLiteral("invoice"), QStringLiteral("CONFLICT"), QStringLiteral("KEEP-1/1")}}));
        QCOMPARE(stored().size(), 1);
        m_db.reset();
        if (sqlite) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        }
        m_db = std::move(Database::open(m_location)).value();
    }

    void conflictsAndIdempotentReimport()
    {
        const QByteArray data = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                                "INV-1,invoice,2021-01-01,x,1,1,1\n"
                                "INV-2,invoice,2021-01-02,x,2,2,2\n";
        QCOMPARE(import(data)->added, 2);
        auto again = import(data);
        QVERIFY(again->ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 2);
        auto conflict = import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                               "INV-3,invoice,2021-01-03,x,1,1,1\n"
                               "INV-2,invoice,2021-01-02,x,2,3,2\n");
        QCOMPARE(conflict->errors, (QList<RowError>{{3, QStringLiteral("invoice"), QStringLiteral("CONFLICT"),
                                                     QStringLiteral("INV-2/1")}}));
        QCOMPARE(stored().size(), 2); // INV-3 was rolled back with the rest
        // The same (invoice, line) twice in one file with other values is a conflict too.
        auto twice = import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                            "INV-4,invoice,2021-01-03,x,1,1,1\n"
                            "INV-4,invoice,2021-01-03,x,1,1,9\n");
        QCOMPARE(twice->errors.size(), 1);
        QCOMPARE(twice->errors.first().row, 3);
    }

    void sqliteRowsGoThroughTheSqliteApi()
    {
        // The fast path is not a silent fallback: on SQLite the rows go through the C API.
        auto writer = PurchaseWriter::open(*m_db, m_admin.partnerId(),
                                           [](int, const Purchase&, PurchaseWriter::Outcome) {});
        QVERIFY(writer.ok());
        QCOMPARE(writer.value()->usesSqliteApi(), !TestDatabase::wantsPostgres());
    }

    void eachStoredValueDecidesSameOrConflict_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<bool>("conflict");
        const QByteArray stored =
            "INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.50,EUR,Data Analytics";
        QTest::newRow("same") << stored << false;
        QTest::newRow("same, other forms")
            << QByteArray("INV-1,2,Invoice,05/01/2021, Università digitale ,3,1.50,1290.5,eur,Data Analytics")
            << false;
        QTest::newRow("document type")
            << QByteArray(
                   "INV-1,2,partnerReport,2021-01-05,Università digitale,3,1.5,1290.50,EUR,Data Analytics")
            << true;
        QTest::newRow("date")
            << QByteArray("INV-1,2,invoice,2021-01-06,Università digitale,3,1.5,1290.50,EUR,Data Analytics")
            << true;
        QTest::newRow("omlp type")
            << QByteArray("INV-1,2,invoice,2021-01-05,Universita digitale,3,1.5,1290.50,EUR,Data Analytics")
            << true;
        QTest::newRow("units")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,4,1.5,1290.50,EUR,Data Analytics")
            << true;
        QTest::newRow("kpi value")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,3,1.6,1290.50,EUR,Data Analytics")
            << true;
        QTest::newRow("revenue")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.51,EUR,Data Analytics")
            << true;
        QTest::newRow("currency")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.50,USD,Data Analytics")
            << true;
        QTest::newRow("no currency")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.50,,Data Analytics")
            << true;
        QTest::newRow("competency")
            << QByteArray("INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.50,EUR,Security")
            << true;
    }
    void eachStoredValueDecidesSameOrConflict()
    {
        // Every column of a stored (invoice, line) is compared, on SQLite by the C API's own
        // comparison of UTF-8 bytes (accented text included).
        QFETCH(QByteArray, row);
        QFETCH(bool, conflict);
        const QByteArray header =
            "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n";
        QVERIFY(import(header +
                       "INV-1,2,invoice,2021-01-05,Università digitale,3,1.5,1290.50,EUR,Data Analytics\n")
                    ->ok());
        const auto kept =
            PurchaseRepository(*m_db).find(m_admin.partnerId(), QStringLiteral("INV-1"), 2).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->omlpType,
                 QStringLiteral("Università digitale")); // written as UTF-8, read back by Qt SQL

        // Once as the only row, once after the file is already refused (compared, not written).
        auto again = import(header + row + '\n');
        auto refused = import(header + "INV-0,1,invoice,2021-01-05,x,0,1,1,,\n" + row + '\n');
        QVERIFY(again.ok() && refused.ok());
        if (conflict) {
            QCOMPARE(again->errors,
                     (QList<RowError>{{2, QStringLiteral("invoice"), QStringLiteral("CONFLICT"),
                                       QStringLiteral("INV-1/2")}}));
            QCOMPARE(refused->errors.size(), 2);
            QCOMPARE(refused->errors.last(),
                     (RowError{3, QStringLiteral("invoice"), QStringLiteral("CONFLICT"),
                               QStringLiteral("INV-1/2")}));
        } else {
            QVERIFY(again->ok());
            QCOMPARE(again->added, 0);
            QCOMPARE(again->unchanged, 1);
            QCOMPARE(refused->errors.size(), 1); // only the bad row
        }
        QCOMPARE(stored(), QList<Purchase>{*kept}); // nothing else written
    }

    void batchedRowsKeepEachRowsOutcome()
    {
        // On SQLite rows go 64 to a statement; a batch that meets a stored row is undone and
        // written row by row. Every row still gets the outcome it would get alone.
        const QByteArray header = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        auto row = [](const QByteArray& invoice, const char* revenue = "430") {
            return invoice + ",invoice,2021-01-10,Official courseware,1,1," + revenue + "\n";
        };
        QByteArray stored10 = header;
        for (int i = 0; i < 10; ++i)
            stored10 += row("INV-S" + QByteArray::number(i));
        QCOMPARE(import(stored10)->added, 10);

        // 1000 rows: 10 stored already (lines 102-111), two repeat an earlier line of the file.
        QByteArray mixed = header;
        for (int i = 0; i < 1000; ++i) {
            if (i >= 100 && i < 110)
                mixed += row("INV-S" + QByteArray::number(i - 100));
            else if (i == 500 || i == 700)
                mixed += row("INV-B" + QByteArray::number(i == 500 ? 20 : 30));
            else
                mixed += row("INV-B" + QByteArray::number(i));
        }
        auto r = import(mixed);
        QVERIFY(r.ok() && r->ok());
        QCOMPARE(r->added, 988);
        QCOMPARE(r->unchanged, 12);
        QCOMPARE(stored().size(), 998);

        // A conflict in the second batch refuses the file: the rows after it are only compared
        // (INV-C3 was written before, so its other values conflict; INV-C100 was not).
        QByteArray refused = header;
        for (int i = 0; i < 300; ++i) {
            if (i == 70)
                refused += row("INV-B5", "431");
            else if (i == 150)
                refused += "INV-C150,invoice,2021-01-10,x,0,1,1\n";
            else if (i == 200)
                refused += row("INV-C3", "1");
            else if (i == 250)
                refused += row("INV-C100", "1");
            else
                refused += row("INV-C" + QByteArray::number(i));
        }
        auto c = import(refused);
        QVERIFY(c.ok());
        QCOMPARE(
            c->errors,
            (QList<RowError>{
                {72, QStringLiteral("invoice"), QStringLiteral("CONFLICT"), QStringLiteral("INV-B5/1")},
                {152, QStringLiteral("units"), QStringLiteral("OUT_OF_RANGE"), QStringLiteral("0")},
                {202, QStringLiteral("invoice"), QStringLiteral("CONFLICT"), QStringLiteral("INV-C3/1")}}));
        QCOMPARE(stored().size(), 998);

        auto again = import(mixed); // all stored: every batch meets stored rows
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 1000);
    }

    void bulkLoadBuildsTheIndexesAgainOrRollsBack()
    {
        // SQLite: a file bigger than the table (and of 50,000 rows or more) is written without
        // the date index, which is built again before the commit; a refused, cancelled or
        // unfinished load rolls back with the index where it was.
        if (TestDatabase::wantsPostgres())
            QSKIP("a bulk load is SQLite's");
        auto indexSql = [&] {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'purchases'"));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString indexes = indexSql();
        QVERIFY(indexes.contains(QLatin1String("purchases_ledger")));
        auto report = [](int, const Purchase&, PurchaseWriter::Outcome) {};
        bool smallIsBulk = true, bigIsBulk = false;
        (void)m_db->transaction([&]() -> Status {
            smallIsBulk =
                PurchaseWriter::open(*m_db, m_admin.partnerId(), report, 1000).value()->isBulkLoad();
            auto big = PurchaseWriter::open(*m_db, m_admin.partnerId(), report, 1000000);
            bigIsBulk = big.value()->isBulkLoad();
            return big.value()->finish();
        });
        QVERIFY(!smallIsBulk);
        QVERIFY(bigIsBulk);
        QVERIFY(!PurchaseWriter::open(*m_db, m_admin.partnerId(), report, 1000000)
                     .value()
                     ->isBulkLoad()); // no transaction
        QCOMPARE(indexSql(), indexes);

        // A writer left without finish() (its index set aside by a first batch) dooms the
        // transaction, whatever the work says.
        bool aside = false;
        Status unfinished = m_db->transaction([&]() -> Status {
            auto writer = PurchaseWriter::open(*m_db, m_admin.partnerId(), report, 1000000);
            for (int i = 0; i < PurchaseWriter::kBatchRows; ++i) {
                Purchase p;
                p.invoice = QStringLiteral("LOST-%1").arg(i);
                p.invoiceDate = QDate(2021, 1, 1);
                p.omlpType = QStringLiteral("x");
                if (Status s = writer.value()->write(i + 2, p); !s)
                    return s;
            }
            aside = !indexSql().contains(QLatin1String("purchases_ledger"));
            return {};
        });
        QVERIFY(aside);
        QVERIFY(!unfinished.ok());
        QCOMPARE(indexSql(), indexes);
        QVERIFY(stored().isEmpty());

        QByteArray data = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < 80000; ++i)
            data += "INV-" + QByteArray::number(i) + ",1,invoice," +
                    QDate(2020, 1, 1).addDays(i % 400).toString(Qt::ISODate).toLatin1() +
                    ",Official courseware,1,1,430\n";
        auto refused = import(data + "BAD,1,invoice,2021-01-10,x,1,1,-1\n");
        QCOMPARE(refused->errors.size(), 1);
        QCOMPARE(indexSql(), indexes);
        QVERIFY(stored().isEmpty());

        auto r = import(data);
        QVERIFY(r.ok() && r->ok());
        QCOMPARE(r->added, 80000);
        QCOMPARE(indexSql(), indexes);
        QCOMPARE(m_db->integrityCheck().value(), QStringLiteral("ok"));
        LedgerFilter january;
        january.from = QDate(2020, 1, 1);
        january.to = QDate(2020, 1, 31);
        QCOMPARE(LedgerService(*m_db).count(m_admin, m_admin.partnerId(), january, kToday).value(),
                 80000 / 400 * 31);
        QCOMPARE(import(data)->unchanged, 80000); // and again: every row unchanged
        QCOMPARE(indexSql(), indexes);
    }

    void refusedAfterManyWrittenRowsLeavesTheFileAsItWas()
    {
        // Thousands of rows are written before the last one refuses the file: the transaction
        // Qt SQL opened rolls back what the C API wrote, and the file is byte for byte as before.
        m_db.reset();
        const bool sqlite = !TestDatabase::wantsPostgres();
        auto hash = [&] {
            QFile file(m_location);
            return sqlite && file.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = hash();
        m_db = std::move(Database::open(m_location)).value();
        QByteArray data = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < 5000; ++i)
            data += "INV-" + QByteArray::number(i) + ",1,invoice,2021-01-10,Official courseware,1,1,430\n";
        data += "INV-X,1,invoice,2021-01-10,x,1,1,-1\n"; // line 5002: negative revenue
        auto r = import(data);
        QVERIFY(r.ok());
        QCOMPARE(r->errors, (QList<RowError>{{5002, QStringLiteral("revenue"),
                                              QStringLiteral("NEGATIVE_AMOUNT"), QStringLiteral("-1")}}));
        QCOMPARE(r->added, 0);
        QVERIFY(stored().isEmpty());
        QCOMPARE(importsAudited(), 0);
        m_db.reset();
        if (sqlite)
            QCOMPARE(hash(), before);
        m_db = std::move(Database::open(m_location)).value();
        QVERIFY(stored().isEmpty());
    }

    void cancelAfterRowsWereWrittenRollsThemBack()
    {
        // Two chunks of the file: the rows of the first are written, Cancel comes with its
        // progress report, the second chunk's first row stops the import.
        QByteArray data = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; data.size() < (3 << 19); ++i)
            data += "INV-" + QByteArray::number(i) + ",invoice,2021-01-01,Official courseware,1,1,1\n";
        std::atomic_bool cancel{false};
        Csv csv(data);
        LedgerService::ImportOptions options{kToday, QStringLiteral("test.csv"), {}, &cancel};
        options.progress = [&](qint64) { cancel = true; };
        auto r = LedgerService(*m_db).importInvoices(m_admin, m_admin.partnerId(), csv.buffer, options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("CANCELLED"));
        QVERIFY(stored().isEmpty());
        QCOMPARE(importsAudited(), 0);
    }

    void spacesBeyondAsciiAreTrimmedToo()
    {
        // A spreadsheet's no-break spaces around values are trimmed like ordinary ones; text
        // beyond ASCII is kept as it is.
        const QByteArray nbsp = "\xC2\xA0";
        auto r = import(
            "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n"
            "FATT-è1," +
            nbsp + "2" + nbsp + "," + nbsp + "invoice,2021-01-05" + nbsp + ",Corso ufficiale," + nbsp +
            "3,1.5" + nbsp + "," + nbsp + "1290.50,eur" + nbsp +
            ",Analisi dei dati\n"
            "X-1,1,invoice,2021-01-05,x,1,1.5\xE2\x82\xAC,1,,\n"); // a euro sign is no space
        QVERIFY(r.ok());
        QCOMPARE(r->errors, (QList<RowError>{{3, QStringLiteral("kpiValue"), QStringLiteral("INVALID_NUMBER"),
                                              QString::fromUtf8("1.5\xE2\x82\xAC")}}));
        QVERIFY(
            import(
                "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n"
                "FATT-è1," +
                nbsp + "2" + nbsp + "," + nbsp + "invoice,2021-01-05" + nbsp + ",Corso ufficiale," + nbsp +
                "3,1.5" + nbsp + "," + nbsp + "1290.50,eur" + nbsp + ",Analisi dei dati\n")
                ->ok());
        const auto p =
            PurchaseRepository(*m_db).find(m_admin.partnerId(), QString::fromUtf8("FATT-è1"), 2).value();
        QVERIFY(p.has_value());
        QCOMPARE(p->units, 3);
        QCOMPARE(p->kpiValue, 1.5);
        QCOMPARE(p->revenueCents, 129050);
        QCOMPARE(p->currency, QStringLiteral("EUR"));
        QCOMPARE(p->invoiceDate, QDate(2021, 1, 5));
    }

    void missingColumnAndNotCsv()
    {
        auto missing = import(
            "invoice,documentType,invoiceDate,omlpType,units,revenue\nINV-1,invoice,2021-01-01,x,1,1\n");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("CSV_MISSING_COLUMN"));
        QCOMPARE(missing.error().args, QStringList{QStringLiteral("\"kpiValue\"")});
        auto broken =
            import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n\"INV-1,invoice\n");
        QCOMPARE(broken.error().code, QStringLiteral("CSV_MALFORMED"));
        QVERIFY(stored().isEmpty());
    }

    void cancelWritesNothing()
    {
        QByteArray data = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < 500; ++i)
            data += "INV-" + QByteArray::number(i) + ",invoice,2021-01-01,x,1,1,1\n";
        std::atomic_bool cancel{true};
        auto r = import(data, &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("CANCELLED"));
        QVERIFY(stored().isEmpty());
    }

    void onlyPartnerRolesImport()
    {
        auto viewer = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                          .addUser(m_admin, {QStringLiteral("luca"), Role::Viewer, m_admin.partnerId(),
                                             QStringLiteral("a long passphrase")});
        Csv csv("invoice\n");
        auto r = LedgerService(*m_db).importInvoices(Session{viewer.value()}, m_admin.partnerId(), csv.buffer,
                                                     {kToday});
        QCOMPARE(r.error().code, QStringLiteral("PERMISSION_DENIED"));
        Csv other("invoice\n");
        QCOMPARE(LedgerService(*m_db)
                     .importInvoices(m_admin, m_admin.partnerId() + 1, other.buffer, {kToday})
                     .error()
                     .code,
                 QStringLiteral("PERMISSION_DENIED"));
    }

    void headerNamesEveryMissingAndUnknownColumn()
    {
        // Two columns misspelt, one left out: all three missing ones and both unknown ones at once.
        auto r =
            import("Invoce,documentType,invoiceDate,omlpType,unit,revenue\nINV-1,invoice,2021-01-01,x,1,1\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("CSV_MISSING_COLUMN"));
        QCOMPARE(r.error().args, (QStringList{QStringLiteral("\"invoice\", \"units\", \"kpiValue\""),
                                              QStringLiteral("\"Invoce\", \"unit\"")}));
        const QString said = Messages::text(r.error());
        for (const char* name : {"invoice", "units", "kpiValue", "Invoce", "unit"})
            QVERIFY2(said.contains(QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"')),
                     qPrintable(said));
    }

    void problemsAndRowsCountedApart()
    {
        QVERIFY(Translations::install(QStringLiteral("en"))); // the plural forms are the translation's
        // Four problems on two rows: "4 problems on 2 rows", not "4 bad rows".
        auto r = import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                        "A,quote,2021-13-45,x,0,1,1\n"   // three problems
                        "B,invoice,2021-01-01,x,1,1,1\n" // fine
                        "C,invoice,2021-01-01,x,1,abc,1\n");
        QVERIFY(r.ok());
        QCOMPARE(r->problems(), 4);
        QCOMPARE(r->badRows, 2);
        QCOMPARE(Messages::importRefused(r->problems(), r->badRows),
                 QStringLiteral("The file has 4 problems on 2 rows; nothing was written."));
        QCOMPARE(Messages::importRefused(1, 1),
                 QStringLiteral("The file has 1 problem on 1 row; nothing was written."));
        QVERIFY(stored().isEmpty());
    }

    void textFieldsHaveLimitsAndNoControlCharacters()
    {
        const QByteArray header = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        const QByteArray longest(200, 'T');
        // 200 characters are taken (the bound), 201 are not; a NUL in an invoice number is refused.
        QVERIFY(import(header + "L-1,invoice,2021-01-01," + longest + ",1,1,1\n")->ok());
        auto r =
            import(header + "L-2,invoice,2021-01-01," + longest + "T,1,1,1\n" +
                   QByteArray("IN\0V,invoice,2021-01-01,x,1,1,1\n", 32) + "L-3,invoice,2021-01-01,x,1,1,1\n");
        QVERIFY(r.ok());
        QCOMPARE(r->errors.size(), 2);
        QCOMPARE(r->errors[0].row, 2);
        QCOMPARE(r->errors[0].column, QStringLiteral("omlpType"));
        QCOMPARE(r->errors[0].code, QStringLiteral("TEXT_TOO_LONG"));
        QCOMPARE(r->errors[0].value.size(), 81); // quoted to 80 characters and "…"
        QCOMPARE(r->errors[1].row, 3);
        QCOMPARE(r->errors[1].column, QStringLiteral("invoice"));
        QCOMPARE(r->errors[1].code, QStringLiteral("CONTROL_CHARACTER"));
        QCOMPARE(stored().size(), 1);
        // A 50 MB field: the error quotes 80 characters of it, not 50 MB.
        auto huge =
            import(header + "H-1,invoice,2021-01-01," + QByteArray(50 * 1024 * 1024, 'x') + ",1,1,1\n");
        QVERIFY(huge.ok());
        QCOMPARE(huge->errors.size(), 1);
        QCOMPARE(huge->errors[0].value, QString(80, QLatin1Char('x')) + QChar(0x2026));
        QVERIFY(Messages::text({huge->errors[0].code, {}, {huge->errors[0].value}}).size() < 200);
    }

    void amountsAndCountsAtTheirBounds()
    {
        const QByteArray header = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        // The bounds themselves are taken (docs/rules.md#input-bounds) ...
        QVERIFY(
            import(header + "B-1,invoice,2021-01-01,x,2000000000,10000000000000,10000000000000.00\n")->ok());
        // ... one past each is refused as out of range, never wrapped or cut.
        auto r = import(header +
                        "B-2,invoice,2021-01-01,x,2000000001,1,1\n"
                        "B-3,invoice,2021-01-01,x,1,10000000000000.01,1\n"
                        "B-4,invoice,2021-01-01,x,1,1,10000000000000.01\n"
                        "B-5,invoice,2021-01-01,x,99999999999999999999,1,1\n"
                        "B-6,invoice,2021-01-01,x,1," +
                        QByteArray(301, '9') + ",1\n");
        QVERIFY(r.ok());
        QCOMPARE(r->errors.size(), 5);
        for (const RowError& e : r->errors)
            QCOMPARE(e.code, QStringLiteral("OUT_OF_RANGE"));
        QCOMPARE(r->errors[0].column, QStringLiteral("units"));
        QCOMPARE(r->errors[1].column, QStringLiteral("kpiValue"));
        QCOMPARE(r->errors[2].column, QStringLiteral("revenue"));
        QCOMPARE(r->errors[3].column, QStringLiteral("units"));
        QCOMPARE(r->errors[4].column, QStringLiteral("kpiValue"));
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().units, 2000000000);
        QCOMPARE(stored().first().revenueCents, Q_INT64_C(1000000000000000));
    }

    void exportNeutralisesFormulasAndReimportsThem()
    {
        // Stored texts a spreadsheet would run: the export writes them as text ('=...), and our own
        // import of our own export gives back exactly what was stored.
        QVERIFY(
            import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n"
                   "\"=cmd|' /C calc'!A0\",invoice,2021-01-01,+SUM(1;2),1,1,1,,@Data\n"
                   "-2,invoice,2021-01-02,'quoted,1,1,1,,'=x\n")
                ->ok());
        auto withoutIds = [](QList<Purchase> list) {
            for (Purchase& p : list)
                p.id = 0;
            return list;
        };
        const QList<Purchase> before = withoutIds(stored());
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.first().invoice, QStringLiteral("=cmd|' /C calc'!A0"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(LedgerService(*m_db).exportCsv(m_admin, m_admin.partnerId(), {}, out, kToday).ok());
        const QByteArray written = out.data();
        QVERIFY(written.contains("\n'=cmd|' /C calc'!A0,"));
        QVERIFY(written.contains(",'+SUM(1;2),"));
        QVERIFY(written.contains(",'@Data,"));
        QVERIFY(written.contains("\n'-2,"));
        QVERIFY(written.contains(",''quoted,"));
        QVERIFY(written.contains(",'=x,")); // the file's '=x was read as =x, as our own export writes it
        for (const QByteArray& line : written.split('\n')) {
            for (const QByteArray& cell : line.split(',')) {
                const QByteArray c = cell.startsWith('"') ? cell.mid(1) : cell;
                QVERIFY2(c.isEmpty() || !QByteArray("=+-@").contains(c.at(0)), line.constData());
            }
        }
        m_db.reset();
        LP_FRESH_DATABASE(m_fixture, again);
        m_db = std::move(Database::open(again)).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 5, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
        auto back = import(written);
        QVERIFY(back.ok());
        QVERIFY2(back->ok(), back->ok() ? "" : qPrintable(back->errors.first().code));
        QCOMPARE(withoutIds(stored()), before);
    }

    void verdictFiltersAndExport()
    {
        // On 2021-03-20 the latest report is 15 March: window March 2020 - February 2021.
        QVERIFY(import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                       "IN,invoice,2020-06-01,x,1,1,10.5\n"
                       "NEW,invoice,2021-03-02,x,1,2,1\n"
                       "OLD,invoice,2020-02-29,x,1,3,1\n"
                       "OC,orderConfirmation,2020-06-01,x,1,4,1\n")
                    ->ok());
        LedgerService ledger(*m_db);
        auto countOf = [&](LedgerFilter::Verdict v) {
            LedgerFilter f;
            f.verdict = v;
            return ledger.count(m_admin, m_admin.partnerId(), f, kToday).value();
        };
        QCOMPARE(countOf(LedgerFilter::Verdict::Any), 4);
        QCOMPARE(countOf(LedgerFilter::Verdict::Counted), 1);
        QCOMPARE(countOf(LedgerFilter::Verdict::Pending), 1);
        QCOMPARE(countOf(LedgerFilter::Verdict::NotCounted), 2);
        // The SQL filter and the engine's verdict on each row agree.
        LedgerFilter counted;
        counted.verdict = LedgerFilter::Verdict::Counted;
        const auto rows =
            ledger.page(m_admin, m_admin.partnerId(), counted, std::nullopt, 10, kToday).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().purchase.invoice, QStringLiteral("IN"));
        QVERIFY(!rows.first().reason);

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(ledger.exportCsv(m_admin, m_admin.partnerId(), {}, out, kToday).ok());
        const QList<QByteArray> lines = out.data().split('\n');
        QVERIFY(lines.first().startsWith("invoice,line,documentType,invoiceDate"));
        QVERIFY(out.data().contains("NEW,1,invoice,2021-03-02,x,1,2,1.00,,,NOT_YET_REPORTED,2021-04-15"));
        QVERIFY(out.data().contains("IN,1,invoice,2020-06-01,x,1,1,10.50,,,COUNTED,"));
        QVERIFY(out.data().contains("OC,1,orderConfirmation,2020-06-01,x,1,4,1.00,,,NOT_INVOICE,"));

        // Progress after each page; false from it stops the export with CANCELLED.
        QByteArray more = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < LedgerService::kPageSize + 10; ++i)
            more += "P-" + QByteArray::number(i) + ",invoice,2020-07-01,x,1,1,1\n";
        QVERIFY(import(more)->ok());
        QList<qint64> heard;
        QBuffer all;
        all.open(QIODevice::WriteOnly);
        QVERIFY(ledger
                    .exportCsv(m_admin, m_admin.partnerId(), {}, all, kToday,
                               [&](qint64 n) {
                                   heard << n;
                                   return true;
                               })
                    .ok());
        QCOMPARE(heard, (QList<qint64>{LedgerService::kPageSize, LedgerService::kPageSize + 14}));
        QCOMPARE(all.data().count('\n'), 1 + LedgerService::kPageSize + 14);
        QBuffer stopped;
        stopped.open(QIODevice::WriteOnly);
        const Status cancelled =
            ledger.exportCsv(m_admin, m_admin.partnerId(), {}, stopped, kToday, [](qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("CANCELLED"));
    }

    void everySeekGivesTheRowsOfItsPlace()
    {
        // 23 rows over 5 dates (several rows a date: the id breaks the ties), pages of 4.
        QByteArray csv = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < 23; ++i)
            csv += "S-" + QByteArray::number(i) + ",invoice,2021-01-0" + QByteArray::number(1 + i % 5) +
                   ",x,1,1,1\n";
        QVERIFY(import(csv)->ok());
        LedgerService ledger(*m_db);
        using Seek = LedgerService::Seek;
        auto names = [](const QList<LedgerRow>& rows) {
            QStringList n;
            for (const LedgerRow& r : rows)
                n << r.purchase.invoice;
            return n;
        };
        auto page = [&](const Seek& seek, int limit) {
            auto rows = ledger.page(m_admin, m_admin.partnerId(), {}, seek, limit, kToday);
            return rows ? rows.value() : QList<LedgerRow>();
        };
        const QList<LedgerRow> all = page(Seek{}, 100);
        QCOMPARE(all.size(), 23);
        for (int i = 1; i < all.size(); ++i) { // newest first, then the higher id
            const Purchase& a = all[i - 1].purchase;
            const Purchase& b = all[i].purchase;
            QVERIFY(a.invoiceDate > b.invoiceDate || (a.invoiceDate == b.invoiceDate && a.id > b.id));
        }
        for (int at = 0; at < all.size(); ++at) {
            // From an offset, after the row before, before the row after: the same rows.
            const QStringList expected = names(all.mid(at, 4));
            QCOMPARE(names(page(Seek{Seek::From::Offset, at, {}}, 4)), expected);
            if (at > 0)
                QCOMPARE(names(page(Seek{Seek::From::After, 0, all[at - 1].purchase}, 4)), expected);
            if (at + 4 < all.size())
                QCOMPARE(names(page(Seek{Seek::From::Before, 0, all[at + 4].purchase}, 4)), expected);
        }
        // Before the first row and after the last: nothing.
        QVERIFY(page(Seek{Seek::From::Before, 0, all.first().purchase}, 4).isEmpty());
        QVERIFY(page(Seek{Seek::From::After, 0, all.last().purchase}, 4).isEmpty());
        QVERIFY(page(Seek{Seek::From::Offset, 23, {}}, 4).isEmpty());
        // Fewer than a page before the third row: the two newest.
        QCOMPARE(names(page(Seek{Seek::From::Before, 0, all[2].purchase}, 4)), names(all.mid(0, 2)));
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("comma");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << "430" << false << qint64(43000);
        QTest::newRow("two decimals") << "1290.50" << false << qint64(129050);
        QTest::newRow("round half up") << "0.005" << false << qint64(1);
        QTest::newRow("round down") << "0.004" << false << qint64(0);
        QTest::newRow("decimal comma") << "1290,5" << true << qint64(129050);
        QTest::newRow("thousands") << "1.290,50" << true << qint64(129050);
        QTest::newRow("negative") << "-2.50" << false << qint64(-250);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, comma);
        QFETCH(qint64, cents);
        QCOMPARE(InvoiceCsvReader::parseCents(text, comma), std::optional<qint64>(cents));
    }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
