// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "resolutionpreviewdialog.h"

#include "domain/displayformat.h"
#include "fieldnames.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
namespace {

// A KPI record's field as the preview shows it.
QString fieldValue(const Purchase& p, const QString& field)
{
    const QLocale locale;
    if (field == QLatin1String("invoiceDate"))
        return display::shortDate(p.invoiceDate);
    if (field == QLatin1String("omlpType"))
        return p.omlpType;
    if (field == QLatin1String("purchaseUnit"))
        return locale.toString(p.units);
    if (field == QLatin1String("kpiValue"))
        return locale.toString(p.kpiValue, 'g', 12);
    if (field == QLatin1String("revenueValue"))
        return display::money(p.revenueCents);
    return {};
}

} // namespace

ResolutionPreviewDialog::ResolutionPreviewDialog(const ResolutionPreview& preview, const QString& note,
                                                 QWidget* parent)
    : Retranslating<QDialog>(parent), m_preview(preview), m_note(note)
{
    setObjectName(QStringLiteral("resolutionPreview"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form::heading(this, &m_heading));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_changes = form::listTable(this, "previewChanges", 4);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setVisible(!preview.changes.isEmpty());
    layout->addWidget(m_changes, 1);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("previewNote"));
    m_noteLabel->setWordWrap(true);
    layout->addWidget(m_noteLabel);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    m_ok->setObjectName(QStringLiteral("confirmResolve"));
    m_cancel->setObjectName(QStringLiteral("cancelResolve"));
    retranslateUi();
    resize(720, preview.changes.isEmpty() ? 260 : 420);
}

void ResolutionPreviewDialog::retranslateUi()
{
    const DiscrepancyCase& c = m_preview.discrepancyCase;
    const bool corrected = m_preview.resolution == CaseService::Resolution::Corrected;
    setWindowTitle(tr("Resolve case %1").arg(c.id));
    m_heading->setText(corrected ? tr("Resolve case %1 as corrected").arg(c.id)
                                 : tr("Resolve case %1 as rejected").arg(c.id));
    int rows = 0;
    for (const RecordChange& change : m_preview.changes)
        rows += int(change.fields.size());
    if (!corrected)
        m_summary->setText(tr("Nothing in the KPI records of invoice %1 will change: the case is closed as "
                              "rejected and the partner reads your note.")
                               .arg(c.invoiceNumber));
    else if (m_preview.changes.isEmpty())
        m_summary->setText(tr("The KPI records of invoice %1 already carry the filed values: nothing in them "
                              "will change. The case is closed as corrected.")
                               .arg(c.invoiceNumber));
    else
        m_summary->setText(
            tr("These changes will be written to the KPI records of invoice %1, in one step with "
               "the case's resolution and an audit entry for each record. Cancel writes nothing.")
                .arg(c.invoiceNumber));
    m_changes->setHorizontalHeaderLabels({tr("KPI record"), tr("Field"), tr("Before"), tr("After")});
    m_changes->setAccessibleName(tr("What the resolution changes"));
    m_changes->setRowCount(rows);
    int row = 0;
    for (const RecordChange& change : m_preview.changes) {
        const QString record =
            change.added ? tr("%1 line %2 (new record)").arg(change.after.invoice).arg(change.after.line)
                         : tr("%1 line %2").arg(change.after.invoice).arg(change.after.line);
        for (const QString& field : change.fields) {
            const QString before = change.added ? tr("(none)") : fieldValue(change.before, field);
            form::setRow(m_changes, row,
                         {record, FieldNames::label(field), before, fieldValue(change.after, field)});
            if (QTableWidgetItem* after = m_changes->item(row, 3)) {
                after->setBackground(ui::stateBackground(ui::State::Pending, palette()));
                after->setData(Qt::AccessibleTextRole, tr("%1, after the resolution").arg(after->text()));
            }
            ++row;
        }
    }
    m_changes->resizeColumnsToContents();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_noteLabel->setText(tr("Note to the partner: %1").arg(m_note));
    m_ok->setText(corrected ? tr("&Write the corrections and resolve") : tr("&Reject the case"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lp
