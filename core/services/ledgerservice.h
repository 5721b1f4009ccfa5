// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/purchase.h"
#include "domain/rowerror.h"
#include "security/session.h"
#include "storage/database.h"

#include <QDate>
#include <QList>

#include <optional>

#include <atomic>
#include <functional>

class QIODevice;

namespace lp {

// The partner's KPI ledger: Courseware Marketplace purchases in and out.
// A view of the ledger: which rows, in SQL, with the indexes' help.
struct LedgerFilter
{
    QDate from; // invoice date range, inclusive; null: open
    QDate to;
    QString omlpType; // found anywhere in the row's text, whatever the case
    std::optional<DocumentType> documentType;
    QString competency; // the same
    // What the engine says of the row in the latest report's window (filtered in SQL).
    enum class Verdict { Any, Counted, Pending, NotCounted };
    Verdict verdict = Verdict::Any;

    bool operator==(const LedgerFilter&) const = default;
};

// One ledger row and what the engine says of it in the window of the latest report.
struct LedgerRow
{
    Purchase purchase;
    std::optional<ExclusionReason> reason; // none: counted; else NotInvoice, OutsideWindow, NotYetReported
    QDate visibleOn;                       // the report a pending row appears in
};

class LedgerService
{
public:
    static constexpr int kPageSize = 500;

    // Where a page of the view (newest first: invoice date, then id, descending) starts.
    struct Seek
    {
        enum class From {
            Offset, // the row at `offset` of the view (SQL OFFSET: the rows before it are stepped over)
            After,  // the row after `key`: the next page of a page that ended with `key`
            Before, // the `limit` rows before `key`: the page before one that began with `key`
        };
        From from = From::Offset;
        qint64 offset = 0;
        Purchase key; // its invoiceDate and id
    };

    // Newest first, `limit` rows after `after` (the last row of the previous page, or none).
    Result<QList<LedgerRow>> page(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                  const std::optional<Purchase>& after, int limit, const QDate& asOf) const;
    // Newest first, the `limit` rows of the view that `seek` says.
    Result<QList<LedgerRow>> page(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                  const Seek& seek, int limit, const QDate& asOf) const;
    Result<qint64> count(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                         const QDate& asOf = QDate::currentDate()) const;
    // Writes the filtered view as CSV (the import's columns, and the verdict), page by page.
    // `progress` hears the rows written after each page; false from it stops with CANCELLED.
    Status exportCsv(const Session& session, qint64 partnerId, const LedgerFilter& filter, QIODevice& out,
                     const QDate& asOf, const std::function<bool(qint64 rowsWritten)>& progress = {}) const;

    static constexpr int kListedErrors = 1000; // problems listed one by one; the rest are counted
    // The invoice file's columns (needed, optional) and a template with example rows, for the import
    // dialog to show before a file is chosen.
    static QStringList requiredColumns();
    static QStringList optionalColumns();
    static QByteArray invoiceTemplate();

    struct ImportOptions
    {
        QDate today;                                    // rows dated after it are refused
        QString fileName;                               // for the audit trail
        std::function<void(qint64 bytesRead)> progress; // called as the file is read
        const std::atomic_bool* cancel = nullptr;       // set it to stop; nothing is written
    };

    explicit LedgerService(Database& db) : m_db(db) {}

    // Imports an invoice CSV, all or nothing, in one transaction: one bad row refuses the
    // whole file and the answer lists every bad row. Rows already stored with the same
    // values are skipped; a stored (invoice, line) with other values is a CONFLICT.
    // Order confirmations and partner reports are stored too (support needs them) but
    // never count (docs/rules.md#invoices-only). A cancelled import returns CANCELLED and writes nothing.
    Result<ImportSummary> importInvoices(const Session& session, qint64 partnerId, QIODevice& csv,
                                         const ImportOptions& options);
    // The same for the command-line operator, who holds the database itself.
    Result<ImportSummary> importInvoices(const Actor& actor, qint64 partnerId, QIODevice& csv,
                                         const ImportOptions& options);

private:
    Result<ImportSummary> doImport(const Actor& actor, qint64 partnerId, QIODevice& csv,
                                   const ImportOptions& options);

    Database& m_db;
};

} // namespace lp
