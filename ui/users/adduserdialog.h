// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class AccountService;

// Adds an account of the signed-in administrator's partner (or a support account, for the
// support lead) with a one-time password; the roles offered are those the core lets the
// role administer.
class AddUserDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    AddUserDialog(AccountService& accounts, const Session& session, QWidget* parent = nullptr);

    void accept() override;
    QString userName() const;
    // The one-time password of the account just added (empty until accepted).
    QString oneTimePassword() const { return m_oneTimePassword; }

protected:
    void retranslateUi() override;

private:
    AccountService& m_accounts;
    const Session& m_session;
    QString m_oneTimePassword;
    std::optional<Error> m_lastError;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
