// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "adduserdialog.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "services/accountservice.h"
#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {

AddUserDialog::AddUserDialog(AccountService& accounts, const Session& session, QWidget* parent)
    : Retranslating<QDialog>(parent), m_accounts(accounts), m_session(session)
{
    setObjectName(QStringLiteral("addUserDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(64);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r :
         {Role::PartnerAdmin, Role::AccountAdmin, Role::Viewer, Role::FrontlineSupport, Role::SupportLead}) {
        if (Authorizer::mayAdminister(session.role(), r))
            m_role->addItem(QString(), int(r));
    }
    m_form = new QFormLayout;
    form::addRows(m_form, this, {m_name, m_role});
    m_error = form::errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    m_ok->setObjectName(QStringLiteral("addUser"));
    setMinimumWidth(440);
    form::keepNaturalSize(this);
    retranslateUi();
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add account"));
    m_heading->setText(tr("Add account"));
    m_intro->setText(tr("The account gets a one-time password, shown once when it is added; the person "
                        "chooses their own password at the first sign-in."));
    form::setLabels(m_form, {tr("&User name:"), tr("&Role:")});
    m_name->setAccessibleName(tr("User name"));
    m_name->setPlaceholderText(tr("3 to 64 letters, digits, . _ @ -"));
    m_role->setAccessibleName(tr("Role"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, DisplayNames::role(Role(m_role->itemData(i).toInt())));
    m_ok->setText(tr("&Add"));
    m_cancel->setText(tr("Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void AddUserDialog::accept()
{
    const Role role = Role(m_role->currentData().toInt());
    AccountService::NewUser nu;
    nu.name = userName();
    nu.role = role;
    nu.partnerId = isSupportRole(role) ? 0 : m_session.partnerId();
    form::BusyCursor busy;
    auto added = m_accounts.addUserWithOneTimePassword(m_session, nu);
    if (!added) {
        m_lastError = added.error();
        form::showError(m_error, added.error(),
                        added.error().path == QLatin1String("role") ? static_cast<QWidget*>(m_role) : m_name);
        return;
    }
    m_oneTimePassword = added.value();
    QDialog::accept();
}

} // namespace lp
