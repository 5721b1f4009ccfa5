// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Fuzz target: the invoice CSV import's reading, InvoiceCsvReader::read, and the same bytes through
// InvoiceCsvPipeline (its reading thread). Invariants: no crash, no escaping exception; a
// file-level error has a code (and a column name when one is missing); every bad row names its
// line, a known column and a code; every purchase handed over passes the checks the reader
// promises (invoice and OMLP type present, units and line at least 1, amounts not negative,
// a real date not after today, an ISO 4217 currency or none, every number and text within its
// bound, no control character); the count returned is the number
// handed over; the pipeline hands over the same items in the same order with the same result.
// Inputs up to 1 KiB also go to the public amount and date parsers, whose answers must read back.

#include "domain/bounds.h"
#include "fuzzcheck.h"
#include "io/invoicecsvpipeline.h"
#include "io/invoicecsvreader.h"

#include <QBuffer>

#include <cmath>
#include <cstdlib>

using namespace lp;

namespace {

const QDate kToday(2025, 6, 30);

struct Item
{
    int line = 0;
    Purchase purchase;
    std::optional<RowError> error;
    bool operator==(const Item&) const = default;
};

void checkPurchase(const Purchase& p)
{
    LP_FUZZ_CHECK(!p.invoice.isEmpty());
    LP_FUZZ_CHECK(!p.omlpType.isEmpty());
    LP_FUZZ_CHECK(p.line >= 1);
    LP_FUZZ_CHECK(p.units >= 1);
    LP_FUZZ_CHECK(p.kpiValue >= 0 && std::isfinite(p.kpiValue));
    LP_FUZZ_CHECK(p.revenueCents >= 0);
    LP_FUZZ_CHECK(p.invoiceDate.isValid() && p.invoiceDate <= kToday);
    LP_FUZZ_CHECK(p.currency.isEmpty() || p.currency.size() == 3);
    // docs/rules.md#input-bounds: nothing past its bound is handed over.
    LP_FUZZ_CHECK(p.units <= bounds::kMaxUnits);
    LP_FUZZ_CHECK(p.kpiValue <= bounds::kMaxAmount);
    LP_FUZZ_CHECK(p.revenueCents <= bounds::kMaxAmountCents);
    for (const QString* text : {&p.invoice, &p.omlpType, &p.currency, &p.competency}) {
        LP_FUZZ_CHECK(text->size() <= bounds::kMaxTextLength);
        LP_FUZZ_CHECK(bounds::controlCharacterAt(*text) < 0);
    }
}

void checkRowError(const RowError& e)
{
    LP_FUZZ_CHECK(e.row >= 2);
    LP_FUZZ_CHECK(!e.code.isEmpty());
    LP_FUZZ_CHECK(InvoiceCsvReader::requiredColumns().contains(e.column) ||
                  InvoiceCsvReader::optionalColumns().contains(e.column));
}

void checkParsers(const QByteArray& input)
{
    const QString text = QString::fromUtf8(input);
    for (bool decimalComma : {false, true}) {
        if (const auto cents = InvoiceCsvReader::parseCents(text, decimalComma)) {
            const qint64 magnitude = *cents < 0 ? -*cents : *cents;
            const QString written = QStringLiteral("%1%2.%3")
                                        .arg(*cents < 0 ? QStringLiteral("-") : QString())
                                        .arg(magnitude / 100)
                                        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
            LP_FUZZ_CHECK(InvoiceCsvReader::parseCents(written, false) == cents);
        }
        if (const auto number = InvoiceCsvReader::parseNumber(text, decimalComma)) {
            LP_FUZZ_CHECK(std::isfinite(*number));
            // A number read is the number written: never a zero (or infinity) standing for one
            // out of a double's range.
            if (!decimalComma)
                LP_FUZZ_CHECK(*number == std::strtod(text.trimmed().toLatin1().constData(), nullptr));
        }
    }
    const QDate date = InvoiceCsvReader::parseDate(text);
    if (date.isValid())
        LP_FUZZ_CHECK(InvoiceCsvReader::parseDate(date.toString(Qt::ISODate)) == date);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzz::guarded([&] {
        const QByteArray input = fuzz::bytes(data, size);
        if (input.size() <= 1024)
            checkParsers(input);

        QList<Item> direct;
        InvoiceCsvReader::Handlers handlers;
        handlers.onPurchase = [&](int line, const Purchase& p) {
            checkPurchase(p);
            direct.append({line, p, std::nullopt});
            return true;
        };
        handlers.onError = [&](const RowError& e) {
            checkRowError(e);
            direct.append({e.row, {}, e});
            return true;
        };
        QByteArray copy = input;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        const Result<int> result = InvoiceCsvReader::read(buffer, kToday, handlers);
        if (result) {
            const auto purchases =
                std::count_if(direct.cbegin(), direct.cend(), [](const Item& i) { return !i.error; });
            LP_FUZZ_CHECK(*result == purchases);
        } else {
            LP_FUZZ_CHECK_ERROR(result.error());
            if (result.error().code == QLatin1String("CSV_MISSING_COLUMN"))
                LP_FUZZ_CHECK(InvoiceCsvReader::requiredColumns().contains(result.error().path));
        }

        QByteArray again = input;
        QBuffer second(&again);
        second.open(QIODevice::ReadOnly);
        QList<Item> piped;
        InvoiceCsvPipeline pipeline(second, kToday);
        InvoiceCsvPipeline::Batch batch;
        while (pipeline.next(batch)) {
            for (const InvoiceCsvPipeline::Item& i : batch.items)
                piped.append({i.line, i.purchase, i.error});
        }
        LP_FUZZ_CHECK(piped == direct);
        LP_FUZZ_CHECK(pipeline.result().ok() == result.ok());
        if (result)
            LP_FUZZ_CHECK(*pipeline.result() == *result);
        else
            LP_FUZZ_CHECK(pipeline.result().error() == result.error());
    });
}
