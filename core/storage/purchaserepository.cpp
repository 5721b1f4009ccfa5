// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "purchaserepository.h"

#include "kpisummaryrepository.h"

#include <algorithm>

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

// The evidence condition. Outside it is written term by term (a type not accepted, or a date
// before or after the range) rather than as NOT (...): the same rows, NULLs included, in the
// shape the ledger's query has always had.
QString evidenceOf(const PurchaseQuery::Evidence& e, QVariantList& values, const QString& date)
{
    const QStringList marks(e.documentTypes.size(), QStringLiteral("?"));
    for (DocumentType t : e.documentTypes)
        values << toString(t);
    const QString types = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList terms;
    if (!e.outside) {
        if (e.documentTypes.isEmpty())
            return QStringLiteral(" AND 1 = 0"); // no evidence is accepted: no row is inside
        terms << QStringLiteral("document_type IN ") + types;
        if (e.from.isValid()) {
            terms << date + QStringLiteral(" >= ?");
            values << Repository::dateValue(e.from);
        }
        if (e.to.isValid()) {
            terms << date + QStringLiteral(" <= ?");
            values << Repository::dateValue(e.to);
        }
        return QStringLiteral(" AND ") + terms.join(QStringLiteral(" AND "));
    }
    if (e.documentTypes.isEmpty())
        return {}; // no evidence is accepted: every row is outside
    terms << QStringLiteral("document_type NOT IN ") + types;
    if (e.from.isValid()) {
        terms << date + QStringLiteral(" < ?");
        values << Repository::dateValue(e.from);
    }
    if (e.to.isValid()) {
        terms << date + QStringLiteral(" > ?");
        values << Repository::dateValue(e.to);
    }
    return QStringLiteral(" AND (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// The WHERE clause of the view of `query` (its page aside), its values appended in order.
// A LIKE pattern that finds `text` anywhere, lower-cased: its own %, _ and ! are escaped with '!'.
QString containsPattern(const QString& text)
{
    QString escaped;
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// `postgres`: the dialect. SQLite's LIKE ignores the case of ASCII letters and compares the others
// as they are, which is what its lower() does too: there the text is matched without lower(), so
// the filter costs one comparison per row, not a copy of the text and a comparison.
// `date`: the column of the invoice date (purchases' invoice_date, or the KPI summary's day).
QString whereOf(const PurchaseQuery& query, QVariantList& values, bool postgres,
                const QString& date = QStringLiteral("invoice_date"))
{
    QString where = QStringLiteral(" WHERE partner_id = ?");
    values << query.partnerId;
    if (query.from.isValid()) {
        where += QStringLiteral(" AND ") + date + QStringLiteral(" >= ?");
        values << Repository::dateValue(query.from);
    }
    if (query.to.isValid()) {
        where += QStringLiteral(" AND ") + date + QStringLiteral(" <= ?");
        values << Repository::dateValue(query.to);
    }
    // Text conditions match anywhere in the text, whatever the case ("packaged" finds "Packaged
    // courseware"): LIKE with the pattern's own % and _ escaped, the pattern lower-cased (and the text
    // too on PostgreSQL, whose LIKE minds the case).
    if (!query.omlpType.isEmpty()) {
        where += postgres ? QStringLiteral(" AND lower(omlp_type) LIKE ? ESCAPE '!'")
                          : QStringLiteral(" AND omlp_type LIKE ? ESCAPE '!'");
        values << containsPattern(query.omlpType);
    }
    if (query.documentType) {
        where += QStringLiteral(" AND document_type = ?");
        values << toString(*query.documentType);
    }
    if (!query.competency.isEmpty()) {
        where += postgres ? QStringLiteral(" AND lower(competency) LIKE ? ESCAPE '!'")
                          : QStringLiteral(" AND competency LIKE ? ESCAPE '!'");
        values << containsPattern(query.competency);
    }
    if (query.evidence)
        where += evidenceOf(*query.evidence, values, date);
    return where;
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

bool PurchaseRepository::summaryAnswers(const PurchaseQuery& query) const
{
    return query.omlpType.isEmpty() && m_db.schemaVersion() >= KpiSummaryRepository::kSinceVersion;
}

Result<QList<PurchaseRepository::DayRows>> PurchaseRepository::daysOf(const PurchaseQuery& query) const
{
    QVariantList values;
    QSqlQuery q = prepare(QStringLiteral("SELECT day, sum(lines) FROM kpi_daily") +
                          whereOf(query, values, m_db.isPostgres(), QStringLiteral("day")) +
                          QStringLiteral(" GROUP BY day ORDER BY day DESC"));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<DayRows> days;
    while (q.next())
        days.append({toDate(q.value(0)), q.value(1).toLongLong()});
    return days;
}

Result<QList<Purchase>> PurchaseRepository::page(const PurchaseQuery& query) const
{
    QVariantList values;
    QString sql = kColumns + whereOf(query, values, m_db.isPostgres());
    // Keyset paging: the rows next to a row shown, found through the date index without an
    // OFFSET to step through. Before a row, they are read upwards and turned round below. The
    // plain range on the date is what lets the database start the index scan at the key: from
    // the OR alone (its values bound one by one) it would scan from the newest row every time.
    const bool backwards = query.start == PurchaseQuery::Start::Before;
    if (query.start != PurchaseQuery::Start::Offset) {
        sql += backwards
                   ? QStringLiteral(
                         " AND invoice_date >= ? AND (invoice_date > ? OR (invoice_date = ? AND id > ?))")
                   : QStringLiteral(
                         " AND invoice_date <= ? AND (invoice_date < ? OR (invoice_date = ? AND id < ?))");
        const QVariant date = dateValue(query.keyDate);
        values << date << date << date << query.keyId;
    }
    qint64 offset = query.start == PurchaseQuery::Start::Offset ? query.offset : 0;
    // The days the page lies on, from the KPI summary, when a condition leaves the index's rows
    // sparse (a document type, a competency, a verdict) or an OFFSET would step over many rows: the
    // index is read from the page's first day to its last, not from the newest row
    // (docs/architecture.md#the-ledger-at-a-million-rows).
    const bool sparse = query.documentType || !query.competency.isEmpty() || query.evidence;
    if (summaryAnswers(query) && (sparse || offset > 0)) {
        auto days = daysOf(query);
        if (!days)
            return days.error();
        QDate newest, oldest; // the page's days (a null date: no bound)
        qint64 rows = 0;
        if (query.start == PurchaseQuery::Start::Offset) {
            qsizetype i = 0;
            for (; i < days->size() && rows + days->at(i).rows <= offset; ++i)
                rows += days->at(i).rows;
            if (i == days->size())
                return QList<Purchase>(); // past the view's last row
            newest = days->at(i).day;
            offset -= rows; // the rows of the days after the page's first one are not stepped over
            for (; i < days->size() && rows < query.offset + query.limit; ++i) {
                rows += days->at(i).rows;
                oldest = days->at(i).day;
            }
        } else if (!backwards) {
            // After the key: its own day's rows may be before it; the older days hold at least `limit`.
            for (const DayRows& d : std::as_const(days.value())) {
                if (d.day >= query.keyDate)
                    continue;
                rows += d.rows;
                if (rows >= query.limit) {
                    oldest = d.day;
                    break;
                }
            }
        } else {
            for (auto d = days->crbegin(); d != days->crend(); ++d) {
                if (d->day <= query.keyDate)
                    continue;
                rows += d->rows;
                if (rows >= query.limit) {
                    newest = d->day;
                    break;
                }
            }
        }
        if (newest.isValid()) {
            sql += QStringLiteral(" AND invoice_date <= ?");
            values << dateValue(newest);
        }
        if (oldest.isValid()) {
            sql += QStringLiteral(" AND invoice_date >= ?");
            values << dateValue(oldest);
        }
    }
    sql += backwards ? QStringLiteral(" ORDER BY invoice_date ASC, id ASC LIMIT ?")
                     : QStringLiteral(" ORDER BY invoice_date DESC, id DESC LIMIT ?");
    values << query.limit;
    if (offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values << offset;
    }
    QSqlQuery q = prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<Purchase> rows;
    rows.reserve(query.limit);
    while (q.next())
        rows.append(purchaseFrom(q));
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<qint64> PurchaseRepository::count(const PurchaseQuery& query) const
{
    // Every condition but the OMLP type is on a column of the KPI summary (day, document type,
    // competency), which holds the partner's lines per day, document type and competency in the
    // purchases' own transaction: the count is a sum of a few thousand of its rows, not a walk
    // through a million index entries (docs/architecture.md#the-ledger-at-a-million-rows).
    if (!summaryAnswers(query))
        return countRows(query);
    QVariantList values;
    const QString where = whereOf(query, values, m_db.isPostgres(), QStringLiteral("day"));
    return number(QStringLiteral("SELECT coalesce(sum(lines), 0) FROM kpi_daily") + where, values);
}

Result<qint64> PurchaseRepository::countRows(const PurchaseQuery& query) const
{
    QVariantList values;
    const QString where = whereOf(query, values, m_db.isPostgres());
    return number(QStringLiteral("SELECT count(*) FROM purchases") + where, values);
}

Result<qint64> PurchaseRepository::insert(qint64 partnerId, const Purchase& p)
{
    Result<qint64> id = qint64(0);
    // The row and the summary of its day in one transaction (docs/architecture.md#the-kpi-summary).
    Status s = m_db.transaction([&]() -> Status {
        // Its own scope: the INSERT ... RETURNING is finished before the commit (SQLite refuses to
        // commit while a statement is still in progress).
        QSqlQuery q =
            prepare(QStringLiteral("INSERT INTO purchases (partner_id, invoice, line, document_type,"
                                   " invoice_date, omlp_type, units, kpi_value, revenue_cents, currency,"
                                   " competency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(partnerId);
        bindValues(q, p);
        id = insertReturningId(q);
        q.finish();
        if (!id)
            return id.error();
        return refreshSummary(partnerId, {p.invoiceDate});
    });
    if (!s)
        return s.error();
    return id;
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
    return m_db.transaction([&]() -> Status {
        // The day the row leaves and the day it comes to: both summed again.
        QSqlQuery before =
            prepare(QStringLiteral("SELECT invoice_date FROM purchases WHERE id = ? AND partner_id = ?"));
        before.addBindValue(p.id);
        before.addBindValue(partnerId);
        if (Status s = m_db.exec(before); !s)
            return s;
        const QDate was = before.next() ? toDate(before.value(0)) : QDate();
        if (Status s = execOne(q, QStringLiteral("purchase %1").arg(p.id)); !s)
            return s;
        return refreshSummary(partnerId, {was, p.invoiceDate});
    });
}

Status PurchaseRepository::refreshSummary(qint64 partnerId, const QList<QDate>& days)
{
    if (m_db.schemaVersion() < KpiSummaryRepository::kSinceVersion)
        return {}; // a schema older than the summary (the migration tests write such databases)
    QList<QDate> valid;
    for (const QDate& d : days) {
        if (d.isValid())
            valid.append(d);
    }
    return KpiSummaryRepository(m_db).refreshDays(partnerId, valid);
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
    return number(QStringLiteral("SELECT count(*) FROM purchases WHERE partner_id = ? AND invoice_date < ?"),
                  {partnerId, dateValue(date)});
}

Result<qint64> PurchaseRepository::count(qint64 partnerId) const
{
    return number(QStringLiteral("SELECT count(*) FROM purchases WHERE partner_id = ?"), {partnerId});
}

Result<qint64> PurchaseRepository::number(const QString& statement, const QVariantList& values) const
{
    QSqlQuery q = prepare(statement);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace lp
