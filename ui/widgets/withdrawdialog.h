// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "widgets/retranslating.h"

#include <QDialog>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lp {

// Asks why a request is withdrawn (docs/rules.md#withdrawing-a-request): what is withdrawn, a
// reason (required: Withdraw stays disabled until there is one), Withdraw and Keep. Withdraw hands
// the reason to `withdraw` (the service call); on an error the dialog stays open and says it.
class WithdrawDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    using Withdraw = std::function<std::optional<Error>(const QString& reason)>;
    // `what` names the request in the current language ("case 12 about invoice INV-7").
    WithdrawDialog(std::function<QString()> what, Withdraw withdraw, QWidget* parent = nullptr);

    void accept() override;

protected:
    void retranslateUi() override;

private:
    std::function<QString()> m_what;
    Withdraw m_withdraw;
    QLabel* m_question = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
