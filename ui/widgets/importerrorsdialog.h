// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/rowerror.h"
#include "widgets/retranslating.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace lp {

// Lists the problems of a refused import (line, column, problem, value), counted apart from the rows
// they are on ("4 problems on 2 rows"): the file was not written, and this says exactly what to correct.
class ImportErrorsDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    explicit ImportErrorsDialog(const ImportSummary& refused, QWidget* parent = nullptr);
    // "The file has 4 problems on 2 rows." in the current language.
    static QString countText(int problems, int rows);

private:
    void retranslateUi() override;

    QList<RowError> m_errors;
    int m_unlisted = 0;
    int m_badRows = 0;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lp
