// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The invoice import's writers (core/storage/purchasewriter.h) on both engines: the same rows give
// the same outcomes whether SQLite's C API writes them or PostgreSQL's COPY into a staging table
// followed by set-based statements (docs/architecture.md#invoice-import). COPY specifics: a
// conflict found inside the staged rows, every conflict of a file reported, a refused file leaving
// every table as it was, text with tabs, line breaks, backslashes and quotes surviving COPY's
// escaping, rows across the staging table's chunks.
#include "services/accountservice.h"
#include "services/ledgerservice.h"
#include "storage/database.h"
#include "storage/postgrespurchasewriter.h"
#include "storage/purchaserepository.h"
#include "storage/purchasewriter.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

const QDate kToday(2021, 3, 20);
const QByteArray kHeader = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";

QByteArray row(const QByteArray& invoice, int line = 1, const char* revenue = "430")
{
    return invoice + ',' + QByteArray::number(line) + ",invoice,2021-01-10,Official courseware,1,1," +
           revenue + '\n';
}

} // namespace

class TestPurchaseWriter : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;

    Result<ImportSummary> import(const QByteArray& data)
    {
        QByteArray bytes = data;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return LedgerService(*m_db).importInvoices(m_admin, m_admin.partnerId(), buffer,
                                                   {kToday, QStringLiteral("test.csv")});
    }
    QList<Purchase> stored() { return PurchaseRepository(*m_db).list(m_admin.partnerId()).value(); }
    qint64 rowsOf(const QString& table)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong()
                                                                                   : -1;
    }
    static RowError conflict(int line, const QString& key)
    {
        return {line, QStringLiteral("invoice"), QStringLiteral("CONFLICT"), key};
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 5, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
    }
    void cleanup() { m_db.reset(); }

    void eachEngineItsFastWriter()
    {
        // Not a silent fallback to Qt SQL row by row: SQLite's C API, or PostgreSQL's COPY.
        auto writer = PurchaseWriter::open(*m_db, m_admin.partnerId(),
                                           [](int, const Purchase&, PurchaseWriter::Outcome) {});
        QVERIFY(writer.ok());
        QCOMPARE(writer.value()->usesSqliteApi(), !TestDatabase::wantsPostgres());
        QCOMPARE(writer.value()->usesCopy(), TestDatabase::wantsPostgres());
    }

    void conflictInsideTheFileIsFoundAndEveryConflictReported()
    {
        QVERIFY(import(kHeader + row("INV-S"))->ok());
        // Line 3 repeats line 2 with the same values (unchanged), line 5 repeats line 4 with
        // another revenue, line 7 contradicts the stored INV-S, line 8 repeats line 4 again.
        auto r = import(kHeader + row("INV-A") + row("INV-A") + row("INV-B") + row("INV-B", 1, "9") +
                        row("INV-C") + row("INV-S", 1, "1") + row("INV-B", 1, "8"));
        QVERIFY(r.ok());
        QCOMPARE(r->errors, (QList<RowError>{conflict(5, QStringLiteral("INV-B/1")),
                                             conflict(7, QStringLiteral("INV-S/1")),
                                             conflict(8, QStringLiteral("INV-B/1"))}));
        QCOMPARE(r->added, 0);
        QCOMPARE(stored().size(), 1);

        // The same file without its conflicts: every row's outcome as the other writers give it.
        auto fine =
            import(kHeader + row("INV-A") + row("INV-A") + row("INV-B") + row("INV-S") + row("INV-B"));
        QVERIFY(fine.ok() && fine->ok());
        QCOMPARE(fine->added, 2);
        QCOMPARE(fine->unchanged, 3);
        QCOMPARE(stored().size(), 3);
    }

    void rowsAfterTheRefusalAreOnlyCompared()
    {
        // After the first conflict nothing more is written: a later repeat of a row first seen
        // after it has nothing to differ from (no conflict), one of a row seen before it has.
        auto r = import(kHeader + row("INV-1") + row("INV-S") + row("INV-S", 1, "2") + row("INV-2") +
                        row("INV-2", 1, "5") + row("INV-1", 1, "5"));
        QVERIFY(r.ok());
        QCOMPARE(r->errors, (QList<RowError>{conflict(4, QStringLiteral("INV-S/1")),
                                             conflict(7, QStringLiteral("INV-1/1"))}));
        QVERIFY(stored().isEmpty());
    }

    void refusedFileLeavesEveryTableAsItWas()
    {
        QVERIFY(import(kHeader + row("INV-1") + row("INV-2"))->ok());
        const QList<Purchase> before = stored();
        const qint64 audit = rowsOf(QStringLiteral("audit_log"));
        // A bad row at the end refuses rows that COPY staged and the set-based insert wrote.
        QByteArray data = kHeader;
        for (int i = 0; i < 3000; ++i)
            data += row("NEW-" + QByteArray::number(i));
        data += row("INV-3", 1, "-1");
        auto r = import(data);
        QVERIFY(r.ok());
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors.first().code, QStringLiteral("NEGATIVE_AMOUNT"));
        QCOMPARE(stored(), before);
        QCOMPARE(rowsOf(QStringLiteral("audit_log")), audit);
        // The staging table is the session's own and holds nothing of the refused file either.
        auto again = import(kHeader + row("INV-2") + row("INV-3"));
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->added, 1);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(stored().size(), 3);
    }

    void textSurvivesCopysEscaping()
    {
        // Text a CSV file cannot bring (the reader refuses control characters) may still reach a
        // writer: COPY's escapes must give every byte back, and the same row must be found the same.
        Purchase p;
        p.invoice = QStringLiteral("INV\t1\n2\r3\\N\\.\"quoted\" 'single' \\t");
        p.line = 3;
        p.invoiceDate = QDate(2021, 1, 5);
        p.omlpType = QStringLiteral("Università\tdigitale\\");
        p.units = 2;
        p.kpiValue = 0.1 + 0.2; // 17 digits: the same double back
        p.revenueCents = 129050;
        p.currency = QStringLiteral("EUR");
        p.competency = QStringLiteral("Data\nAnalytics");
        auto writeOnce = [&] {
            QList<PurchaseWriter::Outcome> outcomes;
            Status s = m_db->transaction([&]() -> Status {
                auto writer = PurchaseWriter::open(
                    *m_db, m_admin.partnerId(),
                    [&](int, const Purchase&, PurchaseWriter::Outcome o) { outcomes.append(o); });
                if (!writer)
                    return writer.error();
                if (Status w = writer.value()->write(2, p); !w)
                    return w;
                return writer.value()->finish();
            });
            return s.ok() ? outcomes : QList<PurchaseWriter::Outcome>{};
        };
        QCOMPARE(writeOnce(), QList<PurchaseWriter::Outcome>{PurchaseWriter::Outcome::Added});
        const auto kept = PurchaseRepository(*m_db).find(m_admin.partnerId(), p.invoice, 3).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->invoice, p.invoice);
        QCOMPARE(kept->omlpType, p.omlpType);
        QCOMPARE(kept->competency, p.competency);
        QCOMPARE(kept->kpiValue, p.kpiValue);
        QCOMPARE(writeOnce(), QList<PurchaseWriter::Outcome>{PurchaseWriter::Outcome::Same});
    }

    void rowsAcrossChunks()
    {
        // More rows than one chunk of the staging table: a repeat in the second chunk of a row of
        // the first is compared with it (stored by then), and the first chunk's rows roll back too.
        const int rows = PostgresPurchaseWriter::kCopyRows + 10;
        QByteArray data = kHeader;
        for (int i = 0; i < rows; ++i)
            data += row("INV-" + QByteArray::number(i));
        auto r = import(data + row("INV-7"));
        QVERIFY(r.ok() && r->ok());
        QCOMPARE(r->added, rows);
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(PurchaseRepository(*m_db).count(m_admin.partnerId()).value(), rows);

        QByteArray other = kHeader;
        for (int i = 0; i < rows; ++i)
            other += row("NEW-" + QByteArray::number(i));
        auto c = import(other + row("NEW-3", 1, "1"));
        QVERIFY(c.ok());
        QCOMPARE(c->errors, (QList<RowError>{conflict(rows + 2, QStringLiteral("NEW-3/1"))}));
        QCOMPARE(PurchaseRepository(*m_db).count(m_admin.partnerId()).value(), rows);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseWriter)
#include "tst_purchasewriter.moc"
