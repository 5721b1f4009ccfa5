// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace lp {

class EnrollmentDraftController;

// Where to fix a requirement that is not met (docs/architecture.md#pointers-to-the-fix): a sentence
// naming the workspace where its evidence is recorded, and a button that closes the wizard
// (keeping the answers as a draft) and shows that workspace. Trainers and exam passes are
// recorded in People; KPIs come from the invoices of the KPI ledger. Hidden while the
// requirement is met.
class FixPointer : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    enum class Topic { Trainers, Exams, Kpis };
    FixPointer(EnrollmentDraftController* draft, Topic topic, QWidget* parent = nullptr);

    // Shown when `unmet`.
    void showFor(bool unmet) { setVisible(unmet); }
    WorkspaceKind destination() const
    {
        return m_topic == Topic::Kpis ? WorkspaceKind::KpiLedger : WorkspaceKind::People;
    }

protected:
    void retranslateUi() override;

private:
    EnrollmentDraftController* m_draft;
    Topic m_topic;
    QLabel* m_text;
    QPushButton* m_go;
};

} // namespace lp
