// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QComboBox;

namespace lp {

// Silver and gold: the competency whose Learning option the partner enrolls in, and what its
// tier asks for in the rule set in force.
class CompetencyPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit CompetencyPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void retranslateUi() override;

private:
    void showTier();

    QLabel* m_label;
    QComboBox* m_combo;
    QLabel* m_tier;
    QLabel* m_notes;
    bool m_filling = false;
};

} // namespace lp
