// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "firstrundialog.h"

#include "domain/messages.h"
#include "language.h"
#include "security/passwordpolicy.h"
#include "services/accountservice.h"
#include "widgets/countrycombobox.h"
#include "widgets/datefield.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {

FirstRunDialog::FirstRunDialog(AccountService& accounts, QWidget* parent)
    : Retranslating<QDialog>(parent), m_accounts(accounts)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Typed as it is: an MPN ID with a letter in it, or an anniversary that is no date, is refused with
    // the rest of the form's problems, never rewritten; the anniversary starts empty (not today).
    m_partner = form::PartnerFields::create(this);

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
    form::addRows(m_partnerForm, m_partnerBox,
                  {m_partner.mpnId, m_partner.name, m_partner.country, m_partner.anniversary});
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
    for (QLineEdit* edit : {m_userName, m_password, m_confirm})
        connect(edit, &QLineEdit::textEdited, edit, [edit] { form::markInvalid(edit, false); });
    m_partner.mpnId->setFocus();
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
    m_partner.mpnId->setPlaceholderText(tr("digits only, e.g. 4412345"));
    m_partner.anniversary->setToolTip(
        tr("The anniversary of your membership: renewals and the KPI window of a renewal are "
           "counted from it."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_ok->setText(tr("C&reate and sign in"));
    m_cancel->setText(tr("&Quit"));
    if (!m_lastErrors.isEmpty())
        showErrors(m_lastErrors);
}

QWidget* FirstRunDialog::fieldFor(const QString& path) const
{
    if (QWidget* field = m_partner.fieldFor(path))
        return field;
    if (path == QLatin1String("password"))
        return m_password;
    if (path == QLatin1String("confirm"))
        return m_confirm;
    return m_userName;
}

void FirstRunDialog::showErrors(const QList<form::FieldError>& errors)
{
    m_lastErrors = errors;
    form::showErrors(m_error, errors,
                     m_partner.widgets() + QList<QWidget*>{m_userName, m_password, m_confirm});
}

QList<form::FieldError> FirstRunDialog::problems() const
{
    QList<form::FieldError> out = m_partner.problems();
    const QString name = m_userName->text().trimmed();
    if (Status s = AccountService::validateName(name); !s)
        out.append({m_userName, name.isEmpty() ? Error{QStringLiteral("REQUIRED"), {}, {}} : s.error()});
    if (Status s = PasswordPolicy::check(m_password->text(), name); !s)
        out.append({m_password, s.error()});
    else if (m_password->text() != m_confirm->text())
        out.append({m_confirm, {QStringLiteral("PASSWORD_MISMATCH"), QStringLiteral("confirm"), {}}});
    return out;
}

void FirstRunDialog::create()
{
    if (const QList<form::FieldError> all = problems(); !all.isEmpty()) {
        showErrors(all);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result =
        m_accounts.createFirstAdmin(m_partner.partner(), m_userName->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        // The user-name error must not be mistaken for the partner name's.
        Error e = result.error();
        if (e.code == QLatin1String("USER_NAME_INVALID") || e.code == QLatin1String("USER_EXISTS"))
            e.path = QStringLiteral("userName");
        showErrors({{fieldFor(e.path), e}});
        return;
    }
    m_password->clear();
    m_confirm->clear();
    m_session = result.value();
    accept();
}

} // namespace lp
