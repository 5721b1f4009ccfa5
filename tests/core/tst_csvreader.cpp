// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The CSV reader over libcsv: RFC 4180 quoting, embedded line breaks (and the line numbers
// that follow them), BOM, ';' with decimal commas left as text, CRLF, blank lines, refusals.
#include "io/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace lp;

namespace {

struct Parsed
{
    Result<CsvReader::Summary> summary = Error{};
    QList<std::pair<int, QStringList>> rows;
};

Parsed parse(const QByteArray& data)
{
    Parsed p;
    p.summary = CsvReader::read(data, [&](int line, const QStringList& fields) {
        p.rows.append({line, fields});
        return true;
    });
    return p;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainCommaFile()
    {
        Parsed p = parse("invoice,line,units\nINV-1,1,3\nINV-2,2,4\n");
        QVERIFY(p.summary.ok());
        QCOMPARE(p.summary->delimiter, QLatin1Char(','));
        QCOMPARE(p.summary->header, (QStringList{"invoice", "line", "units"}));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0].first, 2);
        QCOMPARE(p.rows[1].second, (QStringList{"INV-2", "2", "4"}));
    }

    void quotesDelimitersAndLineBreaks()
    {
        const QByteArray data = "name,note\n"
                                "\"Rossi, Giulia\",\"she said \"\"ciao\"\"\"\n"
                                "\"Conti\",\"two\nlines\"\n"
                                "Galli,after\n";
        Parsed p = parse(data);
        QVERIFY(p.summary.ok());
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[0].second, (QStringList{"Rossi, Giulia", "she said \"ciao\""}));
        QCOMPARE(p.rows[1].second, (QStringList{"Conti", "two\nlines"}));
        // The row after an embedded line break starts two lines later.
        QCOMPARE(p.rows[1].first, 3);
        QCOMPARE(p.rows[2].first, 5);
    }

    void semicolonsBomCrlfAndBlankLines()
    {
        const QByteArray data = "\xEF\xBB\xBFinvoice;revenue\r\nINV-1;1290,50\r\n\r\nINV-2;\"3,00\"\r\n";
        Parsed p = parse(data);
        QVERIFY(p.summary.ok());
        QCOMPARE(p.summary->delimiter, QLatin1Char(';'));
        QCOMPARE(p.summary->header, (QStringList{"invoice", "revenue"}));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0], (std::pair<int, QStringList>{2, {"INV-1", "1290,50"}}));
        QCOMPARE(p.rows[1], (std::pair<int, QStringList>{4, {"INV-2", "3,00"}}));
    }

    void lastRowWithoutNewline()
    {
        Parsed p = parse("a,b\n1,2");
        QVERIFY(p.summary.ok());
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows[0].second, (QStringList{"1", "2"}));
    }

    void utf8Text()
    {
        Parsed p = parse("nome\nNiccolò Citterà\n");
        QVERIFY(p.summary.ok());
        QCOMPARE(p.rows[0].second.first(), QString::fromUtf8("Niccolò Citterà"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QByteArray() << "CSV_EMPTY"
                               << "";
        QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << "CSV_EMPTY"
                                  << "";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << "CSV_MALFORMED"
                                            << "2";
        QTest::newRow("quote inside field") << QByteArray("a,b\n1,2\n3,x\"y\n") << "CSV_MALFORMED"
                                            << "3";
        QTest::newRow("latin-1") << QByteArray("a\nNiccol\xF2\n") << "CSV_ENCODING"
                                 << "2";
    }
    void refusals()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(QString, line);
        Parsed p = parse(data);
        QVERIFY(!p.summary.ok());
        QCOMPARE(p.summary.error().code, code);
        QCOMPARE(p.summary.error().path, line);
    }

    void stopsWhenAsked()
    {
        int seen = 0;
        auto s =
            CsvReader::read(QByteArray("a\n1\n2\n3\n"), [&](int, const QStringList&) { return ++seen < 2; });
        QVERIFY(s.ok());
        QCOMPARE(seen, 2);
    }

    void bytesRowsAreTheTextRows()
    {
        // readBytes() hands over the same fields as read(), undecoded: quotes resolved, BOM
        // gone, line numbers after embedded line breaks, UTF-8 checked.
        const QByteArray data =
            "\xEF\xBB\xBFname;note\r\n\"Rossi; Giulia\";\"two\nlines\"\r\nCittà;\r\n\r\nx;\" y \"\r\n";
        const Parsed text = parse(data);
        QVERIFY(text.summary.ok());
        QList<std::pair<int, QStringList>> rows;
        QByteArray copy = data;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        auto bytes = CsvReader::readBytes(buffer, [&](int line, const CsvRow& row) {
            QStringList fields;
            for (qsizetype i = 0; i < row.size(); ++i)
                fields << QString::fromUtf8(row.value(i));
            rows.append({line, fields});
            return true;
        });
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->header, (QStringList{"name", "note"}));
        QCOMPARE(rows, text.rows);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[2].first, 6);
        QCOMPARE(rows[1].second, (QStringList{QString::fromUtf8("Città"), QString()}));

        QByteArray latin1("a\nNiccol\xF2\n");
        QBuffer bad(&latin1);
        bad.open(QIODevice::ReadOnly);
        auto refused = CsvReader::readBytes(bad, [](int, const CsvRow&) { return true; });
        QCOMPARE(refused.error().code, QStringLiteral("CSV_ENCODING"));
        QCOMPARE(refused.error().path, QStringLiteral("2"));
    }

    void writerRoundTrip()
    {
        const QList<QStringList> rows{{"Rossi, Giulia", "say \"hi\"", "two\nlines", " padded ", "plain"},
                                      {"", "x;y", "Città", "1290,50", "-"}};
        for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            QByteArray data = CsvWriter::row({"a", "b", "c", "d", "e"}, delimiter);
            for (const QStringList& r : rows)
                data += CsvWriter::row(r, delimiter);
            Parsed p = parse(data);
            QVERIFY(p.summary.ok());
            QCOMPARE(p.summary->delimiter, delimiter);
            QCOMPARE(p.rows.size(), 2);
            QCOMPARE(p.rows[0].second, rows[0]);
            QCOMPARE(p.rows[1].second, rows[1]);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
