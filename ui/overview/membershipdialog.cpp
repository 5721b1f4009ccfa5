// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "membershipdialog.h"

#include "displaynames.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>

namespace lp {

MembershipDialog::MembershipDialog(const QStringList& competencies, Save save, QWidget* parent)
    : FormDialog(parent), m_save(std::move(save))
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (MembershipType t : {MembershipType::ActionPack, MembershipType::Silver, MembershipType::Gold})
        m_type->addItem(QString(), int(t));
    m_competency = new QComboBox(this);
    m_competency->setObjectName(QStringLiteral("competency"));
    m_competency->setEditable(true);
    m_competency->addItems(competencies);
    m_competency->setEnabled(false);
    m_learning = new QCheckBox(this);
    m_learning->setObjectName(QStringLiteral("learning"));
    m_learning->setChecked(true);
    m_from = form::dateEdit(this, QDate::currentDate(), "from");
    m_to = form::dateEdit(this, QDate::currentDate().addYears(1).addDays(-1), "to");
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_competency->setEnabled(MembershipType(m_type->currentData().toInt()) != MembershipType::ActionPack);
    });

    addRows({m_type, m_competency, m_learning, m_from, m_to});
    setErrorFields({{"competency", m_competency}, {"from", m_from}}, m_to);
    setMinimumWidth(460);
    retranslateUi();
}

void MembershipDialog::retranslateForm()
{
    setWindowTitle(tr("Add membership"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, DisplayNames::membershipType(MembershipType(m_type->itemData(i).toInt())));
    setLabels(
        {tr("&Membership:"), tr("&Competency:"), tr("&Learning:"), tr("Valid &from:"), tr("Valid &until:")});
    m_learning->setText(tr("with the Learning option"));
    m_type->setAccessibleName(tr("Membership"));
    m_competency->setAccessibleName(tr("Competency"));
    m_learning->setAccessibleName(tr("Learning option"));
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid until"));
    okButton()->setText(tr("&Add"));
}

Status MembershipDialog::save()
{
    Membership m;
    m.type = MembershipType(m_type->currentData().toInt());
    m.competency = m.type == MembershipType::ActionPack ? QString() : m_competency->currentText().trimmed();
    m.learning = m_learning->isChecked();
    m.from = m_from->date();
    m.to = m_to->date();
    return m_save(m);
}

} // namespace lp
