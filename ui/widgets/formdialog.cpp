// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "formdialog.h"

#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {

FormDialog::FormDialog(QWidget* parent) : Retranslating<QDialog>(parent)
{
    m_form = new QFormLayout;
    m_error = form::errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    form::keepNaturalSize(this);
}

void FormDialog::addRows(std::initializer_list<QWidget*> fields)
{
    form::addRows(m_form, this, fields);
}

void FormDialog::addRow(QWidget* buddy, QLayout* field)
{
    auto* label = new QLabel(this);
    label->setBuddy(buddy);
    m_form->addRow(label, field);
}

void FormDialog::setLabels(const QStringList& labels)
{
    form::setLabels(m_form, labels);
}

void FormDialog::setErrorFields(std::initializer_list<std::pair<const char*, QWidget*>> fields,
                                QWidget* otherwise)
{
    m_errorFields.clear();
    for (const auto& [path, field] : fields)
        m_errorFields.append({QLatin1String(path), field});
    m_otherField = otherwise;
}

QWidget* FormDialog::fieldFor(const QString& path) const
{
    for (const auto& [known, field] : m_errorFields) {
        if (known == path)
            return field;
    }
    return m_otherField;
}

void FormDialog::retranslateUi()
{
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    retranslateForm();
    if (!m_lastProblems.isEmpty())
        form::showErrors(m_error, m_lastProblems, {});
    else if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void FormDialog::accept()
{
    QList<QWidget*> fields;
    for (const auto& [path, field] : std::as_const(m_errorFields))
        fields.append(field);
    fields.append(m_otherField);
    m_lastProblems = problems();
    form::showErrors(m_error, m_lastProblems, fields);
    if (!m_lastProblems.isEmpty())
        return;
    const Status s = save();
    if (!s) {
        // The service's refusal too names its field ("MCT ID: This field is required.") and marks it.
        m_lastError = s.error();
        m_lastProblems = {{fieldFor(s.error().path), s.error()}};
        form::showErrors(m_error, m_lastProblems, fields);
        return;
    }
    QDialog::accept();
}

QWidget* FormDialog::fieldForPath(const QString& path) const
{
    return fieldFor(path);
}

} // namespace lp
