// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "lockscreen.h"

#include "domain/messages.h"
#include "services/accountservice.h"
#include "widgets/formhelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lp {

LockScreen::LockScreen(AccountService& accounts, const Session& session, QWidget* parent)
    : Retranslating<QWidget>(parent), m_accounts(accounts), m_session(session)
{
    setObjectName(QStringLiteral("lockScreen"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = form::errorLabel(this);
    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("lockSignOut"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);

    // A narrow column in the middle of the window.
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(440);
    auto* column = new QVBoxLayout(panel);
    column->addLayout(top);
    column->addWidget(m_intro);
    column->addWidget(m_password);
    column->addWidget(m_error);
    column->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::textChanged, this, &LockScreen::updateButtons);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslateUi();
    updateButtons();
}

void LockScreen::prepare()
{
    m_password->clear();
    m_lastError.reset();
    m_error->hide();
    m_password->setFocus();
}

void LockScreen::retranslateUi()
{
    m_heading->setText(tr("Learning Partner Desk is locked"));
    m_intro->setText(tr("The window was locked after a time without activity; nothing was closed. Enter the "
                        "password of %1 to go on.")
                         .arg(m_session.userName()));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void LockScreen::updateButtons()
{
    m_unlock->setEnabled(!m_waiting && !m_password->text().isEmpty());
}

void LockScreen::tryUnlock()
{
    if (!m_unlock->isEnabled())
        return;
    Result<Session> result = [&] {
        form::BusyCursor busy;
        return m_accounts.signIn(m_session.userName(), m_password->text());
    }();
    m_password->clear();
    if (result && result->user.id == m_session.user.id) {
        prepare();
        emit unlocked();
        return;
    }
    const Error error = result ? Error{QStringLiteral("SIGN_IN_FAILED"), {}, {}} : result.error();
    m_lastError = error;
    form::showError(m_error, error, m_password);
    // After repeated failures the core asks for a pause: the button waits that long.
    const int seconds = AccountService::waitSeconds(error);
    if (seconds > 0) {
        m_waiting = true;
        updateButtons();
        QTimer::singleShot(seconds * 1000, this, [this] {
            m_waiting = false;
            updateButtons();
        });
    }
}

} // namespace lp
