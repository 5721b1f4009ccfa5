#pragma once

#include "domain/rowerror.h"
#include "widgets/retranslating.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace lp {

// Lists the bad rows of a refused import (line, column, problem, value): the file was not
// written, and this says exactly what to correct.
class ImportErrorsDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    ImportErrorsDialog(const QList<RowError>& errors, int unlisted, QWidget* parent = nullptr);

private:
    void retranslateUi() override;

    QList<RowError> m_errors;
    int m_unlisted = 0;
    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lp
