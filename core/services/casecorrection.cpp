// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casecorrection.h"

#include "storage/purchaserepository.h"

#include <QJsonObject>

#include <algorithm>

namespace lp {
namespace {

QJsonObject toJson(const Purchase& p)
{
    return {{QStringLiteral("invoice"), p.invoice},
            {QStringLiteral("line"), p.line},
            {QStringLiteral("documentType"), toString(p.documentType)},
            {QStringLiteral("invoiceDate"), p.invoiceDate.toString(Qt::ISODate)},
            {QStringLiteral("omlpType"), p.omlpType},
            {QStringLiteral("units"), p.units},
            {QStringLiteral("kpiValue"), p.kpiValue},
            {QStringLiteral("revenueCents"), p.revenueCents},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("competency"), p.competency}};
}

// Makes the lines' `field` add up to `target`: each line in turn takes what the others leave,
// down to `minimum`; false when even then the lines hold more than the target.
template <typename T> bool spread(QList<Purchase>& lines, T Purchase::*field, T target, T minimum)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        T others = 0;
        for (qsizetype j = 0; j < lines.size(); ++j) {
            if (j != i)
                others += lines[j].*field;
        }
        const T rest = target - others;
        if (rest >= minimum) {
            lines[i].*field = rest;
            return true;
        }
        lines[i].*field = minimum;
    }
    return false;
}

// The same day of the filed month, or its last day when that month is shorter.
QDate movedTo(const QDate& date, int year, int month)
{
    const QDate first(year, month, 1);
    const int day = date.isValid() ? date.day() : 1;
    return QDate(year, month, std::min(day, first.daysInMonth()));
}

QStringList changedFields(const Purchase& before, const Purchase& after)
{
    QStringList fields;
    if (before.invoiceDate != after.invoiceDate)
        fields << QStringLiteral("invoiceDate");
    if (before.omlpType != after.omlpType)
        fields << QStringLiteral("omlpType");
    if (before.units != after.units)
        fields << QStringLiteral("purchaseUnit");
    if (before.kpiValue != after.kpiValue)
        fields << QStringLiteral("kpiValue");
    if (before.revenueCents != after.revenueCents)
        fields << QStringLiteral("revenueValue");
    return fields;
}

} // namespace

Result<QList<RecordChange>> CaseCorrection::plan(const DiscrepancyCase& c, const QList<Purchase>& lines)
{
    if (lines.isEmpty()) {
        Purchase p;
        p.invoice = c.invoiceNumber;
        p.line = 1;
        p.documentType = DocumentType::Invoice;
        p.invoiceDate = QDate(c.year, c.month, 1);
        p.omlpType = c.omlpType;
        p.units = c.purchaseUnit;
        p.kpiValue = c.kpiValue;
        p.revenueCents = c.revenueCents;
        p.currency = c.currency;
        return QList<RecordChange>{
            {true,
             {},
             p,
             {QStringLiteral("invoiceDate"), QStringLiteral("omlpType"), QStringLiteral("purchaseUnit"),
              QStringLiteral("kpiValue"), QStringLiteral("revenueValue")}}};
    }
    QList<Purchase> after = lines;
    for (Purchase& p : after) {
        p.omlpType = c.omlpType;
        p.invoiceDate = movedTo(p.invoiceDate, c.year, c.month);
    }
    if (!spread(after, &Purchase::units, c.purchaseUnit, 1) ||
        !spread(after, &Purchase::kpiValue, c.kpiValue, 0.0) ||
        !spread(after, &Purchase::revenueCents, c.revenueCents, qint64(0)))
        return Error{QStringLiteral("CASE_CORRECTION_IMPOSSIBLE"),
                     {},
                     {c.invoiceNumber, QString::number(after.size()), QString::number(c.purchaseUnit)}};
    QList<RecordChange> changes;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i] != lines[i])
            changes.append({false, lines[i], after[i], changedFields(lines[i], after[i])});
    }
    return changes;
}

Result<QList<RecordChange>> CaseCorrection::plan(Database& db, const DiscrepancyCase& c)
{
    auto lines = PurchaseRepository(db).findByInvoice(c.partnerId, c.invoiceNumber);
    if (!lines)
        return lines.error();
    return plan(c, lines.value());
}

Status CaseCorrection::apply(Database& db, const Actor& actor, const DiscrepancyCase& c)
{
    auto changes = plan(db, c);
    if (!changes)
        return changes.error();
    PurchaseRepository repo(db);
    const QString action = QStringLiteral("purchase.correct");
    const QString entity = QStringLiteral("purchase");
    for (const RecordChange& change : changes.value()) {
        if (change.added) {
            auto id = repo.insert(c.partnerId, change.after);
            if (!id)
                return id.error();
            if (Status s = AuditLog::record(db, actor, action, entity, QString::number(id.value()),
                                            c.partnerId, {}, toJson(change.after));
                !s)
                return s;
            continue;
        }
        if (Status s = repo.update(c.partnerId, change.after); !s)
            return s;
        if (Status s = AuditLog::record(db, actor, action, entity, QString::number(change.before.id),
                                        c.partnerId, toJson(change.before), toJson(change.after));
            !s)
            return s;
    }
    return {};
}

} // namespace lp
