// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "security/session.h"
#include "widgets/partnerfields.h"
#include "widgets/retranslating.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

class AccountService;

// The first start on an empty database: the partner organization and its first MPN partner
// admin. There is no default account; this is the only way the first one comes to be.
class FirstRunDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    explicit FirstRunDialog(AccountService& accounts, QWidget* parent = nullptr);
    const Session& session() const { return m_session; }

private:
    void retranslateUi() override;
    void create();
    // Every problem of the form at once (the organisation's, the account's), fields marked.
    QList<form::FieldError> problems() const;
    void showErrors(const QList<form::FieldError>& errors);
    QWidget* fieldFor(const QString& path) const;

    AccountService& m_accounts;
    Session m_session;
    QList<form::FieldError> m_lastErrors;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QGroupBox* m_partnerBox = nullptr;
    QGroupBox* m_accountBox = nullptr;
    QFormLayout* m_partnerForm = nullptr;
    QFormLayout* m_accountForm = nullptr;
    form::PartnerFields m_partner;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
