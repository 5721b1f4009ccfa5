// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "exampassdialog.h"

#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace lp {

ExamPassDialog::ExamPassDialog(const ExamPass& pass, const QStringList& competencies, Save save,
                               QWidget* parent)
    : FormDialog(parent), m_pass(pass), m_save(std::move(save))
{
    m_person = new QLineEdit(pass.person, this);
    m_person->setObjectName(QStringLiteral("person"));
    m_exam = new QLineEdit(pass.exam, this);
    m_exam->setObjectName(QStringLiteral("exam"));
    m_passedOn = form::dateEdit(this, pass.passedOn, "passedOn");
    m_passedOn->setMaximumDate(QDate::currentDate());
    m_competency = new QComboBox(this);
    m_competency->setObjectName(QStringLiteral("competency"));
    m_competency->setEditable(true);
    m_competency->addItems(competencies);
    m_competency->setCurrentText(pass.competency);

    addRows({m_person, m_exam, m_passedOn, m_competency});
    setErrorFields({{"person", m_person}, {"exam", m_exam}, {"passedOn", m_passedOn}}, m_competency);
    setMinimumWidth(420);
    retranslateUi();
}

void ExamPassDialog::retranslateForm()
{
    setWindowTitle(m_pass.id ? tr("Edit exam pass") : tr("Add exam pass"));
    setLabels({tr("&Person:"), tr("&Exam:"), tr("Passed &on:"), tr("&Competency:")});
    m_person->setAccessibleName(tr("Person"));
    m_exam->setAccessibleName(tr("Exam code"));
    m_exam->setPlaceholderText(tr("e.g. AZ-900"));
    m_passedOn->setAccessibleName(tr("Passed on"));
    m_competency->setAccessibleName(tr("Competency"));
}

Status ExamPassDialog::save()
{
    ExamPass e = m_pass;
    e.person = m_person->text().trimmed();
    e.exam = m_exam->text().trimmed().toUpper();
    e.passedOn = m_passedOn->date();
    e.competency = m_competency->currentText().trimmed();
    return m_save(e);
}

} // namespace lp
