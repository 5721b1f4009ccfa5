// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QTreeWidget;

namespace lp {

class FallbackBanner;
class FixPointer;
struct Decision;
struct KpiResult;

// Silver and gold: the learning KPIs of the window of the monthly report (MIN_KPI), with the
// invoice lines counted, pending and not counted.
class KpiPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit KpiPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    int nextId() const override { return id(EnrollmentPageId::Offer); }

protected:
    void retranslateUi() override;

private:
    void showWindow(const KpiResult& kpi);
    // The lines of the window under counted, pending and not counted (or why they cannot be listed).
    void fillRecords(const Decision& decision);

    FallbackBanner* m_banner;
    QLabel* m_requirement;
    QLabel* m_window;
    QLabel* m_treeLabel;
    QTreeWidget* m_tree;
    QLabel* m_problem;
    FixPointer* m_fix;
};

} // namespace lp
