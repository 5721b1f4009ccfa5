#include "profiledialogs.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "widgets/countrycombobox.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lp {
using namespace form;

ProfileDialog::ProfileDialog(const Partner& partner, Save save, QWidget* parent)
    : QDialog(parent), m_partner(partner), m_save(std::move(save))
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
    m_anniversary = dateEdit(this, partner.anniversary, "anniversary");

    m_form = new QFormLayout;
    addRows(m_form, this, {m_mpnId, m_name, m_country, m_anniversary});
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = buttons(this, layout);
    setMinimumWidth(460);
    retranslateUi();
}

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Partner profile"));
    setLabels(m_form, {tr("&MPN ID:"), tr("&Name:"), tr("&Country:"), tr("&Anniversary date:")});
    m_mpnId->setAccessibleName(tr("MPN ID"));
    m_name->setAccessibleName(tr("Partner name"));
    m_country->setAccessibleName(tr("Country"));
    m_anniversary->setAccessibleName(tr("Anniversary date"));
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("&Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void ProfileDialog::accept()
{
    Partner p = m_partner;
    p.mpnId = m_mpnId->text().trimmed();
    p.name = m_name->text().trimmed();
    p.country = m_country->code();
    p.anniversary = m_anniversary->date();
    Status s = m_save(p);
    if (!s) {
        m_lastError = s.error();
        const QString& path = s.error().path;
        QWidget* field = path == QLatin1String("mpnId")         ? static_cast<QWidget*>(m_mpnId)
                         : path == QLatin1String("country")     ? static_cast<QWidget*>(m_country)
                         : path == QLatin1String("anniversary") ? static_cast<QWidget*>(m_anniversary)
                                                                : static_cast<QWidget*>(m_name);
        showError(m_error, s.error(), field);
        return;
    }
    QDialog::accept();
}

MembershipDialog::MembershipDialog(const QStringList& competencies, Save save, QWidget* parent)
    : QDialog(parent), m_save(std::move(save))
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
    m_from = dateEdit(this, QDate::currentDate(), "from");
    m_to = dateEdit(this, QDate::currentDate().addYears(1).addDays(-1), "to");
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_competency->setEnabled(MembershipType(m_type->currentData().toInt()) != MembershipType::ActionPack);
    });

    m_form = new QFormLayout;
    addRows(m_form, this, {m_type, m_competency, m_learning, m_from, m_to});
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = buttons(this, layout);
    setMinimumWidth(460);
    retranslateUi();
}

void MembershipDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MembershipDialog::retranslateUi()
{
    setWindowTitle(tr("Add membership"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, DisplayNames::membershipType(MembershipType(m_type->itemData(i).toInt())));
    setLabels(m_form, {tr("&Membership:"), tr("&Competency:"), tr("&Learning:"), tr("Valid &from:"),
                       tr("Valid &until:")});
    m_learning->setText(tr("with the Learning option"));
    m_type->setAccessibleName(tr("Membership"));
    m_competency->setAccessibleName(tr("Competency"));
    m_learning->setAccessibleName(tr("Learning option"));
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid until"));
    m_ok->setText(tr("&Add"));
    m_cancel->setText(tr("&Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void MembershipDialog::accept()
{
    Membership m;
    m.type = MembershipType(m_type->currentData().toInt());
    m.competency = m.type == MembershipType::ActionPack ? QString() : m_competency->currentText().trimmed();
    m.learning = m_learning->isChecked();
    m.from = m_from->date();
    m.to = m_to->date();
    Status s = m_save(m);
    if (!s) {
        m_lastError = s.error();
        const QString& path = s.error().path;
        QWidget* field = path == QLatin1String("competency") ? static_cast<QWidget*>(m_competency)
                         : path == QLatin1String("from")     ? static_cast<QWidget*>(m_from)
                                                             : static_cast<QWidget*>(m_to);
        showError(m_error, s.error(), field);
        return;
    }
    QDialog::accept();
}

} // namespace lp
