// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/dashboardservice.h"
#include "shell/workspace.h"

#include <QDate>
#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

class RuleSetBanner;

// The KPI dashboard: the window of the latest report month by month (counted, pending,
// not counted), the report dates, the anniversary and its reminders, the distance to
// silver and gold in each competency, and a what-if of purchases not made yet. Every
// figure is the EligibilityEngine's, through DashboardService.
class DashboardWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit DashboardWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("KPI dashboard"); }
    void refresh() override;

    void setPartner(qint64 partnerId);
    void setToday(const QDate& today) { m_today = today; }
    const Dashboard& dashboard() const { return m_dashboard; }
    const QList<HypotheticalPurchase>& hypotheticals() const { return m_hypotheticals; }
    QChart* chart() const { return m_chart; }

protected:
    void retranslateUi() override;

private:
    void fillFacts();
    void fillChart();
    void fillProgress();
    static QString requiredExams(const Decision& d);
    void addHypothetical();
    void removeHypothetical();
    void updateWhatIf();

    qint64 m_partnerId = 0;
    QDate m_today = QDate::currentDate();
    Dashboard m_dashboard;
    bool m_loaded = false;
    bool m_dateSet = false;
    QList<HypotheticalPurchase> m_hypotheticals;

    QLabel* m_heading = nullptr;
    QLabel* m_problem = nullptr;
    QGroupBox* m_factsBox = nullptr;
    QFormLayout* m_facts = nullptr;
    QLabel* m_ruleSet = nullptr;
    RuleSetBanner* m_ruleSetBanner = nullptr;
    QLabel* m_latest = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_anniversary = nullptr;
    QLabel* m_reminders = nullptr;
    QLabel* m_totals = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_chartSummary = nullptr; // the chart in words, for everyone and for screen readers
    QGroupBox* m_progressBox = nullptr;
    QTableWidget* m_progress = nullptr;
    QGroupBox* m_whatIfBox = nullptr;
    QLabel* m_whatIfIntro = nullptr;
    QFormLayout* m_whatIfForm = nullptr;
    QDateEdit* m_date = nullptr;
    QDoubleSpinBox* m_kpi = nullptr;
    QComboBox* m_competency = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QTableWidget* m_purchases = nullptr;
    QTableWidget* m_outcomes = nullptr;
    QLabel* m_whatIfProblem = nullptr;
};

} // namespace lp
