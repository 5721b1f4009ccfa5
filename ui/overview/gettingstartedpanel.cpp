// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "gettingstartedpanel.h"

#include "domain/messages.h"
#include "widgets/statecolors.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {
namespace {

constexpr ChecklistStep kSteps[] = {ChecklistStep::AddPeople, ChecklistStep::ImportInvoices,
                                    ChecklistStep::CheckDashboard, ChecklistStep::StartEnrollment};

WorkspaceKind workspaceOf(ChecklistStep step)
{
    switch (step) {
    case ChecklistStep::AddPeople:
        return WorkspaceKind::People;
    case ChecklistStep::ImportInvoices:
        return WorkspaceKind::KpiLedger;
    case ChecklistStep::CheckDashboard:
        return WorkspaceKind::KpiDashboard;
    case ChecklistStep::StartEnrollment:
        return WorkspaceKind::Enrollment;
    }
    return WorkspaceKind::Overview;
}

const char* objectNameOf(ChecklistStep step)
{
    switch (step) {
    case ChecklistStep::AddPeople:
        return "checklistPeople";
    case ChecklistStep::ImportInvoices:
        return "checklistInvoices";
    case ChecklistStep::CheckDashboard:
        return "checklistDashboard";
    case ChecklistStep::StartEnrollment:
        return "checklistEnrollment";
    }
    return "";
}

} // namespace

GettingStartedPanel::GettingStartedPanel(AppContext& context, QWidget* parent)
    : Retranslating<QGroupBox>(parent), m_context(context)
{
    setObjectName(QStringLiteral("gettingStarted"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("checklistProgress"));
    m_intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    int i = 0;
    for (ChecklistStep step : kSteps) {
        auto* state = new QLabel(this);
        auto* button = new QPushButton(this);
        button->setObjectName(QLatin1String(objectNameOf(step)));
        connect(button, &QPushButton::clicked, this,
                [this, step] { emit workspaceRequested(workspaceOf(step)); });
        // Two steps a row: the panel stays short above the partner's data.
        grid->addWidget(state, i / 2, (i % 2) * 2);
        grid->addWidget(button, i / 2, (i % 2) * 2 + 1);
        m_states << state;
        m_buttons << button;
        ++i;
    }
    grid->setColumnStretch(4, 1);
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissChecklist"));
    connect(m_dismiss, &QPushButton::clicked, this, &GettingStartedPanel::dismiss);
    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_dismiss, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    hide();
    retranslateUi();
}

QPushButton* GettingStartedPanel::button(ChecklistStep step) const
{
    for (int i = 0; i < m_buttons.size(); ++i)
        if (kSteps[i] == step)
            return m_buttons[i];
    return nullptr;
}

void GettingStartedPanel::refresh()
{
    auto c = GettingStartedService(m_context.db).checklist(m_context.session);
    if (!c) {
        m_checklist.reset();
        hide();
        return;
    }
    setChecklist(c.value());
}

void GettingStartedPanel::setChecklist(const Checklist& checklist)
{
    m_checklist = checklist;
    setVisible(checklist.visible());
    retranslateUi();
}

void GettingStartedPanel::dismiss()
{
    if (Status s =
            GettingStartedService(m_context.db).dismiss(m_context.session, QDateTime::currentDateTimeUtc());
        !s) {
        m_intro->setText(Messages::text(s.error()));
        return;
    }
    refresh();
}

void GettingStartedPanel::retranslateUi()
{
    setTitle(tr("Getting started"));
    m_dismiss->setText(tr("Dis&miss"));
    m_dismiss->setToolTip(tr("Hide this list for good; the workspaces stay where they are."));
    for (int i = 0; i < m_buttons.size(); ++i) {
        switch (kSteps[i]) {
        case ChecklistStep::AddPeople:
            m_buttons[i]->setText(tr("Add &trainers and exam passes"));
            break;
        case ChecklistStep::ImportInvoices:
            m_buttons[i]->setText(tr("&Import invoices"));
            break;
        case ChecklistStep::CheckDashboard:
            m_buttons[i]->setText(tr("Check the KPI &dashboard"));
            break;
        case ChecklistStep::StartEnrollment:
            m_buttons[i]->setText(tr("Start the e&nrollment"));
            break;
        }
    }
    if (!m_checklist)
        return;
    const int total = int(m_checklist->items.size());
    m_intro->setText(
        tr("%1 of %n step(s) done. Each button opens the workspace where the step is done.", nullptr, total)
            .arg(m_checklist->doneCount()));
    for (int i = 0; i < m_states.size() && i < total; ++i) {
        const bool done = m_checklist->items.at(i).done;
        m_states[i]->setText(done ? tr("Done") : tr("To do"));
        ui::setStateText(m_states[i], done ? ui::State::Met : ui::State::Pending);
    }
}

} // namespace lp
