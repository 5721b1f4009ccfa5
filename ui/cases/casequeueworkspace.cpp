// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casequeueworkspace.h"

#include "casesworkspace.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "resolutionpreviewdialog.h"
#include "widgets/announcer.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lp {
namespace {

using display::money;
using display::number;

} // namespace

CaseQueueWorkspace::CaseQueueWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("resolved"));
    m_done->setWordWrap(true);
    m_done->hide();
    a11y::makeAnnouncer(m_done);
    layout->addWidget(m_done);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = form::listTable(splitter, "queue", 6);
    splitter->addWidget(m_table);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_triage = new QLabel(detail);
    m_triage->setObjectName(QStringLiteral("triage"));
    m_triage->setWordWrap(true);
    detailLayout->addWidget(m_triage);
    m_compare = form::listTable(detail, "comparison", 2);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    detailLayout->addWidget(m_compare, 1);
    auto* evidenceRow = new QHBoxLayout;
    m_evidence = new QLabel(detail);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QPushButton(detail);
    m_view->setObjectName(QStringLiteral("viewEvidence"));
    m_save = new QPushButton(detail);
    m_save->setObjectName(QStringLiteral("saveEvidence"));
    evidenceRow->addWidget(m_evidence, 1);
    evidenceRow->addWidget(m_view);
    evidenceRow->addWidget(m_save);
    detailLayout->addLayout(evidenceRow);

    auto* resolution = new QHBoxLayout;
    m_corrected = new QRadioButton(detail);
    m_corrected->setObjectName(QStringLiteral("corrected"));
    m_rejected = new QRadioButton(detail);
    m_rejected->setObjectName(QStringLiteral("rejected"));
    m_resolution = new QButtonGroup(this);
    m_resolution->addButton(m_corrected, int(CaseService::Resolution::Corrected));
    m_resolution->addButton(m_rejected, int(CaseService::Resolution::Rejected));
    m_corrected->setChecked(true);
    resolution->addWidget(m_corrected);
    resolution->addWidget(m_rejected);
    resolution->addStretch();
    detailLayout->addLayout(resolution);
    m_noteLabel = new QLabel(detail);
    m_note = new QPlainTextEdit(detail);
    m_note->setObjectName(QStringLiteral("resolutionNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_noteLabel->setBuddy(m_note);
    detailLayout->addWidget(m_noteLabel);
    detailLayout->addWidget(m_note);
    m_problem = form::errorLabel(detail);
    detailLayout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    m_resolve = new QPushButton(detail);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    buttons->addStretch();
    buttons->addWidget(m_resolve);
    detailLayout->addLayout(buttons);
    splitter->addWidget(detail);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseQueueWorkspace::showSelected);
    connect(m_resolve, &QPushButton::clicked, this, &CaseQueueWorkspace::resolveSelected);
    connect(m_view, &QPushButton::clicked, this, &CaseQueueWorkspace::viewEvidence);
    connect(m_save, &QPushButton::clicked, this, &CaseQueueWorkspace::saveEvidence);
    setMainControl(m_table);
    retranslateUi();
    showSelected();
}

void CaseQueueWorkspace::refresh()
{
    auto queue = CaseService(m_context.db).openCases(m_context.session, m_today);
    if (!queue) {
        m_problem->setText(Messages::text(queue.error()));
        m_problem->show();
        return;
    }
    m_queue = queue.value();
    m_table->setRowCount(int(m_queue.size()));
    for (int i = 0; i < m_queue.size(); ++i) {
        const CaseSummary& s = m_queue[i];
        const DiscrepancyCase& c = s.discrepancyCase;
        const QStringList cells{QString::number(c.id),
                                tr("%1 (MPN ID %2)").arg(s.partnerName, s.mpnId),
                                c.invoiceNumber,
                                CaseTexts::triage(c.triage),
                                display::shortDateTime(c.filedAt),
                                tr("%n day(s)", nullptr, s.ageDays)};
        form::setRow(m_table, i, cells);
    }
    m_table->resizeColumnsToContents();
    if (!m_queue.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    showSelected();
}

void CaseQueueWorkspace::showCase(qint64 caseId)
{
    refresh();
    for (int i = 0; i < m_queue.size(); ++i)
        if (m_queue[i].discrepancyCase.id == caseId)
            m_table->selectRow(i);
}

void CaseQueueWorkspace::showSelected()
{
    const int row = m_table->currentRow();
    m_detail.reset();
    m_problem->hide();
    if (row >= 0 && row < m_queue.size() && m_table->selectionModel()->hasSelection()) {
        auto detail =
            CaseService(m_context.db).detail(m_context.session, m_queue[row].discrepancyCase.id, m_today);
        if (detail)
            m_detail = detail.value();
        else
            form::showError(m_problem, detail.error(), nullptr);
    }
    const bool any = m_detail.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_compare, m_view, m_save, m_corrected, m_rejected,
                                                      m_note, m_resolve})
        w->setEnabled(any);
    m_compare->setRowCount(0);
    if (!any) {
        m_triage->setText(
            m_queue.isEmpty()
                ? tr("No open case. A case appears here, oldest first, as soon as a partner files one "
                     "from the Discrepancy cases workspace or a KPI ledger row; resolved cases "
                     "are in the Case history.")
                : tr("Select a case."));
        m_evidence->clear();
        return;
    }
    const CaseDetail& d = *m_detail;
    const DiscrepancyCase& c = d.discrepancyCase;
    m_triage->setText(
        tr("<b>Case %1</b>, filed by %2 for %3, %n day(s) old. At filing: %4 Now: %5", nullptr, d.ageDays)
            .arg(c.id)
            .arg(c.filedBy.toHtmlEscaped(), d.partnerName.toHtmlEscaped(),
                 Messages::triage(c.triage, c.invoiceNumber, c.triageFields, d.triage.visibleOn)
                     .toHtmlEscaped(),
                 d.triage.triage ? Messages::triage(*d.triage.triage, c.invoiceNumber, d.triage.mismatches,
                                                    d.triage.visibleOn)
                                       .toHtmlEscaped()
                                 : QString()));
    if (!c.description.isEmpty())
        m_triage->setText(m_triage->text() + QStringLiteral("<br>") +
                          tr("The partner's description: %1").arg(c.description.toHtmlEscaped()));
    fillComparison(d);
    m_evidence->setText(tr("Evidence: %1 (%2), SHA-256 %3")
                            .arg(c.evidenceName, c.evidenceMimeType, QString::fromLatin1(c.evidenceSha256)));
}

// One row per field of the case (month and year included, then the records' invoice dates),
// one column for the case, one per KPI record of its invoice and, with several lines, their
// total; a value that differs from the case is highlighted, and says so to a screen reader.
void CaseQueueWorkspace::fillComparison(const CaseDetail& d)
{
    const DiscrepancyCase& c = d.discrepancyCase;
    const QLocale locale;
    const QStringList fields{QStringLiteral("month"),      QStringLiteral("year"),
                             QStringLiteral("omlpType"),   QStringLiteral("purchaseUnit"),
                             QStringLiteral("kpiValue"),   QStringLiteral("revenueValue"),
                             QStringLiteral("invoiceDate")};
    struct Column
    {
        QString title;
        QStringList cells;
        QStringList mismatches;
    };
    const auto monthName = [&](int m) {
        return QStringLiteral("%1 (%2)").arg(m).arg(locale.standaloneMonthName(m));
    };
    QList<Column> columns{{tr("Case"),
                           {monthName(c.month), QString::number(c.year), c.omlpType, number(c.purchaseUnit),
                            number(c.kpiValue), money(c.revenueCents), QString()},
                           {}}};
    double units = 0, kpi = 0;
    qint64 revenue = 0;
    for (const KpiRecordCheck& r : d.records) {
        const Purchase& p = r.purchase;
        columns.append(
            {tr("KPI record, line %1").arg(p.line),
             {monthName(p.invoiceDate.month()), QString::number(p.invoiceDate.year()), p.omlpType,
              number(p.units), number(p.kpiValue), money(p.revenueCents), display::shortDate(p.invoiceDate)},
             d.records.size() == 1 ? d.triage.mismatches : r.mismatches});
        units += p.units;
        kpi += p.kpiValue;
        revenue += p.revenueCents;
    }
    if (d.records.size() > 1)
        columns.append(
            {tr("KPI records, total"),
             {QString(), QString(), QString(), number(units), number(kpi), money(revenue), QString()},
             d.triage.mismatches});
    if (d.records.isEmpty())
        columns.append({tr("No KPI record of this invoice"), QStringList(fields.size(), QString()), {}});
    m_compare->setColumnCount(int(columns.size()) + 1);
    m_compare->setRowCount(int(fields.size()));
    QStringList headers{tr("Field")};
    for (const Column& col : columns)
        headers << col.title;
    m_compare->setHorizontalHeaderLabels(headers);
    const QStringList labels{tr("Month"),     tr("Year"),          tr("OMLP type"),   tr("Purchase units"),
                             tr("KPI value"), tr("Revenue value"), tr("Invoice date")};
    for (int row = 0; row < fields.size(); ++row) {
        m_compare->setItem(row, 0, new QTableWidgetItem(labels[row]));
        for (int i = 0; i < columns.size(); ++i) {
            const QString text = columns[i].cells.value(row);
            auto* item = new QTableWidgetItem(text);
            if (columns[i].mismatches.contains(fields[row])) {
                item->setBackground(ui::stateBackground(ui::State::Short, m_compare->palette()));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Differs from the case"));
                item->setData(Qt::AccessibleTextRole, tr("%1, differs from the case").arg(text));
            }
            m_compare->setItem(row, i + 1, item);
        }
    }
    m_compare->resizeColumnsToContents();
}

void CaseQueueWorkspace::resolveSelected()
{
    if (!m_detail)
        return;
    const auto resolution = CaseService::Resolution(m_resolution->checkedId());
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        form::showError(m_problem, {QStringLiteral("REQUIRED"), QStringLiteral("case.resolutionNote"), {}},
                        m_note);
        return;
    }
    // What will be written, from the same plan the write uses; Cancel writes nothing.
    auto preview = CaseService(m_context.db)
                       .previewResolution(m_context.session, m_detail->discrepancyCase.id, resolution);
    if (!preview) {
        form::showError(m_problem, preview.error(), nullptr);
        return;
    }
    ResolutionPreviewDialog dialog(preview.value(), note, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_done->setText(tr("Nothing was written: case %1 is still open.").arg(m_detail->discrepancyCase.id));
        a11y::announce(m_done, m_done->text());
        return;
    }
    auto done =
        CaseService(m_context.db).resolve(m_context.session, m_detail->discrepancyCase.id, resolution, note);
    if (!done) {
        form::showError(m_problem, done.error(),
                        done.error().path == QLatin1String("case.resolutionNote")
                            ? static_cast<QWidget*>(m_note)
                            : nullptr);
        return;
    }
    const QString on = form::longDate(done->resolvedAt.toLocalTime().date());
    m_done->setText(
        done->status == CaseStatus::Corrected
            ? tr("Case %1 corrected on %2: the KPI records of invoice %3 now carry the filed values.")
                  .arg(done->id)
                  .arg(on, done->invoiceNumber)
            : tr("Case %1 rejected on %2; the partner reads your note.").arg(done->id).arg(on));
    a11y::announce(m_done, m_done->text());
    emit confirmed(m_done->text());
    m_note->clear();
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    refresh();
}

void CaseQueueWorkspace::viewEvidence()
{
    if (!m_detail)
        return;
    auto bytes = CaseService(m_context.db).evidence(m_context.session, m_detail->discrepancyCase.id);
    if (!bytes) {
        form::showError(m_problem, bytes.error(), nullptr);
        return;
    }
    const QImage image = QImage::fromData(bytes.value());
    if (!image.isNull()) {
        QDialog dialog(this);
        dialog.setWindowTitle(m_detail->discrepancyCase.evidenceName);
        auto* layout = new QVBoxLayout(&dialog);
        auto* scroll = new QScrollArea(&dialog);
        auto* label = new QLabel(scroll);
        label->setPixmap(QPixmap::fromImage(image));
        label->setAccessibleName(tr("The invoice attached to the case"));
        scroll->setWidget(label);
        layout->addWidget(scroll);
        auto* close = new QPushButton(tr("&Close"), &dialog);
        close->setDefault(true);
        connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
        layout->addWidget(close, 0, Qt::AlignRight);
        dialog.resize(800, 700);
        dialog.exec();
        return;
    }
    // A PDF: the system's viewer shows it best; it reads a copy in the temporary folder.
    const QString suffix = QMimeDatabase().mimeTypeForData(bytes.value()).preferredSuffix();
    const QString path = QDir::temp().filePath(
        QStringLiteral("learnpartner-case-%1.%2").arg(m_detail->discrepancyCase.id).arg(suffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        m_problem->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_problem->show();
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_problem->setText(tr("No application opens %1; use Save evidence instead.").arg(path));
        m_problem->show();
    }
}

void CaseQueueWorkspace::saveEvidence()
{
    if (!m_detail)
        return;
    auto bytes = CaseService(m_context.db).evidence(m_context.session, m_detail->discrepancyCase.id);
    if (!bytes) {
        form::showError(m_problem, bytes.error(), nullptr);
        return;
    }
    const QString name =
        QFileDialog::getSaveFileName(this, tr("Save the evidence"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QLatin1Char('/') + m_detail->discrepancyCase.evidenceName);
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        m_problem->setText(tr("Cannot write %1: %2").arg(name, file.errorString()));
        m_problem->show();
    }
}

void CaseQueueWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(tr(
        "Open KPI discrepancy cases of every partner, oldest first. Compare the case with the KPI records of "
        "its invoice, look at the invoice, then resolve: corrected writes the filed values into the KPI "
        "records; rejected leaves them. The note is required and the partner reads it."));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Partner"), tr("Invoice"), tr("Triage"), tr("Filed"), tr("Age")});
    m_table->setAccessibleName(tr("Open cases, oldest first"));
    m_compare->setAccessibleName(tr("The case beside the KPI records of its invoice"));
    m_view->setText(tr("&View evidence..."));
    m_save->setText(tr("&Save evidence..."));
    m_corrected->setText(tr("&Corrected: write the filed values into the KPI records"));
    m_rejected->setText(tr("Re&jected: leave the KPI records as they are"));
    m_noteLabel->setText(tr("&Note to the partner (required):"));
    m_resolve->setText(tr("&Resolve"));
    if (isVisible())
        refresh();
    else
        showSelected();
}

} // namespace lp
