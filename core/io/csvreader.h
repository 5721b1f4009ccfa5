// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>

class QIODevice;

namespace lp {

// One row of a file as its bytes: each field UTF-8 (checked), unquoted, untrimmed. Valid while
// the handler it is given to runs.
class CsvRow
{
public:
    qsizetype size() const { return m_ends.size(); }
    // The field at `i`, or an empty one past the row's end.
    QByteArrayView value(qsizetype i) const
    {
        if (i < 0 || i >= m_ends.size())
            return {};
        const qsizetype from = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_bytes).sliced(from, m_ends[i] - from);
    }

    // How the reader fills it: the memory stays for the next row.
    void append(QByteArrayView field)
    {
        m_bytes.append(field);
        m_ends.append(m_bytes.size());
    }
    void clear()
    {
        m_bytes.truncate(0);
        m_ends.clear();
    }

private:
    QByteArray m_bytes;                    // the fields one after the other
    QVarLengthArray<qsizetype, 32> m_ends; // where each ends in m_bytes
};

// Reads CSV as Excel and LibreOffice write it, through Debian's libcsv (RFC 4180 quoting:
// quoted delimiters, doubled quotes, line breaks inside quotes). UTF-8 with or without a
// byte-order mark; the delimiter (',' or ';') is read from the header row. Streams: rows
// are handed over one at a time, so a million-row file needs no million-row buffer.
class CsvReader
{
public:
    // `line` is the file line the row starts on (the header is line 1).
    using RowHandler = std::function<bool(int line, const QStringList& fields)>;
    // The same without a QString per field, for files of a million rows.
    using ByteRowHandler = std::function<bool(int line, const CsvRow& row)>;
    // Sees the header row before any data row; returns false to stop reading.
    using HeaderHandler = std::function<bool(const QStringList& header)>;

    struct Summary
    {
        QChar delimiter;
        QStringList header;
        int rows = 0;     // data rows handed over
        int lastLine = 0; // the last line of the file
    };

    // Reads `device` to its end: the header first, then every row to `onRow` (which may
    // return false to stop). Errors: CSV_EMPTY, CSV_MALFORMED (with the line), CSV_ENCODING (with the
    // line of the first bytes that are no UTF-8, or naming the UTF-16 or UTF-32 the file is written in).
    static Result<Summary> read(QIODevice& device, const RowHandler& onRow,
                                const std::function<void(qint64 bytes)>& progress = {},
                                const HeaderHandler& onHeader = {});
    static Result<Summary> read(const QByteArray& data, const RowHandler& onRow);
    // read() handing over each data row as bytes (the header is still text).
    static Result<Summary> readBytes(QIODevice& device, const ByteRowHandler& onRow,
                                     const std::function<void(qint64 bytes)>& progress = {},
                                     const HeaderHandler& onHeader = {});
    // The delimiter read() will use: the more frequent of ',' and ';' in the header row.
    // Looks without consuming anything.
    static QChar sniffDelimiter(QIODevice& device);
};

// Writes CSV that CsvReader (and spreadsheets) read back: RFC 4180 quoting where needed.
class CsvWriter
{
public:
    static QByteArray row(const QStringList& fields, QChar delimiter = QLatin1Char(','));
    // row() for a file a person opens in a spreadsheet: every cell neutralised (below).
    static QByteArray exportRow(const QStringList& fields, QChar delimiter = QLatin1Char(','));
    // A cell that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, as the
    // OWASP CSV-injection guidance says, so a spreadsheet shows it as text instead of running it; one
    // that begins with an apostrophe gets another. unneutralised() undoes it: our imports read our
    // exports back as they were stored (docs/rules.md#csv-files).
    static QString neutralised(const QString& cell);
    static QString unneutralised(const QString& cell);
};

} // namespace lp
