// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/purchase.h"
#include "domain/rowerror.h"

#include <QDate>
#include <QStringList>

#include <functional>

class QIODevice;

namespace lp {

// Reads a Courseware Marketplace invoice CSV (formats.md): columns found by name
// (case-insensitive, any order, extra ones ignored): invoice, line, documentType,
// invoiceDate, omlpType, units, kpiValue, revenue, currency, competency (line, currency
// and competency optional). With ';' as delimiter numbers may use a decimal comma. Dates
// are YYYY-MM-DD or DD/MM/YYYY. Every row is checked; each valid one is handed over, each
// bad one is reported with its line, column, code and value.
class InvoiceCsvReader
{
public:
    static const QStringList& requiredColumns();
    static const QStringList& optionalColumns();
    // A small file in the format, every column with an example row of each document type: what the
    // import dialog shows and saves as a template (docs/rules.md#csv-files).
    static QByteArray exampleCsv();

    struct Handlers
    {
        std::function<bool(int line, const Purchase& purchase)> onPurchase; // false: stop
        std::function<bool(const RowError& error)> onError;                 // false: stop
        std::function<void(qint64 bytes)> onProgress;
    };

    // `today`: a purchase dated after it is a bad row. Errors of the file as a whole
    // (not CSV, a missing column) come back as the result's error.
    static Result<int> read(QIODevice& csv, const QDate& today, const Handlers& handlers);

    // Parses an amount as written in the file: "1290.50", or "1290,50" / "1.290,50" when
    // decimalComma. Exact to the cent (half away from zero); nullopt when not a number.
    static std::optional<qint64> parseCents(const QString& text, bool decimalComma);
    static std::optional<double> parseNumber(const QString& text, bool decimalComma);
    static QDate parseDate(const QString& text);
};

// The header error of a CSV file whose columns are found by name: CSV_MISSING_COLUMN with every
// missing column (quoted, comma-separated) and, when there are any, the header's unknown columns.
Error missingColumns(const QStringList& missing, const QStringList& header, const QStringList& known);

} // namespace lp
