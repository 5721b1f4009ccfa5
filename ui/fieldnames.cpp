// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "fieldnames.h"

#include "cases/casesworkspace.h"
#include "displaynames.h"
#include "domain/displayformat.h"

#include <QDate>
#include <QLocale>

namespace lp {
namespace {

struct Label
{
    const char* key;
    const char* text;
};

// The fields of the records the program writes, as the audit trail stores them.
constexpr Label kLabels[] = {
    {"month", QT_TRANSLATE_NOOP("lp::FieldNames", "Month")},
    {"year", QT_TRANSLATE_NOOP("lp::FieldNames", "Year")},
    {"omlpType", QT_TRANSLATE_NOOP("lp::FieldNames", "OMLP type")},
    {"purchaseUnit", QT_TRANSLATE_NOOP("lp::FieldNames", "Purchase units")},
    {"units", QT_TRANSLATE_NOOP("lp::FieldNames", "Purchase units")},
    {"invoiceNumber", QT_TRANSLATE_NOOP("lp::FieldNames", "Invoice number")},
    {"invoice", QT_TRANSLATE_NOOP("lp::FieldNames", "Invoice number")},
    {"line", QT_TRANSLATE_NOOP("lp::FieldNames", "Line")},
    {"kpiValue", QT_TRANSLATE_NOOP("lp::FieldNames", "KPI value")},
    {"revenueValue", QT_TRANSLATE_NOOP("lp::FieldNames", "Revenue value")},
    {"revenueCents", QT_TRANSLATE_NOOP("lp::FieldNames", "Revenue value")},
    {"currency", QT_TRANSLATE_NOOP("lp::FieldNames", "Currency")},
    {"competency", QT_TRANSLATE_NOOP("lp::FieldNames", "Competency")},
    {"documentType", QT_TRANSLATE_NOOP("lp::FieldNames", "Document type")},
    {"invoiceDate", QT_TRANSLATE_NOOP("lp::FieldNames", "Invoice date")},
    {"evidence", QT_TRANSLATE_NOOP("lp::FieldNames", "Evidence")},
    {"evidenceSha256", QT_TRANSLATE_NOOP("lp::FieldNames", "Evidence SHA-256")},
    {"triage", QT_TRANSLATE_NOOP("lp::FieldNames", "Triage")},
    {"triageFields", QT_TRANSLATE_NOOP("lp::FieldNames", "Fields that differ")},
    {"status", QT_TRANSLATE_NOOP("lp::FieldNames", "Status")},
    {"resolutionNote", QT_TRANSLATE_NOOP("lp::FieldNames", "Note")},
    {"description", QT_TRANSLATE_NOOP("lp::FieldNames", "Description")},
    {"withdrawnBy", QT_TRANSLATE_NOOP("lp::FieldNames", "Withdrawn by")},
    {"reason", QT_TRANSLATE_NOOP("lp::FieldNames", "Reason")},
    {"name", QT_TRANSLATE_NOOP("lp::FieldNames", "Name")},
    {"role", QT_TRANSLATE_NOOP("lp::FieldNames", "Role")},
    {"mpnId", QT_TRANSLATE_NOOP("lp::FieldNames", "MPN ID")},
    {"country", QT_TRANSLATE_NOOP("lp::FieldNames", "Country")},
    {"path", QT_TRANSLATE_NOOP("lp::FieldNames", "Path")},
};

bool isOneOf(const QString& key, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

} // namespace

QString FieldNames::label(const QString& key)
{
    for (const Label& l : kLabels) {
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("lp::FieldNames", l.text);
    }
    return key;
}

QString FieldNames::value(const QString& key, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (key == QLatin1String("revenueCents") && v.isDouble())
        return display::money(v.toInteger());
    // Years, months, line numbers and ids read as written, without a group separator.
    if (v.isDouble() && isOneOf(key, {"year", "month", "line", "id", "partnerId", "mpnId"}))
        return QString::number(v.toInteger());
    if (v.isDouble())
        return display::number(v.toDouble());
    const QString text = v.toString();
    if (key.endsWith(QLatin1String("Date")) || isOneOf(key, {"anniversary", "date", "visibleOn"})) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            return display::shortDate(d);
    }
    if (key == QLatin1String("status")) {
        if (const auto s = fromString<CaseStatus>(text))
            return CaseTexts::status(*s);
        if (const auto e = fromString<EnrollmentStatus>(text))
            return DisplayNames::enrollmentStatus(*e);
    }
    if (key == QLatin1String("triage")) {
        if (const auto t = fromString<TriageCode>(text))
            return CaseTexts::triage(*t);
    }
    if (key == QLatin1String("triageFields")) {
        QStringList labels;
        for (const QString& f : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << label(f);
        return labels.join(QLatin1String(", "));
    }
    if (key == QLatin1String("role")) {
        if (const auto r = fromString<Role>(text))
            return DisplayNames::role(*r);
    }
    if (key == QLatin1String("documentType")) {
        if (const auto d = fromString<DocumentType>(text))
            return DisplayNames::documentType(*d);
    }
    if (key == QLatin1String("path")) {
        if (const auto p = fromString<Path>(text))
            return DisplayNames::path(*p);
    }
    return text;
}

} // namespace lp
