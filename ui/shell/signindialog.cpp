// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "signindialog.h"

#include "domain/messages.h"
#include "language.h"
#include "services/accountservice.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lp {

SignInDialog::SignInDialog(AccountService& accounts, const QString& databaseName, QWidget* parent)
    : Retranslating<QDialog>(parent), m_accounts(accounts), m_databaseName(databaseName)
{
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    Language::setUpComboBox(m_language);
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

    auto* form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    setMinimumWidth(420);
    form::keepNaturalSize(this);
    retranslateUi();
    updateButtons();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Learning Partner Desk"));
    m_heading->setText(tr("Learning Partner Desk"));
    m_intro->setText(tr("Sign in with your account on %1.").arg(m_databaseName));
    m_nameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_language->setAccessibleName(tr("Language"));
    m_ok->setText(tr("&Sign in"));
    m_cancel->setText(tr("&Quit"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void SignInDialog::updateButtons()
{
    m_ok->setEnabled(!m_waiting && !m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::trySignIn()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.signIn(m_name->text().trimmed(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_lastError = result.error();
        m_error->setText(Messages::text(result.error()));
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        // After repeated failures the core asks for a pause: the button waits that long.
        const Error& e = result.error();
        const int seconds = AccountService::waitSeconds(e);
        if (seconds > 0) {
            m_waiting = true;
            updateButtons();
            QTimer::singleShot(seconds * 1000, this, [this] {
                m_waiting = false;
                updateButtons();
            });
        }
        return;
    }
    m_password->clear();
    m_session = result.value();
    accept();
}

} // namespace lp
