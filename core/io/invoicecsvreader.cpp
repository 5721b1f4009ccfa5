// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "invoicecsvreader.h"

#include "csvreader.h"

#include "domain/bounds.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace lp {
namespace {

enum Column {
    Invoice,
    Line,
    DocType,
    InvoiceDate,
    OmlpType,
    Units,
    KpiValue,
    Revenue,
    Currency,
    Competency,
    ColumnCount
};

const std::array<const char*, ColumnCount> kNames{"invoice",  "line",      "documentType", "invoiceDate",
                                                  "omlpType", "units",     "kpiValue",     "revenue",
                                                  "currency", "competency"};

bool isAscii(QByteArrayView t)
{
    return std::all_of(t.cbegin(), t.cend(), [](char c) { return (uchar(c) & 0x80) == 0; });
}
bool isAscii(QStringView t)
{
    return std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

const QStringList& InvoiceCsvReader::requiredColumns()
{
    static const QStringList columns{QStringLiteral("invoice"),     QStringLiteral("documentType"),
                                     QStringLiteral("invoiceDate"), QStringLiteral("omlpType"),
                                     QStringLiteral("units"),       QStringLiteral("kpiValue"),
                                     QStringLiteral("revenue")};
    return columns;
}

const QStringList& InvoiceCsvReader::optionalColumns()
{
    static const QStringList columns{QStringLiteral("line"), QStringLiteral("currency"),
                                     QStringLiteral("competency")};
    return columns;
}

QByteArray InvoiceCsvReader::exampleCsv()
{
    return QByteArrayLiteral(
        "invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\r\n"
        "INV-2021-0147,1,invoice,2021-01-12,Official courseware,3,3,1290.50,EUR,Data Analytics\r\n"
        "INV-2021-0147,2,invoice,2021-01-12,MOC On-Demand,1,0.5,430.00,EUR,Data Analytics\r\n"
        "OC-2021-0032,1,orderConfirmation,2021-02-01,Official courseware,2,2,860.00,EUR,\r\n");
}

namespace {

// A plain decimal: optional '-', digits, optional '.' and digits. Returns its parts, or
// nothing. (Called for every field of a million-row file: no regex here.) `t` is ASCII.
struct Decimal
{
    bool negative = false;
    QByteArrayView whole;
    QByteArrayView fraction;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
int digit(char c)
{
    return c - '0';
}

std::optional<Decimal> decimal(QByteArrayView t)
{
    Decimal d;
    qsizetype i = 0;
    if (i < t.size() && t[i] == '-') {
        d.negative = true;
        ++i;
    }
    const qsizetype wholeStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    d.whole = t.sliced(wholeStart, i - wholeStart);
    if (d.whole.isEmpty())
        return std::nullopt;
    if (i < t.size()) {
        if (t[i] != '.')
            return std::nullopt;
        const qsizetype fractionStart = ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        d.fraction = t.sliced(fractionStart, i - fractionStart);
        if (d.fraction.isEmpty() || i != t.size())
            return std::nullopt;
    }
    return d;
}

// A number written with a decimal comma (and perhaps '.' thousands separators), written
// with a decimal point into `buffer`. `t` is trimmed ASCII.
QByteArrayView normalised(QByteArrayView t, bool decimalComma, QByteArray& buffer)
{
    if (!decimalComma || !t.contains(','))
        return t;
    buffer.truncate(0);
    for (char c : t) {
        if (c != '.')
            buffer.append(c == ',' ? '.' : c);
    }
    return buffer;
}

std::optional<qint64> centsOf(QByteArrayView text, bool decimalComma)
{
    QByteArray buffer;
    const auto d = decimal(normalised(text, decimalComma, buffer));
    if (!d || d->whole.size() > 15)
        return std::nullopt;
    qint64 cents = d->whole.toLongLong() * 100;
    if (!d->fraction.isEmpty())
        cents += digit(d->fraction[0]) * 10;
    if (d->fraction.size() > 1)
        cents += digit(d->fraction[1]);
    if (d->fraction.size() > 2 && digit(d->fraction[2]) >= 5)
        ++cents; // half away from zero, on the magnitude
    return d->negative ? -cents : cents;
}

// A number as the file writes it, whatever its size.
bool isNumber(QByteArrayView text, bool decimalComma)
{
    QByteArray buffer;
    return decimal(normalised(text, decimalComma, buffer)).has_value();
}

std::optional<double> numberOf(QByteArrayView text, bool decimalComma)
{
    QByteArray buffer;
    const QByteArrayView t = normalised(text, decimalComma, buffer);
    if (!decimal(t))
        return std::nullopt;
    // Beyond a double's range toDouble() gives 0 and says so: no number, rather than a wrong one.
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QDate dateOf(QByteArrayView t)
{
    auto number = [&](qsizetype from, qsizetype length) {
        int v = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (!isDigit(t[i]))
                return -1;
            v = v * 10 + digit(t[i]);
        }
        return v;
    };
    if (t.size() != 10)
        return {};
    // YYYY-MM-DD or DD/MM/YYYY; QDate refuses the impossible ones (2021-02-30).
    if (t[4] == '-' && t[7] == '-')
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    if (t[2] == '/' && t[5] == '/')
        return QDate(number(6, 4), number(3, 2), number(0, 2));
    return {};
}

} // namespace

Error missingColumns(const QStringList& missing, const QStringList& header, const QStringList& known)
{
    auto listed = [](const QStringList& names) {
        QStringList quotedNames;
        for (const QString& n : names)
            quotedNames.append(QLatin1Char('"') + bounds::quoted(n) + QLatin1Char('"'));
        return quotedNames.join(QLatin1String(", "));
    };
    QStringList unknown;
    for (const QString& h : header) {
        const QString name = h.trimmed();
        const bool isKnown = std::any_of(known.cbegin(), known.cend(), [&](const QString& k) {
            return k.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!isKnown && !name.isEmpty() && unknown.size() < 20)
            unknown.append(name);
    }
    // Every missing column at once; the columns the header has that the format does not know come
    // second (a misspelt "Invoce" is usually the missing "invoice").
    Error e{QStringLiteral("CSV_MISSING_COLUMN"), missing.first(), {listed(missing)}};
    if (!unknown.isEmpty())
        e.args.append(listed(unknown));
    return e;
}

// The public parsers take text as a user may type it: trimmed, anything but ASCII refused
// (no digit, sign, point or separator is outside ASCII).
std::optional<qint64> InvoiceCsvReader::parseCents(const QString& text, bool decimalComma)
{
    const QString t = text.trimmed();
    return isAscii(t) ? centsOf(t.toLatin1(), decimalComma) : std::nullopt;
}

std::optional<double> InvoiceCsvReader::parseNumber(const QString& text, bool decimalComma)
{
    const QString t = text.trimmed();
    return isAscii(t) ? numberOf(t.toLatin1(), decimalComma) : std::nullopt;
}

QDate InvoiceCsvReader::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    return isAscii(t) ? dateOf(t.toLatin1()) : QDate();
}

Result<int> InvoiceCsvReader::read(QIODevice& csv, const QDate& today, const Handlers& handlers)
{
    std::array<int, ColumnCount> at;
    at.fill(-1);
    std::optional<Error> headerError;
    // Italian spreadsheets write "1290,50" and separate fields with ';' [formats.md].
    const bool decimalComma = CsvReader::sniffDelimiter(csv) == QLatin1Char(';');
    int valid = 0;

    auto onHeader = [&](const QStringList& header) {
        for (int i = 0; i < header.size(); ++i) {
            for (int c = 0; c < ColumnCount; ++c) {
                if (at[c] < 0 &&
                    header[i].trimmed().compare(QLatin1String(kNames[c]), Qt::CaseInsensitive) == 0)
                    at[c] = i;
            }
        }
        QStringList missing;
        for (const QString& name : requiredColumns()) {
            const auto index = std::find_if(kNames.cbegin(), kNames.cend(),
                                            [&](const char* n) { return name == QLatin1String(n); });
            if (at[index - kNames.cbegin()] < 0)
                missing.append(name);
        }
        if (missing.isEmpty())
            return true;
        QStringList known = requiredColumns() + optionalColumns();
        headerError = missingColumns(missing, header, known);
        return false;
    };

    // The OMLP type, currency and competency repeat row after row: equal bytes share the
    // previous row's QString instead of decoding another.
    struct Interned
    {
        QByteArray bytes;
        QString text;
    };
    std::array<Interned, ColumnCount> interned;
    QByteArray scratch;

    auto onRow = [&](int line, const CsvRow& row) {
        auto raw = [&](Column c) { return at[c] < 0 ? QByteArrayView() : row.value(at[c]); };
        // The field as text, trimmed: what is stored and what an error report shows.
        auto field = [&](Column c) {
            const QByteArrayView r = raw(c);
            return isAscii(r) ? QString::fromLatin1(r.trimmed()) : QString::fromUtf8(r).trimmed();
        };
        auto sharedField = [&](Column c) {
            Interned& last = interned[c];
            if (last.bytes != raw(c)) {
                last.bytes = raw(c).toByteArray();
                last.text = field(c);
                if (c == Currency)
                    last.text = last.text.toUpper();
            }
            return last.text;
        };
        // The trimmed field as ASCII (numbers, dates, names); nothing when it holds anything else.
        auto ascii = [&](Column c) -> std::optional<QByteArrayView> {
            const QByteArrayView r = raw(c);
            if (isAscii(r))
                return r.trimmed();
            const QString t = QString::fromUtf8(r).trimmed(); // perhaps a no-break space around it
            if (!isAscii(t))
                return std::nullopt;
            scratch = t.toLatin1();
            return QByteArrayView(scratch);
        };
        bool rowOk = true;
        bool keepReading = true;
        // The value an error quotes: at most kMaxQuoted characters of it, whatever its size.
        auto quotedField = [&](Column c) {
            const QByteArrayView r = raw(c);
            const qsizetype head = 4 * (bounds::kMaxQuoted + 1); // enough UTF-8 for that many characters
            if (r.size() <= head)
                return bounds::quoted(field(c));
            QString t = QString::fromUtf8(r.first(head)).trimmed();
            return t.first(std::min<qsizetype>(t.size(), bounds::kMaxQuoted)) + QChar(0x2026);
        };
        auto bad = [&](Column c, const char* code) {
            rowOk = false;
            if (handlers.onError && keepReading)
                keepReading =
                    handlers.onError({line, QLatin1String(kNames[c]), QLatin1String(code), quotedField(c)});
        };

        // A text field: at most kMaxTextLength characters, no control character; a cell our own
        // export neutralised ("'=SUM(1)") reads back as it was stored (docs/rules.md#csv-files).
        auto text = [&](Column c, QString value) {
            if (value.size() > bounds::kMaxTextLength) {
                bad(c, "TEXT_TOO_LONG");
                return QString();
            }
            if (bounds::controlCharacterAt(value) >= 0) {
                bad(c, "CONTROL_CHARACTER");
                return QString();
            }
            return CsvWriter::unneutralised(value);
        };

        Purchase p;
        p.invoice = text(Invoice, field(Invoice));
        if (p.invoice.isEmpty() && rowOk)
            bad(Invoice, "REQUIRED");
        if (const auto l = ascii(Line); !l) {
            bad(Line, "INVALID_NUMBER");
        } else if (!l->isEmpty()) {
            bool ok = false;
            p.line = l->toInt(&ok);
            if (!ok)
                bad(Line, "INVALID_NUMBER");
            else if (p.line < 1)
                bad(Line, "OUT_OF_RANGE");
        }
        const auto isType = [](QByteArrayView t, const char* name) {
            return t.size() == qsizetype(qstrlen(name)) && qstrnicmp(t.data(), name, t.size()) == 0;
        };
        if (const auto docType = ascii(DocType); docType && docType->isEmpty())
            bad(DocType, "REQUIRED");
        else if (docType && isType(*docType, "invoice"))
            p.documentType = DocumentType::Invoice;
        else if (docType && isType(*docType, "orderConfirmation"))
            p.documentType = DocumentType::OrderConfirmation;
        else if (docType && isType(*docType, "partnerReport"))
            p.documentType = DocumentType::PartnerReport;
        else
            bad(DocType, "UNKNOWN_DOCUMENT_TYPE");
        if (const auto date = ascii(InvoiceDate); date && date->isEmpty())
            bad(InvoiceDate, "REQUIRED");
        else if (p.invoiceDate = date ? dateOf(*date) : QDate(); !p.invoiceDate.isValid())
            bad(InvoiceDate, "INVALID_DATE");
        else if (p.invoiceDate > today)
            bad(InvoiceDate, "DATE_IN_FUTURE");
        const bool okBeforeType = rowOk;
        p.omlpType = text(OmlpType, sharedField(OmlpType));
        if (p.omlpType.isEmpty() && rowOk == okBeforeType)
            bad(OmlpType, "REQUIRED");
        if (const auto u = ascii(Units); u && u->isEmpty()) {
            bad(Units, "REQUIRED");
        } else {
            bool ok = false;
            const qint64 units = u ? u->toLongLong(&ok) : 0;
            if (!ok && !(u && isNumber(*u, false) && !u->contains('.')))
                bad(Units, "INVALID_NUMBER");
            else if (!ok || units < 1 || units > bounds::kMaxUnits)
                bad(Units, "OUT_OF_RANGE"); // docs/rules.md#input-bounds
            else
                p.units = int(units);
        }
        if (const auto k = ascii(KpiValue); k && k->isEmpty())
            bad(KpiValue, "REQUIRED");
        else if (auto v = k ? numberOf(*k, decimalComma) : std::nullopt; !v)
            bad(KpiValue, k && isNumber(*k, decimalComma) ? "OUT_OF_RANGE" : "INVALID_NUMBER");
        else if (*v < 0)
            bad(KpiValue, "NEGATIVE_AMOUNT");
        else if (*v > bounds::kMaxAmount)
            bad(KpiValue, "OUT_OF_RANGE");
        else
            p.kpiValue = *v;
        if (const auto r = ascii(Revenue); r && r->isEmpty())
            bad(Revenue, "REQUIRED");
        else if (auto cents = r ? centsOf(*r, decimalComma) : std::nullopt; !cents)
            bad(Revenue, r && isNumber(*r, decimalComma) ? "OUT_OF_RANGE" : "INVALID_NUMBER");
        else if (*cents < 0)
            bad(Revenue, "NEGATIVE_AMOUNT");
        else if (*cents > bounds::kMaxAmountCents)
            bad(Revenue, "OUT_OF_RANGE");
        else
            p.revenueCents = *cents;
        const bool okBeforeCurrency = rowOk;
        p.currency = text(Currency, sharedField(Currency));
        const bool iso4217 =
            p.currency.size() == 3 && std::all_of(p.currency.cbegin(), p.currency.cend(), [](QChar c) {
                return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
            });
        if (!p.currency.isEmpty() && !iso4217 && rowOk == okBeforeCurrency)
            bad(Currency, "INVALID_CURRENCY");
        p.competency = text(Competency, sharedField(Competency));

        if (!rowOk)
            return keepReading; // every bad row is reported, unless told to stop
        ++valid;
        return handlers.onPurchase ? handlers.onPurchase(line, p) : true;
    };

    auto summary = CsvReader::readBytes(csv, onRow, handlers.onProgress, onHeader);
    if (headerError)
        return *headerError;
    if (!summary)
        return summary.error();
    return valid;
}

} // namespace lp
