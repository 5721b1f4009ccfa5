// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The invoice CSV read on a thread of its own: the same rows, bad rows and progress as
// InvoiceCsvReader::read hands over, in file order, in bounded batches; the file's own errors
// as the result; stop() ends a reading that is far ahead, or blocked on a full queue, at once.
#include "io/invoicecsvpipeline.h"

#include <QBuffer>
#include <QTest>

using namespace lp;

namespace {

const QDate kToday(2021, 3, 1);
const QByteArray kHeader = "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";

// `rows` valid rows; every `badEvery`-th one (1-based, 0: none) has units 0.
QByteArray file(int rows, int badEvery = 0)
{
    QByteArray data = kHeader;
    for (int i = 1; i <= rows; ++i) {
        const bool bad = badEvery > 0 && i % badEvery == 0;
        data += "INV-" + QByteArray::number(i) + ",1,invoice,2021-01-01,Official courseware," +
                (bad ? "0" : "1") + ",1,1\n";
    }
    return data;
}

// What InvoiceCsvReader::read hands over, written down in order.
QStringList direct(QIODevice& csv, Result<int>& result)
{
    QStringList events;
    InvoiceCsvReader::Handlers h;
    h.onPurchase = [&](int line, const Purchase& p) {
        events << QStringLiteral("%1 %2").arg(line).arg(p.invoice);
        return true;
    };
    h.onError = [&](const RowError& e) {
        events << QStringLiteral("%1 %2 %3").arg(e.row).arg(e.column, e.code);
        return true;
    };
    h.onProgress = [&](qint64 bytes) { events << QStringLiteral("progress %1").arg(bytes); };
    result = InvoiceCsvReader::read(csv, kToday, h);
    return events;
}

} // namespace

class TestInvoiceCsvPipeline : public QObject
{
    Q_OBJECT

private slots:
    void sameEventsInTheSameOrderAsTheReader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty body") << kHeader;
        QTest::newRow("three rows") << file(3);
        QTest::newRow("bad rows among good ones, several batches") << file(5000, 7);
        // More than one 1 MB chunk: progress reports between rows.
        QTest::newRow("three chunks") << file(40000, 997);
    }
    void sameEventsInTheSameOrderAsTheReader()
    {
        QFETCH(QByteArray, data);
        QBuffer expectedCsv(&data);
        QVERIFY(expectedCsv.open(QIODevice::ReadOnly));
        Result<int> expectedResult = 0;
        const QStringList expected = direct(expectedCsv, expectedResult);
        QVERIFY(expectedResult.ok());

        QBuffer csv(&data);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        InvoiceCsvPipeline pipeline(csv, kToday);
        QStringList events;
        InvoiceCsvPipeline::Batch batch;
        int batches = 0;
        while (pipeline.next(batch)) {
            ++batches;
            QVERIFY(batch.items.size() <= InvoiceCsvPipeline::kBatchItems);
            for (const InvoiceCsvPipeline::Item& item : std::as_const(batch.items)) {
                if (item.error)
                    events << QStringLiteral("%1 %2 %3")
                                  .arg(item.error->row)
                                  .arg(item.error->column, item.error->code);
                else
                    events << QStringLiteral("%1 %2").arg(item.line).arg(item.purchase.invoice);
            }
            if (batch.bytesRead >= 0)
                events << QStringLiteral("progress %1").arg(batch.bytesRead);
        }
        QCOMPARE(events, expected);
        QVERIFY(pipeline.result().ok());
        QCOMPARE(pipeline.result().value(), expectedResult.value());
        QVERIFY(batches >= 1);
    }

    void theFilesOwnErrorIsTheResult()
    {
        QByteArray data = "invoice,documentType\nINV-1,invoice\n";
        QBuffer csv(&data);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        InvoiceCsvPipeline pipeline(csv, kToday);
        InvoiceCsvPipeline::Batch batch;
        while (pipeline.next(batch))
            QVERIFY(batch.items.isEmpty()); // a progress report perhaps, no row
        QVERIFY(!pipeline.result().ok());
        QCOMPARE(pipeline.result().error().code, QStringLiteral("CSV_MISSING_COLUMN"));
        // Asking again after the end stays at the end.
        QVERIFY(!pipeline.next(batch));
    }

    void stopEndsAReadingThatIsFarAhead()
    {
        // 300,000 rows: the reading thread fills its queue and waits; stop() must wake it and
        // end the reading without reading the rest of the file.
        QByteArray data = file(300000);
        QBuffer csv(&data);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        {
            InvoiceCsvPipeline pipeline(csv, kToday);
            InvoiceCsvPipeline::Batch batch;
            QVERIFY(pipeline.next(batch));
            QCOMPARE(batch.items.first().purchase.invoice, QStringLiteral("INV-1"));
            pipeline.stop();
            QVERIFY(!pipeline.next(batch)); // nothing more after stop()
        }
        // The thread is gone (stop() waited for it): the device may be looked at. The reading
        // stopped at a full queue, a chunk or two into the file.
        QVERIFY2(csv.pos() < data.size(), qPrintable(QString::number(csv.pos())));
    }

    void destroyingWithoutTakingAnythingDoesNotHang()
    {
        QByteArray data = file(100000, 3); // bad rows too: a reading that never stops by itself
        QBuffer csv(&data);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        {
            InvoiceCsvPipeline pipeline(csv, kToday);
        }
        QVERIFY(csv.pos() < data.size());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCsvPipeline)
#include "tst_invoicecsvpipeline.moc"
