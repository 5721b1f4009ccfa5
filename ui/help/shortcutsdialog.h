// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace lp {

// Help > Keyboard Shortcuts: every action of `window` that has a shortcut, read from the actions
// themselves (their shortcuts and texts in the language of the moment), with the menu it is in.
class ShortcutsDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    struct Row
    {
        QString keys;
        QString action;
        QString where;
    };
    // The rows the dialog lists, sorted by menu, then action.
    static QList<Row> rows(const QWidget* window);

protected:
    void retranslateUi() override;

private:
    QWidget* m_window;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lp
