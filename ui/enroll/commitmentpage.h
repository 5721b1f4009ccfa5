// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

namespace lp {

// Silver and gold, when the tier asks for it: the commitment to the Performance Requirements
// (docs/rules.md#performance-commitment). Next stays disabled until it is ticked.
class CommitmentPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit CommitmentPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    bool isComplete() const override;
    int nextId() const override { return id(EnrollmentPageId::Trainers); }

protected:
    void retranslateUi() override;

private:
    QLabel* m_text;
    QCheckBox* m_check;
};

} // namespace lp
