// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QTableWidget;

namespace lp {

class FallbackBanner;
class FixPointer;

// Silver and gold: the exam requirements of the tier (MIN_EXAMS, REQUIRED_EXAMS) and the passes
// recorded for the competency.
class ExamsPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit ExamsPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    int nextId() const override { return id(EnrollmentPageId::Kpi); }

protected:
    void retranslateUi() override;

private:
    FallbackBanner* m_banner;
    QLabel* m_minExams;
    QLabel* m_required;
    QLabel* m_tableLabel;
    QTableWidget* m_table;
    QLabel* m_problem;
    FixPointer* m_fix;
};

} // namespace lp
