// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "decisionreport.h"

#include "rules/rulesetbanner.h"

#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace lp {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
using display::number;
using form::longDate;

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

QString DecisionReport::requirementHtml(const RequirementResult& r, const Decision& d)
{
    QString figures;
    if (r.actual && r.required)
        figures = tr("%1 of %2 required").arg(number(*r.actual), number(*r.required));
    QString text =
        QStringLiteral("<b>%1</b> %2")
            .arg(r.met ? tr("\u2714 Met") : tr("\u2718 Not met"), esc(DisplayNames::requirement(r.code)));
    if (!figures.isEmpty())
        text += QStringLiteral(": ") + esc(figures);
    if (!r.missing.isEmpty())
        text += QStringLiteral("<br/>") + esc(tr("Missing: %1").arg(r.missing.join(QLatin1String(", "))));
    text += QStringLiteral("<br/><i>%1</i>").arg(esc(Messages::explain(r, d)));
    return text;
}

QString DecisionReport::html() const
{
    const Decision& d = decision;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Learning Partner enrollment: decision report")));
    h += QStringLiteral("<table cellspacing=\"4\">");
    h += row(tr("Partner"), esc(tr("%1 (MPN ID %2)").arg(partner.name, partner.mpnId)));
    QString path = DisplayNames::path(d.path);
    if (d.path != Path::ActionPack)
        path += QStringLiteral(" \u2014 ") + d.competency;
    h += row(tr("Path"), esc(path));
    h += row(tr("Kind"), esc(DisplayNames::evaluationKind(d.kind)));
    h += row(tr("Rule set"), esc(ruleSetName(d.ruleSet, d.ruleSetSha256, d.ruleSetProvenance)));
    if (d.ruleSetProvenance == QLatin1String("builtin-illustrative"))
        h += row(QString(), esc(tr("The numbers of this rule set are illustrative, not the program's "
                                   "published requirements.")));
    h += row(tr("Evaluated on"), esc(longDate(d.asOf)));
    if (d.kpi.window.from.isValid()) {
        QString window = tr("%1 to %2").arg(longDate(d.kpi.window.from), longDate(d.kpi.window.to));
        if (d.kpi.reportDate.isValid())
            window += QStringLiteral(" ") + tr("(report of %1)").arg(longDate(d.kpi.reportDate));
        h += row(tr("KPI window"), esc(window));
    }
    h += row(tr("Decision"),
             QStringLiteral("<b>%1</b>").arg(esc(d.eligible ? tr("Eligible") : tr("Not eligible"))));
    h += row(tr("Recommendation"), esc(Messages::recommendation(d.recommendation, d.competency)));
    if (d.upgradeDiscount)
        h += row(tr("Upgrade discount"), esc(tr("The silver-to-gold upgrade discount applies.")));
    if (d.covidExtension)
        h += row(tr("COVID-19"), esc(tr("The COVID-19 competency extension applies.")));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Requirements")));
    for (const RequirementResult& r : d.requirements)
        h += QStringLiteral("<li>%1</li>").arg(requirementHtml(r, d));
    h += QStringLiteral("</ul>");

    if (!steps.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Steps recorded")));
        for (const auto& [what, when] : steps)
            h += QStringLiteral("<li>%1: %2</li>")
                     .arg(esc(what), esc(when.isValid() ? longDate(when) : tr("not yet")));
        h += QStringLiteral("</ul>");
    }

    if (d.path != Path::ActionPack && d.kpi.window.from.isValid()) {
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(esc(tr("KPI total %1 from %Ln invoice line(s)", nullptr, d.kpi.countedLines)
                              .arg(number(d.kpi.counted))));
        if (!d.kpi.countedPurchases.isEmpty()) {
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                     .arg(esc(tr("Invoice")), esc(tr("Line")), esc(tr("Date")), esc(tr("KPI")));
            for (const CountedPurchase& p : d.kpi.countedPurchases) {
                h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td "
                                    "align=\"right\">%4</td></tr>")
                         .arg(esc(p.invoice), QString::number(p.line), esc(display::shortDate(p.invoiceDate)),
                              esc(number(p.kpiValue)));
            }
            h += QStringLiteral("</table>");
            if (!d.kpi.listsComplete)
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(tr("Only the first %Ln lines of the window are listed: the KPI ledger "
                                     "lists them all.",
                                     nullptr, int(d.kpi.countedPurchases.size() + d.kpi.excluded.size()))));
        }
        if (d.kpi.pending > 0)
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Pending, not yet in a report: KPI total %1.").arg(number(d.kpi.pending))));
    }
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(esc(tr("Printed on %1 by Learning Partner Desk.").arg(longDate(printedOn))));
    h += QStringLiteral("</body></html>");
    return h;
}

bool DecisionReport::writePdf(const QString& fileName, QString* error) const
{
    QTextDocument document;
    document.setHtml(html());
    QString fileError;
    if (form::writePdf(document, fileName, tr("Learning Partner enrollment: decision report"), &fileError))
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(fileName, fileError);
    return false;
}

bool DecisionReport::print(QWidget* parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html());
    document.print(&printer);
    return true;
}

} // namespace lp
