#include "profiledialog.h"

#include "widgets/countrycombobox.h"
#include "widgets/formhelpers.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace lp {

ProfileDialog::ProfileDialog(const Partner& partner, Save save, QWidget* parent)
    : FormDialog(parent), m_partner(partner), m_save(std::move(save))
{
    m_mpnId = new QLineEdit(partner.mpnId, this);
    m_mpnId->setObjectName(QStringLiteral("mpnId"));
    m_mpnId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_mpnId));
    m_name = new QLineEdit(partner.name, this);
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_name->setMaxLength(200);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setCode(partner.country);
    m_anniversary = form::dateEdit(this, partner.anniversary, "anniversary");

    addRows({m_mpnId, m_name, m_country, m_anniversary});
    setErrorFields({{"mpnId", m_mpnId}, {"country", m_country}, {"anniversary", m_anniversary}}, m_name);
    setMinimumWidth(460);
    retranslateUi();
}

void ProfileDialog::retranslateForm()
{
    setWindowTitle(tr("Partner profile"));
    setLabels({tr("&MPN ID:"), tr("&Name:"), tr("&Country:"), tr("&Anniversary date:")});
    m_mpnId->setAccessibleName(tr("MPN ID"));
    m_name->setAccessibleName(tr("Partner name"));
    m_country->setAccessibleName(tr("Country"));
    m_anniversary->setAccessibleName(tr("Anniversary date"));
}

Status ProfileDialog::save()
{
    Partner p = m_partner;
    p.mpnId = m_mpnId->text().trimmed();
    p.name = m_name->text().trimmed();
    p.country = m_country->code();
    p.anniversary = m_anniversary->date();
    return m_save(p);
}

} // namespace lp
