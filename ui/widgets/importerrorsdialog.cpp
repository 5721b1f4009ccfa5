// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "importerrorsdialog.h"

#include "widgets/formhelpers.h"

#include "domain/messages.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

ImportErrorsDialog::ImportErrorsDialog(const ImportSummary& refused, QWidget* parent)
    : Retranslating<QDialog>(parent), m_errors(refused.errors), m_unlisted(refused.unlistedErrors),
      m_badRows(refused.badRows)
{
    const QList<RowError>& errors = m_errors;
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("importErrorsNote"));
    m_note->setWordWrap(true);
    m_table = new QTableWidget(int(errors.size()), 4, this);
    m_table->setObjectName(QStringLiteral("importErrors"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addWidget(box);
    resize(760, 380);
    form::keepNaturalSize(this);
    retranslateUi();
}

void ImportErrorsDialog::retranslateUi()
{
    setWindowTitle(tr("Nothing was imported"));
    const int problems = int(m_errors.size()) + m_unlisted;
    QString note = countText(problems, m_badRows) + QLatin1Char(' ') +
                   tr("Nothing was written: correct them and import the file again.");
    if (m_unlisted > 0)
        note += QLatin1Char(' ') + tr("The first %1 are listed.").arg(m_errors.size());
    m_note->setText(note);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem"), tr("Value")});
    m_table->setAccessibleName(tr("Problems"));
    for (int r = 0; r < m_errors.size(); ++r) {
        const RowError& e = m_errors[r];
        const QStringList cells{QString::number(e.row), e.column,
                                Messages::text({e.code, e.column, {e.value}}), e.value};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

QString ImportErrorsDialog::countText(int problems, int rows)
{
    // Two counts, each with its own plural: "1 problem on 1 row", "4 problems on 2 rows".
    return tr("The file has %1 on %2.")
        .arg(tr("%n problem(s)", nullptr, problems), tr("%n row(s)", nullptr, rows));
}

} // namespace lp
