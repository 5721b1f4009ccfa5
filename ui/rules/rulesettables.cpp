// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesettables.h"

#include "displaynames.h"
#include "services/calendarservice.h"
#include "widgets/formhelpers.h"

#include <QLocale>

namespace lp {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cell(const QString& s, const char* tag = "td")
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), esc(s));
}

QString number(double d)
{
    return QLocale().toString(d, 'g', 6);
}

} // namespace

QString RuleSetTables::provenance(const QString& p)
{
    if (p == QLatin1String(RuleSetRecord::kBuiltin))
        return tr("shipped with the product, illustrative");
    if (p == QLatin1String(RuleSetRecord::kImported))
        return tr("imported");
    if (p == QLatin1String(RuleSetRecord::kLocalEdit))
        return tr("edited here");
    return p;
}

QString RuleSetTables::html(const RuleSetRecord& r, const RuleSet& rules)
{
    // The note once, above the tables; each number then says whether it is the file's or the product's.
    const QString fromFile = tr("this file (%1)").arg(provenance(r.provenance));
    const QString constant = tr("the product (not in the rule set)");
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Rule set %1").arg(r.programYear)));
    h += QStringLiteral("<p>%1<br>%2<br>%3</p>")
             .arg(esc(tr("In force from %1 to %2; %3.")
                          .arg(form::longDate(r.effectiveFrom), form::longDate(r.effectiveTo),
                               r.active ? tr("active") : tr("not active"))),
                  esc(tr("SHA-256: %1").arg(r.sha256)),
                  esc(tr("Stored by %1 on %2.")
                          .arg(r.importedBy, form::longDate(r.importedAt.toLocalTime().date()))));
    if (!r.sourceNote.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("this file (%1): %2").arg(provenance(r.provenance), r.sourceNote)));
    if (rules.isIllustrative())
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(tr("Its numbers are illustrative: import the program year's published "
                             "requirements to replace them.")));

    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>") + cell(tr("Rule"), "th") +
         cell(tr("Value"), "th") + cell(tr("Source"), "th") + QStringLiteral("</tr>");
    auto row = [&](const QString& rule, const QString& value, const QString& source) {
        h += QStringLiteral("<tr>") + cell(rule) + cell(value) + cell(source) + QStringLiteral("</tr>");
    };
    row(tr("KPI window (months)"), QString::number(rules.windowMonths), fromFile);
    row(tr("Monthly KPI report day"), QString::number(rules.reportDay), fromFile);
    row(tr("Action Pack: active MCTs"), QString::number(rules.actionPackMinActiveMct), fromFile);
    row(tr("Action Pack: renewal window (days after expiry)"),
        QString::number(rules.actionPackRenewalWindowDays), fromFile);
    row(tr("Action Pack: both steps recorded to submit"),
        rules.actionPackBothStepsRequired ? tr("yes") : tr("no"), fromFile);
    row(tr("Silver-to-gold upgrade discount (%)"), QString::number(rules.upgradeDiscountPercent), fromFile);
    QStringList evidence;
    for (DocumentType t : rules.acceptedEvidence)
        evidence << DisplayNames::documentType(t);
    row(tr("Evidence accepted"), evidence.join(QStringLiteral(", ")), fromFile);
    row(tr("Renewal reminder (days before the anniversary)"),
        QString::number(CalendarService::kReminderDaysBefore), constant);
    row(tr("Renewal reminder (days after the anniversary)"),
        QString::number(CalendarService::kReminderDaysAfter), constant);
    if (rules.covidExtension)
        row(tr("COVID-19 extension (months)"), QString::number(rules.covidExtension->months), fromFile);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Competencies (source: %1)").arg(fromFile)));
    h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr>");
    for (const QString& head :
         {tr("Competency"), tr("Learning option"), tr("Silver: MCTs"), tr("Silver: exams"),
          tr("Silver: required exams"), tr("Silver: KPIs"), tr("Gold: MCTs"), tr("Gold: exams"),
          tr("Gold: required exams"), tr("Gold: KPIs")})
        h += cell(head, "th");
    h += QStringLiteral("</tr>");
    for (const CompetencyRules& c : rules.competencies) {
        h += QStringLiteral("<tr>") + cell(c.name) + cell(c.learningOption ? tr("yes") : tr("no"));
        if (c.learningOption) {
            for (const TierRules* t : {&c.silver, &c.gold})
                h += cell(QString::number(t->minActiveMct)) + cell(QString::number(t->minExams)) +
                     cell(t->requiredExams.join(QStringLiteral(", "))) + cell(number(t->minKpi));
        } else {
            h += QStringLiteral("<td colspan='8'>%1</td>")
                     .arg(esc(tr("no Learning option in this program year")));
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

} // namespace lp
