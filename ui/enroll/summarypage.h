// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QPushButton;
class QTextBrowser;

namespace lp {

class FallbackBanner;
class RuleSetBanner;

// The last page of every path: the decision report, whether Submit may write the enrollment,
// and the report saved as PDF or printed.
class SummaryPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit SummaryPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    // Submit: writes the enrollment, or says on the page why the service refused it.
    bool validatePage() override;
    int nextId() const override { return -1; }

protected:
    void retranslateUi() override;

private:
    void savePdf();

    FallbackBanner* m_banner;
    RuleSetBanner* m_ruleSetBanner = nullptr;
    QTextBrowser* m_report;
    QLabel* m_verdict;
    QPushButton* m_pdf;
    QPushButton* m_print;
    QLabel* m_problem;
    bool m_eligible = false;
};

} // namespace lp
