// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "caserepository.h"

namespace lp {
namespace {

QStringList fields(const QVariant& v)
{
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.partner_id, c.month, c.year, c.omlp_type, c.purchase_unit, c.invoice_number, c.kpi_value,"
    " c.revenue_cents, c.currency, c.evidence_type, e.name, e.mime_type, e.sha256, c.triage, c.status,"
    " c.filed_by, c.filed_at, c.resolved_by, c.resolved_at, c.resolution_note, c.triage_fields,"
    " c.resolution_triage, c.resolution_triage_fields, c.description"
    " FROM discrepancy_cases c LEFT JOIN case_evidence e ON e.case_id = c.id");

DiscrepancyCase caseFrom(const QSqlQuery& q)
{
    DiscrepancyCase c;
    c.id = q.value(0).toLongLong();
    c.partnerId = q.value(1).toLongLong();
    c.month = q.value(2).toInt();
    c.year = q.value(3).toInt();
    c.omlpType = q.value(4).toString();
    c.purchaseUnit = q.value(5).toInt();
    c.invoiceNumber = q.value(6).toString();
    c.kpiValue = q.value(7).toDouble();
    c.revenueCents = q.value(8).toLongLong();
    c.currency = q.value(9).toString();
    c.evidenceType = fromString<DocumentType>(q.value(10).toString()).value_or(DocumentType::Invoice);
    c.evidenceName = q.value(11).toString();
    c.evidenceMimeType = q.value(12).toString();
    c.evidenceSha256 = q.value(13).toString().toLatin1();
    c.triage = fromString<TriageCode>(q.value(14).toString()).value_or(TriageCode::NoDiscrepancy);
    c.status = fromString<CaseStatus>(q.value(15).toString()).value_or(CaseStatus::Open);
    c.filedBy = q.value(16).toString();
    c.filedAt = Repository::toTimestamp(q.value(17));
    c.resolvedBy = q.value(18).toString();
    c.resolvedAt = Repository::toTimestamp(q.value(19));
    c.resolutionNote = q.value(20).toString();
    c.triageFields = fields(q.value(21));
    c.resolutionTriage = fromString<TriageCode>(q.value(22).toString());
    c.resolutionTriageFields = fields(q.value(23));
    c.description = q.value(24).toString();
    return c;
}

// The start of a local day as the stored timestamps write it.
QVariant dayStart(const QDate& d)
{
    return Repository::timestampValue(d.startOfDay());
}

// A LIKE pattern that matches `text` anywhere, its own % _ and \ taken literally.
QString containing(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<qint64> CaseRepository::insert(const DiscrepancyCase& c, const QByteArray& evidence)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO discrepancy_cases (partner_id, month, year, omlp_type, purchase_unit, invoice_number,"
        " kpi_value, revenue_cents, currency, evidence_type, triage, status, filed_by, filed_at, "
        "triage_fields, description)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.partnerId);
    q.addBindValue(c.month);
    q.addBindValue(c.year);
    q.addBindValue(c.omlpType);
    q.addBindValue(c.purchaseUnit);
    q.addBindValue(c.invoiceNumber);
    q.addBindValue(c.kpiValue);
    q.addBindValue(c.revenueCents);
    q.addBindValue(text(c.currency));
    q.addBindValue(toString(c.evidenceType));
    q.addBindValue(toString(c.triage));
    q.addBindValue(toString(c.status));
    q.addBindValue(c.filedBy);
    q.addBindValue(timestampValue(c.filedAt.isValid() ? c.filedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(c.triageFields.join(QLatin1Char(','))));
    q.addBindValue(text(c.description));
    auto id = insertReturningId(q);
    if (!id)
        return id;
    QSqlQuery ev = prepare(QStringLiteral("INSERT INTO case_evidence (case_id, name, mime_type, sha256, data)"
                                          " VALUES (?, ?, ?, ?, ?)"));
    ev.addBindValue(id.value());
    ev.addBindValue(c.evidenceName);
    ev.addBindValue(c.evidenceMimeType);
    ev.addBindValue(QString::fromLatin1(c.evidenceSha256));
    ev.addBindValue(evidence);
    if (Status s = m_db.exec(ev); !s)
        return s.error();
    return id;
}

Status CaseRepository::resolve(const DiscrepancyCase& c)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE discrepancy_cases SET status = ?, resolved_by = ?, resolved_at = ?,"
                               " resolution_note = ?, resolution_triage = ?, resolution_triage_fields = ?"
                               " WHERE id = ? AND status = 'open'"));
    q.addBindValue(toString(c.status));
    q.addBindValue(c.resolvedBy);
    q.addBindValue(timestampValue(c.resolvedAt));
    q.addBindValue(c.resolutionNote);
    q.addBindValue(text(c.resolutionTriage ? toString(*c.resolutionTriage) : QString()));
    q.addBindValue(text(c.resolutionTriageFields.join(QLatin1Char(','))));
    q.addBindValue(c.id);
    return execOne(q, QStringLiteral("case %1").arg(c.id));
}

Result<QList<DiscrepancyCase>> CaseRepository::select(const QString& where, const QVariant& value) const
{
    return selectWith(where, value.isValid() ? QVariantList{value} : QVariantList());
}

Result<QList<DiscrepancyCase>> CaseRepository::selectWith(const QString& where,
                                                          const QVariantList& values) const
{
    QSqlQuery q = prepare(kColumns + where);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    QList<DiscrepancyCase> out;
    while (q.next())
        out.append(caseFrom(q));
    return out;
}

Result<std::optional<DiscrepancyCase>> CaseRepository::findById(qint64 id) const
{
    auto rows = select(QStringLiteral(" WHERE c.id = ?"), id);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<DiscrepancyCase>();
    return std::optional<DiscrepancyCase>(rows->first());
}

Result<QByteArray> CaseRepository::evidence(qint64 caseId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT data FROM case_evidence WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error{QStringLiteral("NOT_FOUND"), {}, {QStringLiteral("evidence of case %1").arg(caseId)}};
    return q.value(0).toByteArray();
}

Result<QList<DiscrepancyCase>> CaseRepository::listOpen() const
{
    return select(QStringLiteral(" WHERE c.status = 'open' ORDER BY c.filed_at, c.id"), {});
}

Result<QList<DiscrepancyCase>> CaseRepository::listForPartner(qint64 partnerId) const
{
    return select(QStringLiteral(" WHERE c.partner_id = ? ORDER BY c.filed_at DESC, c.id DESC"), partnerId);
}

Result<QList<DiscrepancyCase>> CaseRepository::search(const CaseFilter& f) const
{
    QStringList where;
    QVariantList values;
    const auto add = [&](const char* condition, const QVariant& value) {
        where << QLatin1String(condition);
        values << value;
    };
    if (f.status)
        add("c.status = ?", toString(*f.status));
    if (f.partnerId > 0)
        add("c.partner_id = ?", f.partnerId);
    if (f.filedFrom.isValid())
        add("c.filed_at >= ?", dayStart(f.filedFrom));
    if (f.filedTo.isValid())
        add("c.filed_at < ?", dayStart(f.filedTo.addDays(1)));
    if (f.resolvedFrom.isValid())
        add("c.resolved_at >= ?", dayStart(f.resolvedFrom));
    if (f.resolvedTo.isValid())
        add("c.resolved_at < ?", dayStart(f.resolvedTo.addDays(1)));
    if (!f.triage.isEmpty())
        add("c.triage = ?", f.triage);
    if (!f.invoiceSearch.trimmed().isEmpty())
        add("LOWER(c.invoice_number) LIKE ? ESCAPE '\\'", containing(f.invoiceSearch.trimmed()));
    const QString condition =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    return selectWith(condition + QStringLiteral(" ORDER BY c.filed_at DESC, c.id DESC"), values);
}

} // namespace lp
