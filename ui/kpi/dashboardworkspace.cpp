// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "dashboardworkspace.h"

#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "rules/rulesetbanner.h"
#include "services/gettingstartedservice.h"
#include "widgets/formhelpers.h"
#include "widgets/palettes.h"
#include "widgets/statecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace lp {
namespace {

using display::number;
using form::longDate;

// "2 / 3 ✘": the engine's actual against required, met or not in words for screen readers.
QString figure(const Decision& d, RequirementCode code)
{
    const RequirementResult* r = d.requirement(code);
    if (!r)
        return QStringLiteral("\u2014");
    QString text = r->actual && r->required
                       ? QStringLiteral("%1 / %2").arg(number(*r->actual), number(*r->required))
                       : r->missing.join(QLatin1String(", "));
    return text + (r->met ? QStringLiteral(" \u2714") : QStringLiteral(" \u2718"));
}

} // namespace

// The required exams of the tier: met, or which are missing.
QString DashboardWorkspace::requiredExams(const Decision& d)
{
    const RequirementResult* r = d.requirement(RequirementCode::RequiredExams);
    if (!r)
        return {};
    return QStringLiteral("; ") + (r->met ? tr("required ones \u2714")
                                          : r->missing.join(QLatin1String(", ")) + QStringLiteral(" \u2718"));
}

DashboardWorkspace::DashboardWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The scroll area follows the focus of its content; it is no Tab stop of its own.
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_heading = form::workspaceHeading(content);
    layout->addWidget(m_heading);
    m_problem = form::errorLabel(content);
    layout->addWidget(m_problem);
    m_ruleSetBanner = new RuleSetBanner(context.session, content);
    layout->addWidget(m_ruleSetBanner);

    auto* top = new QHBoxLayout;
    m_factsBox = new QGroupBox(content);
    m_facts = new QFormLayout(m_factsBox);
    for (QLabel** l : {&m_ruleSet, &m_latest, &m_next, &m_anniversary, &m_reminders, &m_totals}) {
        *l = new QLabel(m_factsBox);
        (*l)->setWordWrap(true);
        (*l)->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_ruleSet->setObjectName(QStringLiteral("ruleSet"));
    m_latest->setObjectName(QStringLiteral("latestReport"));
    m_next->setObjectName(QStringLiteral("nextReport"));
    m_anniversary->setObjectName(QStringLiteral("anniversary"));
    m_reminders->setObjectName(QStringLiteral("reminders"));
    m_totals->setObjectName(QStringLiteral("totals"));
    form::addRows(m_facts, m_factsBox, {m_ruleSet, m_latest, m_next, m_anniversary, m_reminders, m_totals});
    top->addWidget(m_factsBox, 2);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, content);
    m_chartView->setObjectName(QStringLiteral("kpiChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(340);
    m_chartSummary = new QLabel(content);
    m_chartSummary->setObjectName(QStringLiteral("kpiChartSummary"));
    m_chartSummary->setWordWrap(true);
    auto* chartColumn = new QVBoxLayout;
    chartColumn->addWidget(m_chartView, 1);
    chartColumn->addWidget(m_chartSummary);
    top->addLayout(chartColumn, 3);
    layout->addLayout(top);

    m_progressBox = new QGroupBox(content);
    auto* progressLayout = new QVBoxLayout(m_progressBox);
    m_progress = form::listTable(m_progressBox, "progress", 6);
    m_progress->setMinimumHeight(200);
    // The verdict takes the width left and wraps (it is longer in Italian); rows grow to fit it.
    m_progress->setWordWrap(true);
    m_progress->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_progress->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    progressLayout->addWidget(m_progress);
    layout->addWidget(m_progressBox);

    m_whatIfBox = new QGroupBox(content);
    auto* whatIf = new QVBoxLayout(m_whatIfBox);
    m_whatIfIntro = new QLabel(m_whatIfBox);
    m_whatIfIntro->setWordWrap(true);
    whatIf->addWidget(m_whatIfIntro);
    auto* entry = new QHBoxLayout;
    m_whatIfForm = new QFormLayout;
    m_date = form::dateEdit(m_whatIfBox, m_today, "whatIfDate");
    m_kpi = new QDoubleSpinBox(m_whatIfBox);
    m_kpi->setObjectName(QStringLiteral("whatIfKpi"));
    m_kpi->setRange(0.01, 1000000);
    m_kpi->setDecimals(2);
    m_kpi->setValue(1);
    m_competency = new QComboBox(m_whatIfBox);
    m_competency->setObjectName(QStringLiteral("whatIfCompetency"));
    form::addRows(m_whatIfForm, m_whatIfBox, {m_date, m_kpi, m_competency});
    entry->addLayout(m_whatIfForm);
    auto* buttons = new QVBoxLayout;
    m_add = new QPushButton(m_whatIfBox);
    m_add->setObjectName(QStringLiteral("whatIfAdd"));
    m_remove = new QPushButton(m_whatIfBox);
    m_remove->setObjectName(QStringLiteral("whatIfRemove"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    entry->addLayout(buttons);
    m_purchases = form::listTable(m_whatIfBox, "whatIfPurchases", 4);
    entry->addWidget(m_purchases, 1);
    whatIf->addLayout(entry);
    m_whatIfProblem = form::errorLabel(m_whatIfBox);
    whatIf->addWidget(m_whatIfProblem);
    m_outcomes = form::listTable(m_whatIfBox, "whatIfOutcomes", 5);
    m_outcomes->setMinimumHeight(120);
    whatIf->addWidget(m_outcomes);
    layout->addWidget(m_whatIfBox);

    connect(m_add, &QPushButton::clicked, this, &DashboardWorkspace::addHypothetical);
    connect(m_remove, &QPushButton::clicked, this, &DashboardWorkspace::removeHypothetical);
    connect(m_purchases, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_purchases->selectionModel()->hasSelection()); });
    m_remove->setEnabled(false);
    setMainControl(m_chartView);
    retranslateUi();
}

void DashboardWorkspace::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    m_hypotheticals.clear();
    m_loaded = false;
    if (isVisible())
        refresh();
}

void DashboardWorkspace::refresh()
{
    m_add->setEnabled(false);
    if (m_partnerId == 0) { // support, before opening a partner
        m_problem->setText(tr("Open a partner in Partners to see its KPIs."));
        m_problem->show();
        return;
    }
    std::optional<form::BusyCursor> busy(
        std::in_place); // the ledger's daily sums: a second on a million purchases
    auto d = DashboardService(m_context.db).dashboard(m_context.session, m_partnerId, m_today);
    busy.reset();
    m_problem->setVisible(!d);
    if (!d) {
        m_problem->setText(Messages::text(d.error()));
        m_loaded = false;
        return;
    }
    m_dashboard = d.value();
    m_loaded = true;
    // Looked at on screen: the checklist's "check the KPI dashboard" step is done for this account.
    if (isVisible())
        (void)GettingStartedService(m_context.db)
            .markDashboardChecked(m_context.session, QDateTime::currentDateTimeUtc());
    fillFacts();
    fillChart();
    fillProgress();
    const QString current = m_competency->currentText();
    m_competency->clear();
    QStringList competencies;
    for (const Decision& p : std::as_const(m_dashboard.progress)) {
        if (!competencies.contains(p.competency))
            competencies << p.competency;
    }
    m_competency->addItems(competencies);
    if (int i = m_competency->findText(current); i >= 0)
        m_competency->setCurrentIndex(i);
    m_date->setMinimumDate(m_dashboard.window.from);
    if (!m_dateSet) { // the day the dashboard is about, once
        m_date->setDate(m_today);
        m_dateSet = true;
    }
    m_add->setEnabled(m_competency->count() > 0);
    updateWhatIf();
}

void DashboardWorkspace::fillFacts()
{
    const Dashboard& d = m_dashboard;
    m_ruleSet->setText(ruleSetName(d.ruleSet, d.ruleSetSha256, d.ruleSetProvenance));
    m_ruleSetBanner->setRuleSet(d.ruleSet, d.ruleSetSha256, d.ruleSetProvenance);
    m_latest->setText(tr("%1, covering %2 to %3")
                          .arg(longDate(d.latestReport), longDate(d.window.from), longDate(d.window.to)));
    m_next->setText(longDate(d.nextReport));
    m_anniversary->setText(
        tr("%1, in %n day(s)", nullptr, d.daysToAnniversary).arg(longDate(d.nextAnniversary)));
    m_reminders->setText(tr("%1 (15 days before) and %2 (23 days after)")
                             .arg(longDate(d.reminderBefore), longDate(d.reminderAfter)));
    m_totals->setText(tr("%1 counted, %2 pending, %3 not counted")
                          .arg(number(d.counted), number(d.pending), number(d.excluded)));
}

void DashboardWorkspace::fillChart()
{
    m_chart->removeAllSeries();
    // The chart's own background, axes and legend follow a dark palette (docs/architecture.md#palettes).
    const QChart::ChartTheme theme =
        ui::isDarkPalette(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis; // removeAxis gives it back
    }
    auto* counted = new QBarSet(tr("Counted"));
    auto* pending = new QBarSet(tr("Pending"));
    auto* excluded = new QBarSet(tr("Not counted"));
    counted->setColor(ui::stateFill(ui::State::Met));
    pending->setColor(ui::stateFill(ui::State::Pending));
    excluded->setColor(ui::stateFill(ui::State::Excluded));
    QStringList months;
    double top = 0;
    for (const MonthKpis& m : std::as_const(m_dashboard.months)) {
        *counted << m.counted;
        *pending << m.pending;
        *excluded << m.excluded;
        months << QLocale().toString(m.month, QStringLiteral("MMM yy"));
        top = std::max(top, m.counted + m.pending + m.excluded);
    }
    auto* series = new QStackedBarSeries;
    series->append(counted);
    series->append(pending);
    series->append(excluded);
    m_chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    x->setLabelsAngle(-90);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    // Whole KPIs between the ticks (1, 2 or 5 times a power of ten), four intervals or more: an
    // empty or nearly empty chart would otherwise label its axis 0, 0, 1, 1, 1.
    const double reach = std::max(top * 1.1, 4.0);
    const double rough = reach / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    step = std::max(step, 1.0);
    const int intervals = int(std::ceil(reach / step));
    auto* y = new QValueAxis;
    y->setRange(0, intervals * step);
    y->setTickCount(intervals + 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("KPIs"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setTitle(tr("KPIs per month"));
    // The chart in words (docs/architecture.md#keyboard-and-screen-readers): the window's totals under
    // it, and as its accessible description with every month's figures.
    const Dashboard& d = m_dashboard;
    m_chartSummary->setText(tr("KPIs of the window %1 to %2: %3 counted, %4 pending, %5 not counted.")
                                .arg(longDate(d.window.from), longDate(d.window.to), number(d.counted),
                                     number(d.pending), number(d.excluded)));
    QStringList summary{m_chartSummary->text()};
    for (const MonthKpis& m : std::as_const(m_dashboard.months)) {
        summary << tr("%1: %2 counted, %3 pending, %4 not counted")
                       .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), number(m.counted),
                            number(m.pending), number(m.excluded));
    }
    m_chartView->setAccessibleDescription(summary.join(QLatin1String("; ")));
}

void DashboardWorkspace::fillProgress()
{
    const QList<Decision>& progress = m_dashboard.progress;
    m_progress->setRowCount(int(progress.size()));
    for (int i = 0; i < progress.size(); ++i) {
        const Decision& d = progress[i];
        QStringList unmet;
        for (const RequirementResult& r : d.requirements) {
            if (!r.met && r.code != RequirementCode::PerformanceCommitment)
                unmet << DisplayNames::requirementShort(r.code);
        }
        form::setRow(m_progress, i,
                     {d.competency, d.path == Path::Gold ? tr("Gold") : tr("Silver"),
                      figure(d, RequirementCode::MinActiveMct),
                      figure(d, RequirementCode::MinExams) + requiredExams(d),
                      figure(d, RequirementCode::MinKpi),
                      d.eligible ? tr("Met") : tr("Missing: %1").arg(unmet.join(QLatin1String(", ")))});
        QStringList why;
        for (const RequirementResult& r : d.requirements)
            why << Messages::explain(r, d);
        for (int c = 0; c < 6; ++c)
            m_progress->item(i, c)->setToolTip(why.join(QLatin1Char('\n')));
    }
    m_progress->resizeColumnsToContents();
}

void DashboardWorkspace::addHypothetical()
{
    m_hypotheticals.append({m_date->date(), m_kpi->value(), m_competency->currentText()});
    updateWhatIf();
}

void DashboardWorkspace::removeHypothetical()
{
    const int row = m_purchases->currentRow();
    if (row < 0 || row >= m_hypotheticals.size())
        return;
    m_hypotheticals.removeAt(row);
    updateWhatIf();
}

void DashboardWorkspace::updateWhatIf()
{
    m_whatIfProblem->hide();
    m_purchases->setRowCount(int(m_hypotheticals.size()));
    m_outcomes->setRowCount(0);
    if (m_hypotheticals.isEmpty() || !m_loaded) {
        m_remove->setEnabled(false);
        return;
    }
    auto result =
        DashboardService(m_context.db).whatIf(m_context.session, m_partnerId, m_hypotheticals, m_today);
    if (!result) {
        m_purchases->setRowCount(0);
        m_remove->setEnabled(false);
        m_whatIfProblem->setText(Messages::textWithPath(result.error()));
        m_whatIfProblem->show();
        return;
    }
    const WhatIf& w = result.value();
    for (int i = 0; i < m_hypotheticals.size(); ++i) {
        const HypotheticalPurchase& h = m_hypotheticals[i];
        const QDate visible = w.visibleOn.value(i);
        form::setRow(m_purchases, i,
                     {display::shortDate(h.date), number(h.kpiValue), h.competency,
                      visible <= w.decisionDate
                          ? tr("in the report of %1").arg(longDate(visible))
                          : tr("in the report of %1, after the anniversary").arg(longDate(visible))});
    }
    m_purchases->resizeColumnsToContents();
    m_outcomes->setRowCount(int(w.outcomes.size()));
    auto yesNo = [this](bool met) { return met ? tr("met") : tr("not met"); };
    for (int i = 0; i < w.outcomes.size(); ++i) {
        const WhatIfOutcome& o = w.outcomes[i];
        QString change =
            o.changes() ? (o.eligibleWith ? tr("now met") : tr("no longer met")) : tr("no change");
        form::setRow(
            m_outcomes, i,
            {o.competency + QStringLiteral(" \u2014 ") + (o.path == Path::Gold ? tr("Gold") : tr("Silver")),
             yesNo(o.eligibleToday), yesNo(o.eligibleWithout), yesNo(o.eligibleWith),
             tr("KPIs %1 \u2192 %2 of %3: %4")
                 .arg(number(o.kpiWithout), number(o.kpiWith), number(o.kpiRequired), change)});
    }
    m_outcomes->setHorizontalHeaderLabels({tr("Tier"), tr("Today"),
                                           tr("On %1 without").arg(longDate(w.decisionDate)),
                                           tr("On %1 with").arg(longDate(w.decisionDate)), tr("Change")});
    m_outcomes->resizeColumnsToContents();
}

void DashboardWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_factsBox->setTitle(tr("Reports and anniversary"));
    form::setLabels(m_facts, {tr("Rule set:"), tr("Latest report:"), tr("Next report:"), tr("Anniversary:"),
                              tr("Renewal reminders:"), tr("KPIs:")});
    m_chartView->setAccessibleName(tr("KPIs per month"));
    m_progressBox->setTitle(tr("Progress toward silver and gold (the performance commitment assumed)"));
    m_progress->setHorizontalHeaderLabels(
        {tr("Competency"), tr("Tier"), tr("Active MCTs"), tr("Exams"), tr("KPIs"), tr("Today")});
    m_progress->setAccessibleName(tr("Progress toward silver and gold"));
    m_whatIfBox->setTitle(tr("What if"));
    m_whatIfIntro->setText(
        tr("Add purchases you are thinking of: the rules engine says when each becomes visible and "
           "whether it changes the decision on the day before the anniversary."));
    form::setLabels(m_whatIfForm, {tr("Invoice &date:"), tr("&KPI value:"), tr("C&ompetency:")});
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Re&move"));
    m_purchases->setHorizontalHeaderLabels({tr("Date"), tr("KPI"), tr("Competency"), tr("Visible")});
    m_purchases->setAccessibleName(tr("Hypothetical purchases"));
    m_outcomes->setAccessibleName(tr("What the hypothetical purchases change"));
    m_outcomes->setHorizontalHeaderLabels({tr("Tier"), tr("Today"), tr("Before the anniversary, without"),
                                           tr("Before the anniversary, with"), tr("Change")});
    // The engine's sentences (tooltips) and any message are in the language of the moment.
    if (m_loaded || !m_problem->isHidden())
        refresh();
}

} // namespace lp
