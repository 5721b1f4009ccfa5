// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "decisionreport.h"
#include "domain/enrollment.h"
#include "widgets/retranslating.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace lp {

struct AppContext;

// A submitted enrollment, read only: its decision report (the rules engine's decision again
// for the day it was evaluated on), saved as PDF or printed.
class SubmittedEnrollmentDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    SubmittedEnrollmentDialog(AppContext& context, const Enrollment& enrollment, QWidget* parent = nullptr);
    // The report shown (none when the core refused it: the problem says why).
    const std::optional<DecisionReport>& report() const { return m_report; }

protected:
    void retranslateUi() override;

private:
    void load();
    void savePdf();

    AppContext& m_context;
    Enrollment m_enrollment;
    std::optional<DecisionReport> m_report;
    QString m_error;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lp
