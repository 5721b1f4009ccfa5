#include "ledgerservice.h"

#include "io/csvreader.h"
#include "io/invoicecsvpipeline.h"
#include "io/rulesetlibrary.h"
#include "rules/eligibilityengine.h"
#include "rules/kpicalendar.h"
#include "security/authorizer.h"
#include "storage/partnerrepository.h"
#include "storage/purchasewriter.h"
#include "storage/repository.h"

#include <QIODevice>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace lp {
namespace {

const QString kCancelled = QStringLiteral("CANCELLED");
const QString kRefused = QStringLiteral("IMPORT_REFUSED");
// The rows a file may bring, from its size: a row of the invoice CSV hardly takes fewer bytes.
constexpr qint64 kShortestRowBytes = 48;

// The WHERE clause of a filter and its values, in order. The verdict is translated into
// dates and document types with the engine's window for `asOf`.
QString whereOf(const LedgerFilter& f, QVariantList& values, const Partner& partner, const QDate& asOf)
{
    QString where = QStringLiteral(" WHERE partner_id = ?");
    if (f.from.isValid()) {
        where += QStringLiteral(" AND invoice_date >= ?");
        values << Repository::dateValue(f.from);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND invoice_date <= ?");
        values << Repository::dateValue(f.to);
    }
    if (!f.omlpType.isEmpty()) {
        where += QStringLiteral(" AND omlp_type = ?");
        values << f.omlpType;
    }
    if (f.documentType) {
        where += QStringLiteral(" AND document_type = ?");
        values << toString(*f.documentType);
    }
    if (!f.competency.isEmpty()) {
        where += QStringLiteral(" AND competency = ?");
        values << f.competency;
    }
    if (f.verdict != LedgerFilter::Verdict::Any) {
        const auto rules = RuleSetLibrary::inForce(asOf);
        if (rules) {
            const auto w = EligibilityEngine::window(partner, rules.value(), EvaluationKind::Enroll, asOf);
            QStringList accepted;
            for (DocumentType t : rules->acceptedEvidence)
                accepted << QStringLiteral("'%1'").arg(toString(t)); // our own enum names, not input
            const QString isAccepted =
                QStringLiteral("document_type IN (%1)").arg(accepted.join(QLatin1Char(',')));
            switch (f.verdict) {
            case LedgerFilter::Verdict::Counted:
                where += QStringLiteral(" AND ") + isAccepted +
                         QStringLiteral(" AND invoice_date >= ? AND invoice_date <= ?");
                values << Repository::dateValue(w.range.from)
                       << Repository::dateValue(std::min(w.range.to, w.visibleThrough));
                break;
            case LedgerFilter::Verdict::Pending:
                where += QStringLiteral(" AND ") + isAccepted + QStringLiteral(" AND invoice_date > ?");
                values << Repository::dateValue(std::min(w.range.to, w.visibleThrough));
                break;
            case LedgerFilter::Verdict::NotCounted:
                where += QStringLiteral(" AND (NOT ") + isAccepted + QStringLiteral(" OR invoice_date < ?)");
                values << Repository::dateValue(w.range.from);
                break;
            case LedgerFilter::Verdict::Any:
                break;
            }
        }
    }
    return where;
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
    QVariantList values{partnerId};
    QString sql =
        QStringLiteral("SELECT id, invoice, line, document_type, invoice_date, omlp_type, units, kpi_value,"
                       " revenue_cents, currency, competency FROM purchases") +
        whereOf(filter, values, partner.value(), asOf);
    // Keyset paging: the rows next to a row shown, found through the date index without an
    // OFFSET to step through. Before a row, they are read upwards and turned round below. The
    // plain range on the date is what lets the database start the index scan at the key: from
    // the OR alone (its values bound one by one) it would scan from the newest row every time.
    const bool backwards = seek.from == Seek::From::Before;
    if (seek.from != Seek::From::Offset) {
        sql += backwards
                   ? QStringLiteral(
                         " AND invoice_date >= ? AND (invoice_date > ? OR (invoice_date = ? AND id > ?))")
                   : QStringLiteral(
                         " AND invoice_date <= ? AND (invoice_date < ? OR (invoice_date = ? AND id < ?))");
        const QVariant date = Repository::dateValue(seek.key.invoiceDate);
        values << date << date << date << seek.key.id;
    }
    sql += backwards ? QStringLiteral(" ORDER BY invoice_date ASC, id ASC LIMIT ?")
                     : QStringLiteral(" ORDER BY invoice_date DESC, id DESC LIMIT ?");
    values << limit;
    if (seek.from == Seek::From::Offset && seek.offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values << seek.offset;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();

    const auto rules = RuleSetLibrary::inForce(asOf);
    std::optional<EligibilityEngine::Window> window;
    if (rules)
        window = EligibilityEngine::window(partner.value(), rules.value(), EvaluationKind::Enroll, asOf);
    const KpiCalendar calendar(rules ? rules->reportDay : 15, rules ? rules->windowMonths : 12);
    QList<LedgerRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        LedgerRow row;
        Purchase& p = row.purchase;
        p.id = q.value(0).toLongLong();
        p.invoice = q.value(1).toString();
        p.line = q.value(2).toInt();
        p.documentType = fromString<DocumentType>(q.value(3).toString()).value_or(DocumentType::Invoice);
        p.invoiceDate = Repository::toDate(q.value(4));
        p.omlpType = q.value(5).toString();
        p.units = q.value(6).toInt();
        p.kpiValue = q.value(7).toDouble();
        p.revenueCents = q.value(8).toLongLong();
        p.currency = q.value(9).toString();
        p.competency = q.value(10).toString();
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
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<qint64> LedgerService::count(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                    const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    QVariantList values{partnerId};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM purchases") +
              whereOf(filter, values, partner.value(), asOf));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status LedgerService::exportCsv(const Session& session, qint64 partnerId, const LedgerFilter& filter,
                                QIODevice& out, const QDate& asOf,
                                const std::function<bool(qint64 rowsWritten)>& progress) const
{
    qint64 written = 0;
    out.write(CsvWriter::row(
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
            out.write(CsvWriter::row({p.invoice, QString::number(p.line), toString(p.documentType),
                                      Repository::isoDate(p.invoiceDate), p.omlpType,
                                      QString::number(p.units), QString::number(p.kpiValue, 'g', 15),
                                      QStringLiteral("%1.%2")
                                          .arg(p.revenueCents / 100)
                                          .arg(p.revenueCents % 100, 2, 10, QLatin1Char('0')),
                                      p.currency, p.competency,
                                      r.reason ? toString(*r.reason) : QStringLiteral("COUNTED"),
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
    auto addError = [&](const RowError& e) {
        if (summary.errors.size() < kListedErrors)
            summary.errors.append(e);
        else
            ++summary.unlistedErrors;
    };
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    std::optional<Error> failure;

    Status s = m_db.transaction([&]() -> Status {
        // Inside this transaction: a refused or cancelled file rolls back whatever was written.
        auto opened = PurchaseWriter::open(
            m_db, partnerId,
            [&](int line, const Purchase& p, PurchaseWriter::Outcome o) {
                switch (o) {
                case PurchaseWriter::Outcome::Added:
                    ++summary.added;
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
        return AuditLog::record(m_db, actor, QStringLiteral("purchase.import"), QStringLiteral("purchase"),
                                options.fileName, partnerId, {},
                                QJsonObject{{QStringLiteral("file"), options.fileName},
                                            {QStringLiteral("added"), summary.added},
                                            {QStringLiteral("unchanged"), summary.unchanged}});
    });
    if (!s && s.error().code == kRefused)
        return ImportSummary{0, 0, 0, summary.errors, summary.unlistedErrors};
    if (!s)
        return s.error();
    return summary;
}

} // namespace lp
