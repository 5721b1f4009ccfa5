// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

class QRadioButton;

namespace lp {

// The Action Pack, step 1 of 2: buy or renew the subscription (docs/rules.md#action-pack-activation), and
// record when it was done. A renewal is taken only after the last subscription has expired, within 30 days of
// its expiry.
class ActionPackSubscriptionPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit ActionPackSubscriptionPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return id(EnrollmentPageId::ActionPackProfile); }

protected:
    void retranslateUi() override;

private:
    QLabel* m_steps;
    QRadioButton* m_buy;
    QRadioButton* m_renew;
    QLabel* m_rule;
    Step m_step;
    QLabel* m_problem;
};

} // namespace lp
