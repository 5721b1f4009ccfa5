// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class AccountService;

// Asks for a user name and password and signs in through the AccountService.
class SignInDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    SignInDialog(AccountService& accounts, const QString& databaseName, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }

private:
    void retranslateUi() override;
    void trySignIn();
    void updateButtons();

    AccountService& m_accounts;
    QString m_databaseName;
    Session m_session;
    std::optional<Error> m_lastError; // kept so it is re-said in a new language
    bool m_waiting = false;           // the throttle's pause after repeated failures
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
