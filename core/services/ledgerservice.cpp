// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "ledgerservice.h"

#include "io/csvreader.h"
#include "io/invoicecsvpipeline.h"
#include "io/invoicecsvreader.h"
#include "rules/eligibilityengine.h"
#include "rules/kpicalendar.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/kpisummaryrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/purchasewriter.h"
#include "storage/repository.h"

#include <QIODevice>
#include <QJsonObject>

#include <algorithm>

namespace lp {
namespace {

const QString kCancelled = QStringLiteral("CANCELLED");
const QString kRefused = QStringLiteral("IMPORT_REFUSED");
// The rows a file may bring, from its size: a row of the invoice CSV hardly takes fewer bytes.
constexpr qint64 kShortestRowBytes = 48;

// The view of a filter as storage reads it: the verdict turned into dates and document types
// with the engine's window for `asOf` (a row counts when it is accepted evidence dated inside
// the window, up to the latest report; dated after that, it is pending).
PurchaseQuery queryOf(Database& db, qint64 partnerId, const LedgerFilter& f, const Partner& partner,
                      const QDate& asOf)
{
    PurchaseQuery query;
    query.partnerId = partnerId;
    query.from = f.from;
    query.to = f.to;
    query.omlpType = f.omlpType;
    query.documentType = f.documentType;
    query.competency = f.competency;
    if (f.verdict == LedgerFilter::Verdict::Any)
        return query;
    const auto rules = RuleSetService::inForce(db, asOf);
    if (!rules)
        return query;
    const auto w = EligibilityEngine::window(partner, rules.value(), EvaluationKind::Enroll, asOf);
    const QDate reported = std::min(w.range.to, w.visibleThrough);
    PurchaseQuery::Evidence evidence{rules->acceptedEvidence, {}, {}, false};
    switch (f.verdict) {
    case LedgerFilter::Verdict::Counted:
        evidence.from = w.range.from;
        evidence.to = reported;
        break;
    case LedgerFilter::Verdict::Pending:
        evidence.from = reported.addDays(1);
        break;
    case LedgerFilter::Verdict::NotCounted:
        evidence.from = w.range.from;
        evidence.outside = true;
        break;
    case LedgerFilter::Verdict::Any:
        break;
    }
    query.evidence = evidence;
    return query;
}

} // namespace

Result<QList<LedgerRow>> LedgerService::page(const Session& session, qint64 partnerId,
                                             const LedgerFilter& filter, const std::optional<Purchase>& after,
                                             int limit, const QDate& asOf) const
{
    Seek seek;
    if (after)
        seek = {Seek::From::After, 0, *after};
    return page(session, partnerId, filter, seek, limit, asOf);
}

Result<QList<LedgerRow>> LedgerService::page(const Session& session, qint64 partnerId,
                                             const LedgerFilter& filter, const Seek& seek, int limit,
                                             const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    PurchaseQuery query = queryOf(m_db, partnerId, filter, partner.value(), asOf);
    query.start = seek.from == Seek::From::After    ? PurchaseQuery::Start::After
                  : seek.from == Seek::From::Before ? PurchaseQuery::Start::Before
                                                    : PurchaseQuery::Start::Offset;
    query.offset = seek.offset;
    query.keyDate = seek.key.invoiceDate;
    query.keyId = seek.key.id;
    query.limit = limit;
    auto purchases = PurchaseRepository(m_db).page(query);
    if (!purchases)
        return purchases.error();

    const auto rules = RuleSetService::inForce(m_db, asOf);
    std::optional<EligibilityEngine::Window> window;
    if (rules)
        window = EligibilityEngine::window(partner.value(), rules.value(), EvaluationKind::Enroll, asOf);
    const KpiCalendar calendar(rules ? rules->reportDay : 15, rules ? rules->windowMonths : 12);
    QList<LedgerRow> rows;
    rows.reserve(purchases->size());
    for (const Purchase& p : std::as_const(purchases.value())) {
        LedgerRow row;
        row.purchase = p;
        if (window) {
            // Dated after the evaluation date: not yet a purchase for that day's decision.
            row.reason = p.invoiceDate > asOf
                             ? ExclusionReason::NotYetReported
                             : EligibilityEngine::classify(p, rules.value(), *window, {}, false);
            if (row.reason == ExclusionReason::NotYetReported)
                row.visibleOn = calendar.visibleOn(p.invoiceDate);
        }
        rows.append(row);
    }
    return rows;
}

QStringList LedgerService::requiredColumns()
{
    return InvoiceCsvReader::requiredColumns();
}

QStringList LedgerService::optionalColumns()
{
    return InvoiceCsvReader::optionalColumns();
}

QByteArray LedgerService::invoiceTemplate()
{
    return InvoiceCsvReader::exampleCsv();
}

Result<qint64> LedgerService::count(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                    const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    return PurchaseRepository(m_db).count(queryOf(m_db, partnerId, filter, partner.value(), asOf));
}

Status LedgerService::exportCsv(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                QIODevice& out, const QDate& asOf,
                                const std::function<bool(qint64 rowsWritten)>& progress) const
{
    qint64 written = 0;
    out.write(CsvWriter::exportRow(
        {QStringLiteral("invoice"), QStringLiteral("line"), QStringLiteral("documentType"),
         QStringLiteral("invoiceDate"), QStringLiteral("omlpType"), QStringLiteral("units"),
         QStringLiteral("kpiValue"), QStringLiteral("revenue"), QStringLiteral("currency"),
         QStringLiteral("competency"), QStringLiteral("verdict"), QStringLiteral("visibleOn")}));
    std::optional<Purchase> after;
    for (;;) {
        auto rows = page(session, partnerId, filter, after, kPageSize, asOf);
        if (!rows)
            return rows.error();
        for (const LedgerRow& r : rows.value()) {
            const Purchase& p = r.purchase;
            out.write(CsvWriter::exportRow(
                {p.invoice, QString::number(p.line), toString(p.documentType),
                 Repository::isoDate(p.invoiceDate), p.omlpType, QString::number(p.units),
                 QString::number(p.kpiValue, 'g', 15),
                 QStringLiteral("%1.%2")
                     .arg(p.revenueCents / 100)
                     .arg(p.revenueCents % 100, 2, 10, QLatin1Char('0')),
                 p.currency, p.competency, r.reason ? toString(*r.reason) : QStringLiteral("COUNTED"),
                 r.visibleOn.isValid() ? Repository::isoDate(r.visibleOn) : QString()}));
        }
        written += rows->size();
        if (progress && !progress(written))
            return Error{kCancelled, {}, {}};
        if (rows->size() < kPageSize)
            return {};
        after = rows->last().purchase;
    }
}

Result<ImportSummary> LedgerService::importInvoices(const Session& session, qint64 partnerId, QIODevice& csv,
                                                    const ImportOptions& options)
{
    if (Status s = Authorizer::check(session, Permission::ImportInvoices, partnerId); !s)
        return s.error();
    return doImport(Actor::of(session), partnerId, csv, options);
}

Result<ImportSummary> LedgerService::importInvoices(const Actor& actor, qint64 partnerId, QIODevice& csv,
                                                    const ImportOptions& options)
{
    return doImport(actor, partnerId, csv, options);
}

Result<ImportSummary> LedgerService::doImport(const Actor& actor, qint64 partnerId, QIODevice& csv,
                                              const ImportOptions& options)
{
    ImportSummary summary;
    int lastBadRow = -1;
    auto addError = [&](const RowError& e) {
        if (summary.errors.size() < kListedErrors)
            summary.errors.append(e);
        else
            ++summary.unlistedErrors;
        // A row's problems come one after the other: problems and rows are counted apart.
        if (e.row != lastBadRow) {
            lastBadRow = e.row;
            ++summary.badRows;
        }
    };
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    std::optional<Error> failure;
    // The sums of the rows added, written to the KPI summary before the commit.
    KpiSummaryAdditions added;

    Status s = m_db.transaction([&]() -> Status {
        // Inside this transaction: a refused or cancelled file rolls back whatever was written.
        auto opened = PurchaseWriter::open(
            m_db, partnerId,
            [&](int line, const Purchase& p, PurchaseWriter::Outcome o) {
                switch (o) {
                case PurchaseWriter::Outcome::Added:
                    ++summary.added;
                    added.add(p);
                    break;
                case PurchaseWriter::Outcome::Same:
                    ++summary.unchanged;
                    break;
                case PurchaseWriter::Outcome::Conflict:
                    // A stored (invoice, line), earlier or on an earlier line of this file, with other
                    // values.
                    addError({line, QStringLiteral("invoice"), QStringLiteral("CONFLICT"),
                              QStringLiteral("%1/%2").arg(p.invoice).arg(p.line)});
                    break;
                case PurchaseWriter::Outcome::Absent:
                    break;
                }
            },
            csv.isSequential() ? 0 : (csv.size() - csv.pos()) / kShortestRowBytes);
        if (!opened)
            return opened.error();
        PurchaseWriter& writer = *opened.value();

        // The file is read and checked on a thread of its own while this one writes; the rows
        // and bad rows come in file order, as InvoiceCsvReader hands them over.
        InvoiceCsvPipeline reader(csv, today);
        InvoiceCsvPipeline::Batch batch;
        auto take = [&](const InvoiceCsvPipeline::Item& item) {
            if (item.error) {
                // The rows before this one are reported first, so the errors stay in file order;
                // from now on nothing is written, but every bad row is still found.
                if (Status s = writer.refuse(); !s && !failure)
                    failure = s.error();
                addError(*item.error);
                return !failure;
            }
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                failure = Error{kCancelled, {}, {}};
                return false;
            }
            if (Status s = writer.write(item.line, item.purchase); !s)
                failure = s.error();
            return !failure;
        };
        while (!failure && reader.next(batch)) {
            if (!std::all_of(batch.items.cbegin(), batch.items.cend(), take))
                break;
            if (batch.bytesRead >= 0 && options.progress)
                options.progress(batch.bytesRead);
        }
        reader.stop();
        const Result<int>& read = reader.result();
        if (failure)
            return *failure;
        if (!read)
            return read.error();
        if (Status s = writer.finish(); !s)
            return s;
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return Error{kCancelled, {}, {}}; // Cancel during the last rows or the index build
        if (!summary.ok())
            return Error{kRefused, {}, {}}; // rolls back: nothing of the file is written
        // The rows added summed into the KPI summary, in the same transaction, without reading
        // the purchases again (docs/architecture.md#the-kpi-summary).
        if (Status s = KpiSummaryRepository(m_db).add(partnerId, added); !s)
            return s;
        return AuditLog::record(m_db, actor, QStringLiteral("purchase.import"), QStringLiteral("purchase"),
                                options.fileName, partnerId, {},
                                QJsonObject{{QStringLiteral("file"), options.fileName},
                                            {QStringLiteral("added"), summary.added},
                                            {QStringLiteral("unchanged"), summary.unchanged}});
    });
    if (!s && s.error().code == kRefused)
        return ImportSummary{0, 0, 0, summary.errors, summary.unlistedErrors, summary.badRows};
    if (!s)
        return s.error();
    return summary;
}

} // namespace lp
