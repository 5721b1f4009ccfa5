// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/membership.h"
#include "widgets/formdialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace lp {

// Adds a membership: the Action Pack subscription or a silver/gold competency.
class MembershipDialog : public FormDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Membership&)>;
    MembershipDialog(const QStringList& competencies, Save save, QWidget* parent = nullptr);

private:
    Status save() override;
    void retranslateForm() override;

    Save m_save;
    QComboBox* m_type = nullptr;
    QComboBox* m_competency = nullptr;
    QCheckBox* m_learning = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace lp
