#include "invoicecsvreader.h"

#include "csvreader.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

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

std::optional<qint64> InvoiceCsvReader::parseCents(const QString& text, bool decimalComma)
{
    static const QRegularExpression decimal(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const auto m = decimal.match(normalised(text, decimalComma));
    if (!m.hasMatch() || m.captured(2).size() > 15)
        return std::nullopt;
    const QString fraction = m.captured(3) + QStringLiteral("000");
    qint64 cents = m.captured(2).toLongLong() * 100 + fraction.left(2).toLongLong();
    if (fraction.at(2) >= QLatin1Char('5'))
        ++cents; // half away from zero, on the magnitude
    return m.captured(1).isEmpty() ? cents : -cents;
}

std::optional<double> InvoiceCsvReader::parseNumber(const QString& text, bool decimalComma)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(?:\\.[0-9]+)?$"));
    const QString t = normalised(text, decimalComma);
    if (!number.match(t).hasMatch())
        return std::nullopt;
    return t.toDouble();
}

QDate InvoiceCsvReader::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    return d;
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
        static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (!p.currency.isEmpty() && !iso4217.match(p.currency).hasMatch())
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
