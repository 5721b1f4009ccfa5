// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "withdrawdialog.h"

#include "domain/error.h"
#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {

WithdrawDialog::WithdrawDialog(std::function<QString()> what, Withdraw withdraw, QWidget* parent)
    : Retranslating<QDialog>(parent), m_what(std::move(what)), m_withdraw(std::move(withdraw))
{
    setObjectName(QStringLiteral("withdrawDialog"));
    auto* layout = new QVBoxLayout(this);
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    layout->addWidget(m_question);
    m_reasonLabel = new QLabel(this);
    layout->addWidget(m_reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("withdrawalReason"));
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason, 1);
    m_error = form::errorLabel(this);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    m_ok->setObjectName(QStringLiteral("withdraw"));
    m_ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    setMinimumWidth(440);
    retranslateUi();
}

void WithdrawDialog::accept()
{
    if (const std::optional<Error> e = m_withdraw(m_reason->toPlainText())) {
        form::showError(m_error, *e, m_reason);
        return;
    }
    QDialog::accept();
}

void WithdrawDialog::retranslateUi()
{
    setWindowTitle(tr("Withdraw"));
    m_question->setText(tr("Withdraw %1? Partner Frontline Support sees it as withdrawn, with your reason; "
                           "this cannot be undone.")
                            .arg(m_what()));
    m_reasonLabel->setText(tr("&Reason (required):"));
    m_reason->setAccessibleName(tr("Reason for withdrawing"));
    m_ok->setText(tr("&Withdraw"));
    m_cancel->setText(tr("&Keep it"));
}

} // namespace lp
