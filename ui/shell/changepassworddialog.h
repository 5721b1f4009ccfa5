// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <optional>

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class AccountService;

// Change my password: the current one, the new one twice. The AccountService checks the
// current one (a wrong one counts as a failed sign-in) and the policy. `forced`: after a
// one-time password, when there is no way round it but signing out.
class ChangePasswordDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    ChangePasswordDialog(AccountService& accounts, Session& session, bool forced, QWidget* parent = nullptr);

    void accept() override;

protected:
    void retranslateUi() override;

private:
    void updateButtons();

    AccountService& m_accounts;
    Session& m_session;
    bool m_forced = false;
    std::optional<Error> m_lastError;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
