#include "kpisummaryrepository.h"

#include <limits>

namespace lp {

Result<QList<Purchase>> KpiSummaryRepository::dailyTotals(qint64 partnerId) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT invoice_date, document_type, competency, SUM(kpi_value), COUNT(*),"
                               " SUM(revenue_cents), SUM(units) FROM purchases WHERE partner_id = ?"
                               " GROUP BY invoice_date, document_type, competency ORDER BY invoice_date"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Purchase> out;
    while (q.next()) {
        Purchase p;
        p.invoiceDate = toDate(q.value(0));
        p.documentType = fromString<DocumentType>(q.value(1).toString()).value_or(DocumentType::Invoice);
        p.competency = q.value(2).toString();
        p.kpiValue = q.value(3).toDouble();
        p.lines = q.value(4).toInt();
        // A day's sums past what a qint64 (revenue) or an int (units) holds are refused, never wrapped
        // (docs/rules.md#input-bounds); PostgreSQL hands bigger sums over as numeric text.
        bool revenueOk = false;
        bool unitsOk = false;
        p.revenueCents = q.value(5).toLongLong(&revenueOk);
        const qint64 units = q.value(6).toLongLong(&unitsOk);
        if (!revenueOk || !unitsOk || units > std::numeric_limits<int>::max())
            return Error{QStringLiteral("TOTAL_OUT_OF_RANGE"), {}, {Repository::isoDate(p.invoiceDate)}};
        p.units = int(units);
        out.append(p);
    }
    return out;
}

} // namespace lp
