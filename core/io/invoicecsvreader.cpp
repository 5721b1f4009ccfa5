#include "invoicecsvreader.h"

#include "csvreader.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace lp {
namespace {

enum Column { Invoice, Line, DocType, InvoiceDate, OmlpType, Units, KpiValue, Revenue, Currency, Competency, ColumnCount };

const std::array<const char*, ColumnCount> kNames{"invoice",  "line",    "documentType", "invoiceDate", "omlpType",
                                                  "units",    "kpiValue", "revenue",     "currency",    "competency"};

// Normalises a number written with a decimal comma (and perhaps '.' thousands separators).
QString normalised(const QString& text, bool decimalComma)
{
    QString t = text.trimmed();
    if (decimalComma && t.contains(QLatin1Char(','))) {
        t.remove(QLatin1Char('.'));
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    return t;
}

} // namespace

const QStringList& InvoiceCsvReader::requiredColumns()
{
    static const QStringList columns{QStringLiteral("invoice"),  QStringLiteral("documentType"), QStringLiteral("invoiceDate"),
                                     QStringLiteral("omlpType"), QStringLiteral("units"),        QStringLiteral("kpiValue"),
                                     QStringLiteral("revenue")};
    return columns;
}

const QStringList& InvoiceCsvReader::optionalColumns()
{
    static const QStringList columns{QStringLiteral("line"), QStringLiteral("currency"), QStringLiteral("competency")};
    return columns;
}

namespace {

// A plain decimal: optional '-', digits, optional '.' and digits. Returns the positions of
// its parts, or nothing. (Called for every field of a million-row file: no regex here.)
struct Decimal
{
    bool negative = false;
    QStringView whole;
    QStringView fraction;
};

std::optional<Decimal> decimal(QStringView t)
{
    Decimal d;
    qsizetype i = 0;
    if (i < t.size() && t[i] == QLatin1Char('-')) {
        d.negative = true;
        ++i;
    }
    const qsizetype wholeStart = i;
    while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
        ++i;
    d.whole = t.mid(wholeStart, i - wholeStart);
    if (d.whole.isEmpty())
        return std::nullopt;
    if (i < t.size()) {
        if (t[i] != QLatin1Char('.'))
            return std::nullopt;
        const qsizetype fractionStart = ++i;
        while (i < t.size() && t[i].isDigit() && t[i].unicode() < 128)
            ++i;
        d.fraction = t.mid(fractionStart, i - fractionStart);
        if (d.fraction.isEmpty() || i != t.size())
            return std::nullopt;
    }
    return d;
}

int digit(QChar c) { return c.unicode() - '0'; }

} // namespace

std::optional<qint64> InvoiceCsvReader::parseCents(const QString& text, bool decimalComma)
{
    const QString t = normalised(text, decimalComma);
    const auto d = decimal(t);
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

std::optional<double> InvoiceCsvReader::parseNumber(const QString& text, bool decimalComma)
{
    const QString t = normalised(text, decimalComma);
    if (!decimal(t))
        return std::nullopt;
    return t.toDouble();
}

QDate InvoiceCsvReader::parseDate(const QString& text)
{
    const QStringView t = QStringView(text).trimmed();
    auto number = [&](qsizetype from, qsizetype length) {
        int v = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (!t[i].isDigit() || t[i].unicode() >= 128)
                return -1;
            v = v * 10 + digit(t[i]);
        }
        return v;
    };
    if (t.size() != 10)
        return {};
    // YYYY-MM-DD or DD/MM/YYYY; QDate refuses the impossible ones (2021-02-30).
    if (t[4] == QLatin1Char('-') && t[7] == QLatin1Char('-'))
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    if (t[2] == QLatin1Char('/') && t[5] == QLatin1Char('/'))
        return QDate(number(6, 4), number(3, 2), number(0, 2));
    return {};
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
                if (at[c] < 0 && header[i].trimmed().compare(QLatin1String(kNames[c]), Qt::CaseInsensitive) == 0)
                    at[c] = i;
            }
        }
        for (const QString& name : requiredColumns()) {
            const auto index = std::find_if(kNames.cbegin(), kNames.cend(), [&](const char* n) { return name == QLatin1String(n); });
            if (at[index - kNames.cbegin()] < 0) {
                headerError = Error{QStringLiteral("CSV_MISSING_COLUMN"), name, {name}};
                return false;
            }
        }
        return true;
    };

    auto onRow = [&](int line, const QStringList& fields) {
        auto field = [&](Column c) { return at[c] < 0 ? QString() : fields.value(at[c]).trimmed(); };
        bool rowOk = true;
        auto bad = [&](Column c, const char* code) {
            rowOk = false;
            if (handlers.onError)
                handlers.onError({line, QLatin1String(kNames[c]), QLatin1String(code), field(c)});
        };

        Purchase p;
        p.invoice = field(Invoice);
        if (p.invoice.isEmpty())
            bad(Invoice, "REQUIRED");
        if (const QString l = field(Line); !l.isEmpty()) {
            bool ok = false;
            p.line = l.toInt(&ok);
            if (!ok)
                bad(Line, "INVALID_NUMBER");
            else if (p.line < 1)
                bad(Line, "OUT_OF_RANGE");
        }
        const QString docType = field(DocType);
        if (docType.isEmpty())
            bad(DocType, "REQUIRED");
        else if (docType.compare(QLatin1String("invoice"), Qt::CaseInsensitive) == 0)
            p.documentType = DocumentType::Invoice;
        else if (docType.compare(QLatin1String("orderConfirmation"), Qt::CaseInsensitive) == 0)
            p.documentType = DocumentType::OrderConfirmation;
        else if (docType.compare(QLatin1String("partnerReport"), Qt::CaseInsensitive) == 0)
            p.documentType = DocumentType::PartnerReport;
        else
            bad(DocType, "UNKNOWN_DOCUMENT_TYPE");
        const QString date = field(InvoiceDate);
        p.invoiceDate = parseDate(date);
        if (date.isEmpty())
            bad(InvoiceDate, "REQUIRED");
        else if (!p.invoiceDate.isValid())
            bad(InvoiceDate, "INVALID_DATE");
        else if (p.invoiceDate > today)
            bad(InvoiceDate, "DATE_IN_FUTURE");
        p.omlpType = field(OmlpType);
        if (p.omlpType.isEmpty())
            bad(OmlpType, "REQUIRED");
        {
            bool ok = false;
            const QString u = field(Units);
            p.units = u.toInt(&ok);
            if (u.isEmpty())
                bad(Units, "REQUIRED");
            else if (!ok)
                bad(Units, "INVALID_NUMBER");
            else if (p.units < 1)
                bad(Units, "OUT_OF_RANGE");
        }
        if (const QString k = field(KpiValue); k.isEmpty())
            bad(KpiValue, "REQUIRED");
        else if (auto v = parseNumber(k, decimalComma); !v)
            bad(KpiValue, "INVALID_NUMBER");
        else if (*v < 0)
            bad(KpiValue, "NEGATIVE_AMOUNT");
        else
            p.kpiValue = *v;
        if (const QString r = field(Revenue); r.isEmpty())
            bad(Revenue, "REQUIRED");
        else if (auto cents = parseCents(r, decimalComma); !cents)
            bad(Revenue, "INVALID_NUMBER");
        else if (*cents < 0)
            bad(Revenue, "NEGATIVE_AMOUNT");
        else
            p.revenueCents = *cents;
        p.currency = field(Currency).toUpper();
        const bool iso4217 = p.currency.size() == 3
                             && std::all_of(p.currency.cbegin(), p.currency.cend(),
                                            [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); });
        if (!p.currency.isEmpty() && !iso4217)
            bad(Currency, "INVALID_CURRENCY");
        p.competency = field(Competency);

        if (!rowOk)
            return true; // keep reading: every bad row is reported
        ++valid;
        return handlers.onPurchase ? handlers.onPurchase(line, p) : true;
    };

    auto summary = CsvReader::read(csv, onRow, handlers.onProgress, onHeader);
    if (headerError)
        return *headerError;
    if (!summary)
        return summary.error();
    return valid;
}

} // namespace lp
