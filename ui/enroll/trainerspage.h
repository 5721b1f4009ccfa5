// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QTableWidget;

namespace lp {

class FallbackBanner;
class FixPointer;

// The active MCTs: for the Action Pack (the only requirement, see docs/rules.md#learning-action-pack; none:
// Next is disabled) and for a competency tier (MIN_ACTIVE_MCT, see docs/rules.md#active-mcts). One class for
// both pages.
class TrainersPage : public EnrollmentPage
{
    Q_OBJECT

public:
    enum class For { ActionPack, Tier };
    TrainersPage(EnrollmentDraftController* draft, For path, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void retranslateUi() override;

private:
    bool m_actionPack;
    bool m_met = false;
    FallbackBanner* m_banner;
    QLabel* m_requirement;
    QLabel* m_tableLabel;
    QTableWidget* m_table;
    QLabel* m_none;
    QLabel* m_problem;
    FixPointer* m_fix;
};

} // namespace lp
