// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/caseservice.h"
#include "shell/workspace.h"

#include <QDate>
#include <QList>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace lp {

// Partner Frontline Support's review queue: every open KPI discrepancy case, oldest first,
// with its age; the selected case beside the KPI records of its invoice (fields that differ
// highlighted), the evidence, and the resolution (corrected or rejected, with a note).
class CaseQueueWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CaseQueueWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Case queue"); }
    void refresh() override;

    void setToday(const QDate& today) { m_today = today; }
    const std::optional<CaseDetail>& current() const { return m_detail; }
    // Reads the queue again and selects this case (a reminder of a new case).
    void showCase(qint64 caseId);

protected:
    void retranslateUi() override;

private:
    void showSelected();
    void fillComparison(const CaseDetail& detail);
    void resolveSelected();
    void viewEvidence();
    void saveEvidence();

    QDate m_today = QDate::currentDate();
    QList<CaseSummary> m_queue;
    std::optional<CaseDetail> m_detail;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_triage = nullptr;
    QTableWidget* m_compare = nullptr;
    QLabel* m_evidence = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_save = nullptr;
    QRadioButton* m_corrected = nullptr;
    QRadioButton* m_rejected = nullptr;
    QButtonGroup* m_resolution = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_done = nullptr;
};

} // namespace lp
