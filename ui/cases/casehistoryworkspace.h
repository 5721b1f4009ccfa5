// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "shell/workspace.h"

#include <QDate>

class QLabel;

namespace lp {

class CaseHistoryView;

// Partner Frontline Support: every KPI discrepancy case of every partner, open and resolved,
// with filters and the outcome, the note and the triage at resolution of each.
class CaseHistoryWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CaseHistoryWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Case history"); }
    void refresh() override;
    void setToday(const QDate& today);
    CaseHistoryView* view() const { return m_view; }

protected:
    void retranslateUi() override;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    CaseHistoryView* m_view = nullptr;
};

} // namespace lp
