// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casehistoryworkspace.h"

#include "casehistoryview.h"
#include "widgets/formhelpers.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lp {

CaseHistoryWorkspace::CaseHistoryWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_view = new CaseHistoryView(context, this);
    layout->addWidget(m_view, 1);
    setMainControl(m_view);
    retranslateUi();
}

void CaseHistoryWorkspace::refresh()
{
    m_view->refresh();
}

void CaseHistoryWorkspace::setToday(const QDate& today)
{
    m_view->setToday(today);
}

void CaseHistoryWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        tr("Every KPI discrepancy case of every partner, newest first, open and resolved. A resolved "
           "case shows its outcome, the note and the triage as it stood when it was resolved."));
}

} // namespace lp
