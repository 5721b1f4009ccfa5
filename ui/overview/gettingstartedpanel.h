// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/gettingstartedservice.h"
#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;

namespace lp {

// The getting-started checklist on the Overview (docs/architecture.md#reminders-and-getting-started): add
// trainers and exam passes, import invoices, check the KPI dashboard, start the enrollment. Each step's
// button opens the workspace where it is done; GettingStartedService says what is done. The panel hides
// itself when every step is done, when the account dismissed it, and for roles it does not apply to.
class GettingStartedPanel : public Retranslating<QGroupBox>
{
    Q_OBJECT

public:
    GettingStartedPanel(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    // Shows this checklist as it is (the screen tour and the screenshots); refresh() reads it again.
    void setChecklist(const Checklist& checklist);
    const std::optional<Checklist>& checklist() const { return m_checklist; }
    QPushButton* button(ChecklistStep step) const;

signals:
    void workspaceRequested(lp::WorkspaceKind kind);

protected:
    void retranslateUi() override;

private:
    void dismiss();

    AppContext& m_context;
    std::optional<Checklist> m_checklist;
    QLabel* m_intro = nullptr;
    QList<QLabel*> m_states;
    QList<QPushButton*> m_buttons;
    QPushButton* m_dismiss = nullptr;
};

} // namespace lp
