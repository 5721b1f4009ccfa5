// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <optional>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class AccountService;

// What the main window shows instead of its content while locked: the signed-in account's
// password (checked like a sign-in, throttled), or Sign out.
class LockScreen : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    LockScreen(AccountService& accounts, const Session& session, QWidget* parent = nullptr);

    // Clears the field and the last error; the focus goes to the password.
    void prepare();

signals:
    void unlocked();
    void signOutRequested();

protected:
    void retranslateUi() override;

private:
    void tryUnlock();
    void updateButtons();

    AccountService& m_accounts;
    const Session& m_session;
    std::optional<Error> m_lastError;
    bool m_waiting = false; // the throttle's pause after repeated failures
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_signOut = nullptr;
};

} // namespace lp
