// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

namespace lp {

// The Action Pack, step 2 of 2: the account profile asked of Partner Frontline Support
// (docs/rules.md#action-pack-activation), which opens the Courseware Marketplace.
class ActionPackProfilePage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit ActionPackProfilePage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    int nextId() const override { return id(EnrollmentPageId::Summary); }

protected:
    void retranslateUi() override;

private:
    QLabel* m_text;
    Step m_step;
};

} // namespace lp
