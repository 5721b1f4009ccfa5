// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/exampass.h"
#include "widgets/formdialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace lp {

// Adds or edits one exam pass; `save` is the service call, its error shown at the field.
class ExamPassDialog : public FormDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const ExamPass&)>;
    ExamPassDialog(const ExamPass& pass, const QStringList& competencies, Save save,
                   QWidget* parent = nullptr);

private:
    Status save() override;
    void retranslateForm() override;

    ExamPass m_pass;
    Save m_save;
    QLineEdit* m_person = nullptr;
    QLineEdit* m_exam = nullptr;
    QDateEdit* m_passedOn = nullptr;
    QComboBox* m_competency = nullptr;
};

} // namespace lp
