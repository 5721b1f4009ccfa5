// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "csvreader.h"

#include <csv.h>

#include <QBuffer>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

namespace lp {
namespace {

// The state libcsv's callbacks share while one file is parsed.
struct ParseState
{
    const CsvReader::ByteRowHandler* onRow = nullptr;
    const CsvReader::HeaderHandler* onHeader = nullptr;
    CsvReader::Summary summary;
    CsvRow row;
    int line = 1;    // the line the next row starts on
    int rowLine = 1; // the line the current row started on
    int newlinesInRow = 0;
    bool lastEndedWithCr = false;
    bool headerDone = false;
    bool stopped = false;
    bool badEncoding = false;
    int badEncodingLine = 0;
};

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return (uchar(c) & 0x80) == 0; });
}

QString decoded(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    return decoder(bytes);
}

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

void onField(void* data, size_t len, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    if (s->stopped)
        return;
    QByteArrayView bytes(static_cast<const char*>(data), qsizetype(len));
    if (!isAscii(bytes)) {
        // The fields are text: UTF-8 is checked here, once, whoever reads them.
        if (!isUtf8(bytes) && !s->badEncoding) {
            s->badEncoding = true;
            s->badEncodingLine = s->rowLine;
        }
        if (!s->headerDone && s->row.size() == 0 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3); // byte-order mark
    }
    s->newlinesInRow += int(bytes.count('\n'));
    s->row.append(bytes);
}

void onRowEnd(int terminator, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    const bool emptyRecord = s->row.size() == 0;
    // With CSV_REPALL_NL every line break is reported; the \n of a \r\n pair is not a line.
    if (emptyRecord && terminator == '\n' && s->lastEndedWithCr) {
        s->lastEndedWithCr = false;
        return;
    }
    s->lastEndedWithCr = terminator == '\r';
    const int startLine = s->rowLine;
    s->line = startLine + s->newlinesInRow + (terminator == -1 ? 0 : 1);
    s->rowLine = s->line;
    s->newlinesInRow = 0;
    if (s->stopped || emptyRecord) {
        s->row.clear();
        return;
    }
    s->summary.lastLine = startLine;
    if (!s->headerDone) {
        for (qsizetype i = 0; i < s->row.size(); ++i)
            s->summary.header.append(decoded(s->row.value(i)));
        s->headerDone = true;
        if (*s->onHeader && !(*s->onHeader)(s->summary.header))
            s->stopped = true;
    } else {
        ++s->summary.rows;
        if (!(*s->onRow)(startLine, s->row))
            s->stopped = true;
    }
    s->row.clear();
}

// The encoding a file that is no UTF-8 is written in, read from its first bytes: a UTF-16 or UTF-32
// byte-order mark, or the zero bytes of UTF-16 text without one. Null for anything else.
QString otherEncoding(QByteArrayView head)
{
    if (head.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return QStringLiteral("UTF-32LE");
    if (head.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return QStringLiteral("UTF-32BE");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    // ASCII text in UTF-16 without a mark: every other byte is zero.
    if (head.size() >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0)
        return QStringLiteral("UTF-16LE");
    if (head.size() >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0)
        return QStringLiteral("UTF-16BE");
    return {};
}

QChar detectDelimiter(const QByteArray& head)
{
    // The header row decides: the more frequent of ',' and ';' outside quotes.
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : head) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

Result<CsvReader::Summary> CsvReader::read(QIODevice& device, const RowHandler& onRow,
                                           const std::function<void(qint64)>& progress,
                                           const HeaderHandler& onHeader)
{
    QStringList fields;
    return readBytes(
        device,
        [&](int line, const CsvRow& row) {
            fields.clear();
            for (qsizetype i = 0; i < row.size(); ++i)
                fields.append(decoded(row.value(i)));
            return onRow(line, fields);
        },
        progress, onHeader);
}

Result<CsvReader::Summary> CsvReader::readBytes(QIODevice& device, const ByteRowHandler& onRow,
                                                const std::function<void(qint64)>& progress,
                                                const HeaderHandler& onHeader)
{
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI) != 0)
        return Error{QStringLiteral("CSV_MALFORMED"), {}, {QStringLiteral("libcsv could not start")}};
    ParseState state;
    state.onRow = &onRow;
    state.onHeader = &onHeader;

    const QByteArray head = device.peek(64 * 1024);
    if (head.trimmed().isEmpty() || head == QByteArrayLiteral("\xEF\xBB\xBF")) {
        csv_free(&parser);
        return Error{QStringLiteral("CSV_EMPTY"), {}, {}};
    }
    // A file in another encoding is named as such, not read as a header of one odd column.
    if (const QString encoding = otherEncoding(head); !encoding.isEmpty()) {
        csv_free(&parser);
        return Error{
            QStringLiteral("CSV_ENCODING"), QStringLiteral("1"), {encoding}}; // from the first line on
    }
    state.summary.delimiter = sniffDelimiter(device);
    csv_set_delim(&parser, static_cast<unsigned char>(state.summary.delimiter.toLatin1()));

    Error failure;
    bool failed = false;
    qint64 total = 0;
    // One buffer for every chunk, no larger than what is left of a file: a small file no longer
    // costs two megabyte-sized allocations (fuzzing reads thousands of small files a second).
    const qint64 left = device.isSequential() ? 0 : device.size() - device.pos();
    QByteArray chunk(qsizetype(left > 0 && left < (1 << 20) ? left : (1 << 20)), Qt::Uninitialized);
    while (!failed && !state.stopped) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        total += got;
        if (csv_parse(&parser, chunk.constData(), size_t(got), onField, onRowEnd, &state) != size_t(got)) {
            failed = true;
            failure = {QStringLiteral("CSV_MALFORMED"),
                       QString::number(state.rowLine),
                       {QString::fromLatin1(csv_strerror(csv_error(&parser)))}};
        }
        if (progress)
            progress(total);
    }
    if (!failed && !state.stopped && csv_fini(&parser, onField, onRowEnd, &state) != 0) {
        failed = true;
        failure = {QStringLiteral("CSV_MALFORMED"),
                   QString::number(state.rowLine),
                   {QString::fromLatin1(csv_strerror(csv_error(&parser)))}};
    }
    csv_free(&parser);
    if (failed)
        return failure;
    if (state.badEncoding)
        return Error{QStringLiteral("CSV_ENCODING"), QString::number(state.badEncodingLine), {}};
    if (!state.headerDone)
        return Error{QStringLiteral("CSV_EMPTY"), {}, {}};
    return state.summary;
}

QChar CsvReader::sniffDelimiter(QIODevice& device)
{
    return detectDelimiter(device.peek(64 * 1024));
}

Result<CsvReader::Summary> CsvReader::read(const QByteArray& data, const RowHandler& onRow)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, onRow);
}

namespace {
// The characters a spreadsheet may take as the start of a formula (OWASP, CSV injection).
bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

QString CsvWriter::neutralised(const QString& cell)
{
    // A leading apostrophe is doubled too, so unneutralised() gives back exactly what was stored.
    if (startsFormula(cell) || cell.startsWith(QLatin1Char('\'')))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::unneutralised(const QString& cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && (startsFormula(QStringView(cell).sliced(1)) ||
                                               QStringView(cell).sliced(1).startsWith(QLatin1Char('\''))))
        return cell.sliced(1);
    return cell;
}

QByteArray CsvWriter::exportRow(const QStringList& fields, QChar delimiter)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString& f : fields)
        safe.append(neutralised(f));
    return row(safe, delimiter);
}

QByteArray CsvWriter::row(const QStringList& fields, QChar delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += char(delimiter.toLatin1());
        const QByteArray f = fields[i].toUtf8();
        const bool quote = f.contains(char(delimiter.toLatin1())) || f.contains('"') || f.contains('\n') ||
                           f.contains('\r') || f.startsWith(' ') || f.endsWith(' ') || f.startsWith('\t') ||
                           f.endsWith('\t'); // libcsv trims both unquoted
        if (!quote) {
            out += f;
            continue;
        }
        QByteArray quoted(f.size() * 2 + 2, Qt::Uninitialized);
        quoted.resize(
            qsizetype(csv_write(quoted.data(), size_t(quoted.size()), f.constData(), size_t(f.size()))));
        out += quoted;
    }
    // A row of one empty field would be an empty line, which is no row at all when read: quoted.
    if (fields.size() == 1 && fields[0].isEmpty())
        out = "\"\"";
    out += "\r\n";
    return out;
}

} // namespace lp
