// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "services/accountservice.h"
#include "shell/workspace.h"

#include <optional>

#include <QList>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// The accounts the signed-in administrator runs (docs/accounts.md): the MPN partner admin and
// the account admin their partner's, the support lead the support accounts. A list with the
// state of each account, and for the selected one: change role, disable or enable, reset the
// password (a one-time password shown once), unlock. Accounts are never deleted. The core
// decides who may do what; this page only offers what it would allow.
class UsersWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit UsersWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Users"); }
    void refresh() override;

    static QString stateText(AccountService::State state);

protected:
    void retranslateUi() override;

private:
    // Shows m_list, the account named `current` selected.
    void fill(const QString& current);
    void updateActions();
    const AccountService::Account* selected() const;
    void addAccount();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void unlock();
    // Says the service's answer: an error in the red line, or nothing; then reloads.
    void done(const std::optional<Error>& error);
    void showOneTimePassword(const QString& name, const QString& password);

    AccountService m_accounts;
    QList<AccountService::Account> m_list;
    std::optional<Error> m_lastError;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QGroupBox* m_selectedBox = nullptr;
    QLabel* m_selectedName = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_applyRole = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lp
