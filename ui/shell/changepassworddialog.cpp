// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "changepassworddialog.h"

#include "domain/messages.h"
#include "security/passwordpolicy.h"
#include "services/accountservice.h"
#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {
namespace {

QLineEdit* passwordField(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(4 * PasswordPolicy::kMaximumLength); // the policy says how long, not the field
    return e;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(AccountService& accounts, Session& session, bool forced,
                                           QWidget* parent)
    : Retranslating<QDialog>(parent), m_accounts(accounts), m_session(session), m_forced(forced)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_current = passwordField(this, "currentPassword");
    m_new = passwordField(this, "newPassword");
    m_confirm = passwordField(this, "confirmPassword");
    m_form = new QFormLayout;
    form::addRows(m_form, this, {m_current, m_new, m_confirm});
    m_error = form::errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    m_ok->setObjectName(QStringLiteral("changePassword"));
    for (QLineEdit* e : {m_current, m_new, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButtons);
    setMinimumWidth(460);
    form::keepNaturalSize(this);
    retranslateUi();
    updateButtons();
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change my password"));
    m_heading->setText(m_forced ? tr("Choose your own password") : tr("Change my password"));
    const QString rules = tr("Use %1 to %2 characters; any characters, spaces included. A common password "
                             "or one that contains your user name is refused.")
                              .arg(PasswordPolicy::kMinimumLength)
                              .arg(PasswordPolicy::kMaximumLength);
    m_intro->setText(m_forced ? tr("You signed in with a one-time password. Replace it with a password only "
                                   "you know before you go on.") +
                                    QLatin1Char(' ') + rules
                              : rules);
    form::setLabels(m_form, {m_forced ? tr("&One-time password:") : tr("&Current password:"),
                             tr("&New password:"), tr("Con&firm new password:")});
    m_current->setAccessibleName(m_forced ? tr("One-time password") : tr("Current password"));
    m_new->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("Confirm new password"));
    m_ok->setText(tr("C&hange password"));
    m_cancel->setText(m_forced ? tr("Sign o&ut") : tr("Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void ChangePasswordDialog::updateButtons()
{
    m_ok->setEnabled(!m_current->text().isEmpty() && !m_new->text().isEmpty() &&
                     !m_confirm->text().isEmpty());
}

void ChangePasswordDialog::accept()
{
    Error error;
    QWidget* field = nullptr;
    if (m_new->text() != m_confirm->text()) {
        error = {QStringLiteral("PASSWORD_MISMATCH"), QStringLiteral("confirm"), {}};
        field = m_confirm;
    } else {
        form::BusyCursor busy;
        const Status s = m_accounts.changePassword(m_session, m_current->text(), m_new->text());
        if (s) {
            m_current->clear();
            m_new->clear();
            m_confirm->clear();
            QDialog::accept();
            return;
        }
        error = s.error();
        field = error.path == QLatin1String("password") ? m_new : m_current;
    }
    m_lastError = error;
    form::showError(m_error, error, field);
    if (field == m_current)
        m_current->clear();
}

} // namespace lp
