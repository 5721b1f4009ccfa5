// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

namespace lp {

class FallbackBanner;

// Silver and gold: the membership offer to subscribe to in Partner Center and its fee
// (docs/rules.md#subscribing-to-a-competency), the silver-to-gold upgrade discount when it applies, and when
// the subscription was made.
class OfferPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit OfferPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    int nextId() const override { return id(EnrollmentPageId::Summary); }

protected:
    void retranslateUi() override;

private:
    FallbackBanner* m_banner;
    QLabel* m_text;
    QLabel* m_discount;
    Step m_step;
    bool m_eligible = false;
    bool m_upgrade = false;
};

} // namespace lp
