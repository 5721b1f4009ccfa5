#include "kpisummaryrepository.h"

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
        p.revenueCents = q.value(5).toLongLong();
        p.units = q.value(6).toInt();
        out.append(p);
    }
    return out;
}

} // namespace lp
