#include "firstrundialog.h"

#include "domain/messages.h"
#include "language.h"
#include "security/passwordpolicy.h"
#include "services/accountservice.h"
#include "widgets/countrycombobox.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lp {

FirstRunDialog::FirstRunDialog(AccountService& accounts, QWidget* parent)
    : Retranslating<QDialog>(parent), m_accounts(accounts)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_mpnId = new QLineEdit(this);
    m_mpnId->setObjectName(QStringLiteral("mpnId"));
    m_mpnId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_mpnId));
    m_partnerName = new QLineEdit(this);
    m_partnerName->setObjectName(QStringLiteral("partnerName"));
    m_partnerName->setMaxLength(200);
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_anniversary = new QDateEdit(QDate::currentDate(), this);
    m_anniversary->setObjectName(QStringLiteral("anniversary"));
    m_anniversary->setCalendarPopup(true);
    m_anniversary->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    Language::setUpComboBox(m_language);

    m_partnerBox = new QGroupBox(this);
    m_partnerForm = new QFormLayout(m_partnerBox);
    form::addRows(m_partnerForm, m_partnerBox, {m_mpnId, m_partnerName, m_country, m_anniversary});
    m_accountBox = new QGroupBox(this);
    m_accountForm = new QFormLayout(m_accountBox);
    form::addRows(m_accountForm, m_accountBox, {m_userName, m_password, m_confirm});
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto* languageRow = new QFormLayout;
    languageRow->addRow(m_languageLabel, m_language);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    ui::setStateText(m_error, ui::State::Short);
    m_error->hide();
    // Own buttons, not standard ones: a QDialogButtonBox re-says its standard texts on a
    // language change, after ours.
    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);

    QHBoxLayout* top = form::heading(this, &m_heading);

    // Top to bottom is also the tab order: the organization, the account, then the language.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(m_partnerBox);
    layout->addWidget(m_accountBox);
    layout->addLayout(languageRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    form::keepNaturalSize(this);
    retranslateUi();
    m_mpnId->setFocus();
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Learning Partner Desk"));
    m_heading->setText(windowTitle());
    m_intro->setText(
        tr("This database has no account yet. Enter your organization as it is registered in the "
           "Microsoft Partner Network, and create the first MPN partner admin account. There is no "
           "default password: choose one of at least %1 characters.")
            .arg(PasswordPolicy::kMinimumLength));
    m_partnerBox->setTitle(tr("Partner organization"));
    m_accountBox->setTitle(tr("First MPN partner admin"));
    const QStringList partnerLabels{tr("&MPN ID:"), tr("&Name:"), tr("&Country:"), tr("&Anniversary date:")};
    const QStringList partnerNames{tr("MPN ID"), tr("Partner name"), tr("Country"), tr("Anniversary date")};
    for (int row = 0; row < partnerLabels.size(); ++row) {
        qobject_cast<QLabel*>(m_partnerForm->itemAt(row, QFormLayout::LabelRole)->widget())
            ->setText(partnerLabels[row]);
        m_partnerForm->itemAt(row, QFormLayout::FieldRole)->widget()->setAccessibleName(partnerNames[row]);
    }
    const QStringList accountLabels{tr("&User name:"), tr("&Password:"), tr("C&onfirm password:")};
    const QStringList accountNames{tr("User name"), tr("Password"), tr("Confirm password")};
    for (int row = 0; row < accountLabels.size(); ++row) {
        qobject_cast<QLabel*>(m_accountForm->itemAt(row, QFormLayout::LabelRole)->widget())
            ->setText(accountLabels[row]);
        m_accountForm->itemAt(row, QFormLayout::FieldRole)->widget()->setAccessibleName(accountNames[row]);
    }
    m_mpnId->setPlaceholderText(tr("digits only, e.g. 4412345"));
    m_anniversary->setToolTip(
        tr("The anniversary of your membership: renewals and the KPI window of a renewal are "
           "counted from it."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_ok->setText(tr("C&reate and sign in"));
    m_cancel->setText(tr("&Quit"));
    if (m_lastError)
        showError(*m_lastError);
}

QWidget* FirstRunDialog::fieldFor(const QString& path) const
{
    if (path == QLatin1String("mpnId"))
        return m_mpnId;
    if (path == QLatin1String("name"))
        return m_partnerName;
    if (path == QLatin1String("country"))
        return m_country;
    if (path == QLatin1String("anniversary"))
        return m_anniversary;
    if (path == QLatin1String("password"))
        return m_password;
    if (path == QLatin1String("confirm"))
        return m_confirm;
    return m_userName;
}

void FirstRunDialog::showError(const Error& error)
{
    m_lastError = error;
    QWidget* field = fieldFor(error.path);
    QString fieldName = field->accessibleName();
    m_error->setText(tr("%1: %2").arg(fieldName, Messages::text(error)));
    m_error->show();
    field->setFocus();
}

void FirstRunDialog::create()
{
    if (m_password->text() != m_confirm->text()) {
        showError({QStringLiteral("PASSWORD_MISMATCH"), QStringLiteral("confirm"), {}});
        return;
    }
    Partner partner;
    partner.mpnId = m_mpnId->text().trimmed();
    partner.name = m_partnerName->text().trimmed();
    partner.country = m_country->code();
    partner.anniversary = m_anniversary->date();
    // The user-name error must not be mistaken for the partner name's.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.createFirstAdmin(partner, m_userName->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        Error e = result.error();
        if (e.code == QLatin1String("USER_NAME_INVALID") || e.code == QLatin1String("USER_EXISTS"))
            e.path = QStringLiteral("userName");
        showError(e);
        return;
    }
    m_password->clear();
    m_confirm->clear();
    m_session = result.value();
    accept();
}

} // namespace lp
