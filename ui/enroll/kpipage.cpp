// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "kpipage.h"

#include "decisionreport.h"
#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "enrollmentdraftcontroller.h"
#include "fallbackbanner.h"
#include "fixpointer.h"
#include "widgets/formhelpers.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lp {

using form::longDate;

KpiPage::KpiPage(EnrollmentDraftController* draft, QWidget* parent) : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("kpiPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new FallbackBanner(draft, this);
    layout->addWidget(m_banner);
    m_requirement = textLabel();
    m_requirement->setObjectName(QStringLiteral("requirement_MIN_KPI"));
    layout->addWidget(m_requirement);
    m_fix = new FixPointer(draft, FixPointer::Topic::Kpis, this);
    layout->addWidget(m_fix);
    m_window = textLabel();
    m_window->setObjectName(QStringLiteral("window"));
    layout->addWidget(m_window);
    m_treeLabel = new QLabel(this);
    layout->addWidget(m_treeLabel);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("kpiRecords"));
    m_tree->setColumnCount(4);
    m_tree->setUniformRowHeights(true);
    m_treeLabel->setBuddy(m_tree);
    layout->addWidget(m_tree, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);
    retranslateUi();
}

void KpiPage::refresh()
{
    retranslateUi();
    auto decision = m_draft->decision();
    m_banner->refresh(decision);
    m_tree->clear();
    const RequirementResult* kpi = decision ? decision->requirement(RequirementCode::MinKpi) : nullptr;
    m_fix->showFor(kpi && !kpi->met);
    if (!decision) {
        showProblem(m_problem, Messages::text(decision.error()));
        return;
    }
    showProblem(m_problem, {});
    const RequirementResult* r = decision->requirement(RequirementCode::MinKpi);
    m_requirement->setText(r ? DecisionReport::requirementHtml(*r, *decision)
                             : tr("This tier asks for no minimum of learning KPIs.").toHtmlEscaped());
    showWindow(decision->kpi);
    fillRecords(decision.value());
}

void KpiPage::showWindow(const KpiResult& kpi)
{
    QString window;
    if (kpi.reportDate.isValid())
        window = tr("The window is %1 to %2: the months in the latest monthly report, published on %3. "
                    "The next report is published on %4.")
                     .arg(longDate(kpi.window.from), longDate(kpi.window.to), longDate(kpi.reportDate),
                          longDate(m_draft->nextReportDate()));
    else
        window = tr("The window of the renewal is %1 to %2.")
                     .arg(longDate(kpi.window.from), longDate(kpi.window.to));
    m_window->setText(window.toHtmlEscaped() + QStringLiteral(" ") +
                      tr("Only invoices count.").toHtmlEscaped());
}

void KpiPage::fillRecords(const Decision& d)
{
    auto lines = m_draft->kpiLines();
    if (!lines) {
        showProblem(m_problem, Messages::text(lines.error()));
        return;
    }
    // The totals are the engine's on every line; the lines listed are those of the window,
    // EnrollmentService::kListedLines at most.
    auto* counted =
        new QTreeWidgetItem(m_tree, {tr("Counted: KPI total %1").arg(display::number(d.kpi.counted))});
    for (const CountedPurchase& p : std::as_const(lines->counted)) {
        new QTreeWidgetItem(counted, {p.invoice, QString::number(p.line), display::shortDate(p.invoiceDate),
                                      display::number(p.kpiValue)});
    }
    auto* pending =
        new QTreeWidgetItem(m_tree, {tr("Pending: KPI total %1").arg(display::number(d.kpi.pending))});
    auto* excluded = new QTreeWidgetItem(m_tree, {tr("Not counted")});
    int pendingCount = 0;
    int excludedCount = 0;
    for (const ExcludedPurchase& p : std::as_const(lines->excluded)) {
        const bool isPending = p.reason == ExclusionReason::NotYetReported;
        (isPending ? pendingCount : excludedCount)++;
        new QTreeWidgetItem(isPending ? pending : excluded,
                            {p.invoice, QString::number(p.line), QString(),
                             Messages::exclusionReason(p.reason, p.visibleOn)});
    }
    if (lines->before > 0) {
        new QTreeWidgetItem(excluded, {tr("%Ln line(s) dated before the window", nullptr, int(lines->before)),
                                       QString(), QString(),
                                       Messages::exclusionReason(ExclusionReason::OutsideWindow)});
        excludedCount += int(lines->before);
    }
    counted->setText(1, tr("%Ln invoice line(s)", nullptr, d.kpi.countedLines));
    pending->setText(1, lines->complete ? tr("%Ln invoice line(s)", nullptr, pendingCount) : QString());
    excluded->setText(1, lines->complete ? tr("%Ln line(s)", nullptr, excludedCount) : QString());
    if (!lines->complete) {
        // The report's own sentence, translated once.
        auto* more =
            new QTreeWidgetItem(m_tree, {DecisionReport::tr("Only the first %Ln lines of the window are "
                                                            "listed: the KPI ledger lists them all.",
                                                            nullptr, EnrollmentService::kListedLines)});
        more->setFirstColumnSpanned(true);
    }
    counted->setExpanded(true);
    pending->setExpanded(true);
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
}

void KpiPage::retranslateUi()
{
    setTitle(tr("Learning KPIs"));
    setSubTitle(tr("The courseware invoices of the 12-month window of the monthly report."));
    m_treeLabel->setText(tr("&KPI records:"));
    m_tree->setHeaderLabels({tr("Invoice"), tr("Line"), tr("Date"), tr("KPI or reason")});
    m_tree->setAccessibleName(tr("KPI records: counted, pending and not counted"));
    m_tree->setWhatsThis(tr("The courseware invoice lines of the 12-month window: those counted toward the "
                            "KPI, those pending until a later report date, and those not counted with the "
                            "reason. They come from the KPI ledger."));
}

} // namespace lp
