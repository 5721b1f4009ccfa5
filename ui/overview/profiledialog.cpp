// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "profiledialog.h"

#include "widgets/countrycombobox.h"
#include "widgets/datefield.h"

#include <QLineEdit>

namespace lp {

ProfileDialog::ProfileDialog(const Partner& partner, Save save, QWidget* parent)
    : FormDialog(parent), m_partner(partner), m_save(std::move(save))
{
    m_fields = form::PartnerFields::create(this, partner);
    addRows({m_fields.mpnId, m_fields.name, m_fields.country, m_fields.anniversary});
    setErrorFields(
        {{"mpnId", m_fields.mpnId}, {"country", m_fields.country}, {"anniversary", m_fields.anniversary}},
        m_fields.name);
    setMinimumWidth(460);
    retranslateUi();
}

void ProfileDialog::retranslateForm()
{
    setWindowTitle(tr("Partner profile"));
    setLabels({tr("&MPN ID:"), tr("&Name:"), tr("&Country:"), tr("&Anniversary date:")});
    m_fields.mpnId->setAccessibleName(tr("MPN ID"));
    m_fields.name->setAccessibleName(tr("Partner name"));
    m_fields.country->setAccessibleName(tr("Country"));
    m_fields.anniversary->setAccessibleName(tr("Anniversary date"));
}

QList<form::FieldError> ProfileDialog::problems()
{
    return m_fields.problems();
}

Status ProfileDialog::save()
{
    return m_save(m_fields.partner(m_partner));
}

} // namespace lp
