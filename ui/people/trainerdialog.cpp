// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "trainerdialog.h"

#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>

namespace lp {

TrainerDialog::TrainerDialog(const Trainer& trainer, Save save, QWidget* parent)
    : FormDialog(parent), m_trainer(trainer), m_save(std::move(save))
{
    m_name = new QLineEdit(trainer.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_mctId = new QLineEdit(trainer.mctId, this);
    m_mctId->setObjectName(QStringLiteral("mctId"));
    m_hasFrom = new QCheckBox(this);
    m_hasFrom->setObjectName(QStringLiteral("hasValidFrom"));
    m_hasFrom->setChecked(trainer.validFrom.isValid());
    m_from = form::dateEdit(this, trainer.validFrom, "validFrom");
    m_from->setEnabled(trainer.validFrom.isValid());
    m_to = form::dateEdit(
        this, trainer.validTo.isValid() ? trainer.validTo : QDate::currentDate().addYears(1), "validTo");
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);

    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_hasFrom);
    fromRow->addWidget(m_from, 1);
    addRows({m_name, m_mctId});
    addRow(m_hasFrom, fromRow);
    addRows({m_to});
    setErrorFields({{"name", m_name}, {"mctId", m_mctId}}, m_to);
    setMinimumWidth(420);
    retranslateUi();
}

void TrainerDialog::retranslateForm()
{
    setWindowTitle(m_trainer.id ? tr("Edit trainer") : tr("Add trainer"));
    setLabels({tr("&Name:"), tr("&MCT ID:"), tr("Valid &from:"), tr("Valid &until:")});
    m_name->setAccessibleName(tr("Trainer name"));
    m_mctId->setAccessibleName(tr("MCT ID"));
    m_mctId->setPlaceholderText(tr("e.g. MCT-1001"));
    m_hasFrom->setText(tr("known"));
    m_hasFrom->setAccessibleName(tr("Start of validity known"));
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid until"));
}

Status TrainerDialog::save()
{
    Trainer t = m_trainer;
    t.name = m_name->text().trimmed();
    t.mctId = m_mctId->text().trimmed();
    t.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    t.validTo = m_to->date();
    return m_save(t);
}

} // namespace lp
