// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/trainer.h"
#include "widgets/formdialog.h"

#include <functional>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace lp {

// Adds or edits one Microsoft Certified Trainer. `save` is the service call: its error is
// shown at the field it names, and the dialog stays open until it succeeds.
class TrainerDialog : public FormDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Trainer&)>;
    TrainerDialog(const Trainer& trainer, Save save, QWidget* parent = nullptr);

private:
    Status save() override;
    void retranslateForm() override;

    Trainer m_trainer;
    Save m_save;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_mctId = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace lp
