// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "rules/decision.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace lp {

class EnrollmentDraftController;

// The gold fallback of docs/rules.md#recommendation-and-fallback, shown on the gold pages: which requirements
// fall short, and a button that goes on with the recommended path, keeping what was entered.
class FallbackBanner : public QFrame
{
    Q_OBJECT

public:
    FallbackBanner(EnrollmentDraftController* draft, QWidget* parent);

    // Shown when the answers ask for gold and `decision` says it is not met; hidden otherwise.
    // Its texts are set here, from the decision, so a language switch is followed by the page's refresh.
    void refresh(const Result<Decision>& decision);

private:
    EnrollmentDraftController* m_draft;
    QLabel* m_text;
    QPushButton* m_button;
    Path m_target = Path::Silver;
};

} // namespace lp
