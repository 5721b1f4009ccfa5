// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace lp {

class Database;

// Help > About: what is running and on what: the version and the commit it was built from, the
// license, the database in use, the rule set in force today and the Qt version. Copy puts the
// same lines on the clipboard, for a support request.
class AboutDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    explicit AboutDialog(Database& db, QWidget* parent = nullptr);

    // The facts shown, one "label: value" line each, in the language of the moment.
    QString details() const;
    // The version and the commit of this build (the commit is empty outside a git checkout).
    static QString version();
    static QString commit();

protected:
    void retranslateUi() override;

private:
    Database& m_db;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace lp
