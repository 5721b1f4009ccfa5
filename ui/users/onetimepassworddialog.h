// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

// Shows a one-time password once, to hand to the person: selectable, with a Copy button.
// It is nowhere else: not stored in clear, not in the audit trail.
class OneTimePasswordDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    OneTimePasswordDialog(const QString& userName, const QString& password, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;

private:
    QString m_userName;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lp
