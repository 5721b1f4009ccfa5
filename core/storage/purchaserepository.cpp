#include "purchaserepository.h"

namespace lp {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, invoice, line, document_type, invoice_date, omlp_type, units,"
                   " kpi_value, revenue_cents, currency, competency FROM purchases");

Purchase purchaseFrom(const QSqlQuery& q)
{
    Purchase p;
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
    return p;
}

// Runs `q` and reads every row it gives as a purchase.
Result<QList<Purchase>> purchasesOf(const Database& db, QSqlQuery& q)
{
    if (Status s = db.exec(q); !s)
        return s.error();
    QList<Purchase> out;
    while (q.next())
        out.append(purchaseFrom(q));
    return out;
}

void bindValues(QSqlQuery& q, const Purchase& p)
{
    q.addBindValue(p.invoice);
    q.addBindValue(p.line);
    q.addBindValue(toString(p.documentType));
    q.addBindValue(Repository::dateValue(p.invoiceDate));
    q.addBindValue(p.omlpType);
    q.addBindValue(p.units);
    q.addBindValue(p.kpiValue);
    q.addBindValue(p.revenueCents);
    q.addBindValue(Repository::text(p.currency));
    q.addBindValue(Repository::text(p.competency));
}

} // namespace

Result<qint64> PurchaseRepository::insert(qint64 partnerId, const Purchase& p)
{
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO purchases (partner_id, invoice, line, document_type,"
                               " invoice_date, omlp_type, units, kpi_value, revenue_cents, currency,"
                               " competency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(partnerId);
    bindValues(q, p);
    return insertReturningId(q);
}

Status PurchaseRepository::update(qint64 partnerId, const Purchase& p)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE purchases SET invoice = ?, line = ?, document_type = ?,"
                                         " invoice_date = ?, omlp_type = ?, units = ?, kpi_value = ?,"
                                         " revenue_cents = ?, currency = ?, competency = ?"
                                         " WHERE id = ? AND partner_id = ?"));
    bindValues(q, p);
    q.addBindValue(p.id);
    q.addBindValue(partnerId);
    return execOne(q, QStringLiteral("purchase %1").arg(p.id));
}

Result<std::optional<Purchase>> PurchaseRepository::find(qint64 partnerId, const QString& invoice,
                                                         int line) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE partner_id = ? AND invoice = ? AND line = ?"));
    q.addBindValue(partnerId);
    q.addBindValue(invoice);
    q.addBindValue(line);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Purchase>();
    return std::optional<Purchase>(purchaseFrom(q));
}

Result<QList<Purchase>> PurchaseRepository::findByInvoice(qint64 partnerId, const QString& invoice) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE partner_id = ? AND invoice = ? ORDER BY line"));
    q.addBindValue(partnerId);
    q.addBindValue(invoice);
    return purchasesOf(m_db, q);
}

Result<QList<Purchase>> PurchaseRepository::list(qint64 partnerId, const QDate& until) const
{
    QSqlQuery q = prepare(kColumns + QStringLiteral(" WHERE partner_id = ?") +
                          (until.isValid() ? QStringLiteral(" AND invoice_date <= ?") : QString()) +
                          QStringLiteral(" ORDER BY invoice_date, invoice, line"));
    q.addBindValue(partnerId);
    if (until.isValid())
        q.addBindValue(dateValue(until));
    return purchasesOf(m_db, q);
}

Result<QList<Purchase>> PurchaseRepository::list(qint64 partnerId, const QDate& from, const QDate& until,
                                                 int limit) const
{
    QSqlQuery q =
        prepare(kColumns + QStringLiteral(" WHERE partner_id = ? AND invoice_date >= ? AND invoice_date <= ?"
                                          " ORDER BY invoice_date, invoice, line LIMIT ?"));
    q.addBindValue(partnerId);
    q.addBindValue(dateValue(from));
    q.addBindValue(dateValue(until));
    q.addBindValue(limit);
    return purchasesOf(m_db, q);
}

Result<qint64> PurchaseRepository::countBefore(qint64 partnerId, const QDate& date) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT count(*) FROM purchases WHERE partner_id = ? AND invoice_date < ?"));
    q.addBindValue(partnerId);
    q.addBindValue(dateValue(date));
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> PurchaseRepository::count(qint64 partnerId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT count(*) FROM purchases WHERE partner_id = ?"));
    q.addBindValue(partnerId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace lp
