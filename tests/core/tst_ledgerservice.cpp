// Invoice import (formats.md "Invoice CSV"): quoting, embedded line breaks, BOM, ';' with
// decimal commas, both date forms; every bad row listed and nothing written (the database
// file byte-identical); idempotent re-import, conflicts, cancel, permissions.
#include "services/accountservice.h"
#include "io/invoicecsvreader.h"
#include "services/ledgerservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
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

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_location = location;
        m_db = std::move(Database::open(location)).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"), QStringLiteral("IT"),
                                         QDate(2021, 5, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
    }
    void cleanup() { m_db.reset(); }

    void commaFileWithQuotesAndLineBreaks()
    {
        const QByteArray data = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency,notes\n"
                                "INV-1,1,invoice,2021-01-05,\"Official courseware, Azure\",3,3,1290.50,eur,Data Analytics,\"two\nlines\"\n"
                                "INV-1,2,invoice,05/01/2021,MOC On-Demand,1,0.5,430,EUR,,x\n"
                                "OC-7,1,orderConfirmation,2021-02-01,Official courseware,2,2,860,EUR,Data Analytics,\n";
        auto r = import(data);
        QVERIFY(r.ok());
        QVERIFY2(r->ok(), qPrintable(r->errors.isEmpty() ? QString() : r->errors.first().code + r->errors.first().column));
        QCOMPARE(r->added, 3);
        const QList<Purchase> rows = stored();
        QCOMPARE(rows.size(), 3);
        const Purchase& first = rows[0].invoice == QLatin1String("INV-1") && rows[0].line == 1 ? rows[0] : rows[1];
        QCOMPARE(first.omlpType, QStringLiteral("Official courseware, Azure"));
        QCOMPARE(first.revenueCents, 129050);
        QCOMPARE(first.currency, QStringLiteral("EUR"));
        QCOMPARE(first.invoiceDate, QDate(2021, 1, 5));
        auto second = PurchaseRepository(*m_db).find(m_admin.partnerId(), QStringLiteral("INV-1"), 2).value();
        QCOMPARE(second->invoiceDate, QDate(2021, 1, 5)); // DD/MM/YYYY
        QCOMPARE(second->kpiValue, 0.5);
        auto oc = PurchaseRepository(*m_db).find(m_admin.partnerId(), QStringLiteral("OC-7"), 1).value();
        QVERIFY(oc->documentType == DocumentType::OrderConfirmation); // stored, flagged as not counting
        QCOMPARE(AuditRepository(*m_db).list(m_admin.partnerId()).value().first().action, QStringLiteral("purchase.import"));
    }

    void semicolonsDecimalCommaAndBom()
    {
        const QByteArray data = "\xEF\xBB\xBFInvoice;InvoiceDate;DocumentType;OMLPType;Units;KPIValue;Revenue\r\n"
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
                                "INV-1,1,invoice,2021-02-30,x,1,1,100\n"          // 2: impossible date
                                "INV-2,1,invoice,2021-01-10,x,0,1,100\n"          // 3: units 0
                                "INV-3,1,invoice,2021-01-10,x,1,1,-5\n"           // 4: negative revenue
                                "INV-4,1,quote,2021-01-10,x,1,1,5\n"              // 5: unknown type
                                "INV-5,1,invoice,2021-04-01,x,1,1,5\n"            // 6: after today
                                "INV-6,1,invoice,2021-01-10,x,1,abc,5\n"          // 7: not a number
                                "INV-7,1,invoice,2021-01-10,x,1,1,5\n"            // 8: fine
                                "KEEP-1,1,invoice,2021-01-02,x,1,1,1\n";          // 9: conflicts with the stored row
        auto r = import(data);
        QVERIFY(r.ok());
        QCOMPARE(r->added, 0);
        QCOMPARE(r->errors, (QList<RowError>{{2, QStringLiteral("invoiceDate"), QStringLiteral("INVALID_DATE"), QStringLiteral("2021-02-30")},
                                             {3, QStringLiteral("units"), QStringLiteral("OUT_OF_RANGE"), QStringLiteral("0")},
                                             {4, QStringLiteral("revenue"), QStringLiteral("NEGATIVE_AMOUNT"), QStringLiteral("-5")},
                                             {5, QStringLiteral("documentType"), QStringLiteral("UNKNOWN_DOCUMENT_TYPE"), QStringLiteral("quote")},
                                             {6, QStringLiteral("invoiceDate"), QStringLiteral("DATE_IN_FUTURE"), QStringLiteral("2021-04-01")},
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
        QCOMPARE(conflict->errors, (QList<RowError>{{3, QStringLiteral("invoice"), QStringLiteral("CONFLICT"), QStringLiteral("INV-2/1")}}));
        QCOMPARE(stored().size(), 2); // INV-3 was rolled back with the rest
        // The same (invoice, line) twice in one file with other values is a conflict too.
        auto twice = import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                            "INV-4,invoice,2021-01-03,x,1,1,1\n"
                            "INV-4,invoice,2021-01-03,x,1,1,9\n");
        QCOMPARE(twice->errors.size(), 1);
        QCOMPARE(twice->errors.first().row, 3);
    }

    void missingColumnAndNotCsv()
    {
        auto missing = import("invoice,documentType,invoiceDate,omlpType,units,revenue\nINV-1,invoice,2021-01-01,x,1,1\n");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("CSV_MISSING_COLUMN"));
        QCOMPARE(missing.error().args, QStringList{QStringLiteral("kpiValue")});
        auto broken = import("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n\"INV-1,invoice\n");
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
                          .addUser(m_admin, {QStringLiteral("luca"), Role::Viewer, m_admin.partnerId(), QStringLiteral("a long passphrase")});
        Csv csv("invoice\n");
        auto r = LedgerService(*m_db).importInvoices(Session{viewer.value()}, m_admin.partnerId(), csv.buffer, {kToday});
        QCOMPARE(r.error().code, QStringLiteral("PERMISSION_DENIED"));
        Csv other("invoice\n");
        QCOMPARE(LedgerService(*m_db).importInvoices(m_admin, m_admin.partnerId() + 1, other.buffer, {kToday}).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
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
        const auto rows = ledger.page(m_admin, m_admin.partnerId(), counted, std::nullopt, 10, kToday).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().purchase.invoice, QStringLiteral("IN"));
        QVERIFY(rows.first().reason.isEmpty());

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(ledger.exportCsv(m_admin, m_admin.partnerId(), {}, out, kToday).ok());
        const QList<QByteArray> lines = out.data().split('\n');
        QVERIFY(lines.first().startsWith("invoice,line,documentType,invoiceDate"));
        QVERIFY(out.data().contains("NEW,1,invoice,2021-03-02,x,1,2,1.00,,,NOT_YET_REPORTED,2021-04-15"));
        QVERIFY(out.data().contains("IN,1,invoice,2020-06-01,x,1,1,10.50,,,COUNTED,"));
        QVERIFY(out.data().contains("OC,1,orderConfirmation,2020-06-01,x,1,4,1.00,,,NOT_INVOICE,"));
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
