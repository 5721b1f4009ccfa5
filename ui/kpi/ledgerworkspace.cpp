// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "ledgerworkspace.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "invoiceimportdialog.h"
#include "ledgermodel.h"
#include "security/authorizer.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lp {

LedgerWorkspace::LedgerWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_model = new LedgerModel(context, m_partnerId, this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_useDates = new QCheckBox(this);
    m_useDates->setObjectName(QStringLiteral("filterByDate"));
    m_from = form::dateEdit(this, QDate::currentDate().addYears(-1), "filterFrom");
    m_to = form::dateEdit(this, QDate::currentDate(), "filterTo");
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_documentType = new QComboBox(this);
    m_documentType->setObjectName(QStringLiteral("filterDocumentType"));
    m_documentType->addItem(QString());
    for (DocumentType t :
         {DocumentType::Invoice, DocumentType::OrderConfirmation, DocumentType::PartnerReport})
        m_documentType->addItem(QString(), int(t));
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("filterVerdict"));
    for (auto v : {LedgerFilter::Verdict::Any, LedgerFilter::Verdict::Counted, LedgerFilter::Verdict::Pending,
                   LedgerFilter::Verdict::NotCounted})
        m_verdict->addItem(QString(), int(v));
    m_omlpType = new QLineEdit(this);
    m_omlpType->setObjectName(QStringLiteral("filterOmlpType"));
    m_omlpType->setClearButtonEnabled(true);
    m_competency = new QLineEdit(this);
    m_competency->setObjectName(QStringLiteral("filterCompetency"));
    m_competency->setClearButtonEnabled(true);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importInvoices"));
    m_import->setVisible(mayImport());
    m_import->setEnabled(mayImport());
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportLedger"));
    m_fileCase = new QPushButton(this);
    m_fileCase->setObjectName(QStringLiteral("fileCase"));
    m_fileCase->setVisible(mayFileCase());
    m_fileCase->setEnabled(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ledgerCount"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledger"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    // The arrow keys move inside, Tab leaves (docs/architecture.md#keyboard-and-screen-readers).
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // a million rows of one height
    // Column widths from the rows on screen and the next hundred, not a thousand: one page read.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_documentType);
    filters->addWidget(m_verdict);
    filters->addWidget(m_omlpType, 1);
    filters->addWidget(m_competency, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_import, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_fileCase);
    bottom->addWidget(m_export);
    layout->addLayout(bottom);

    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LedgerWorkspace::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LedgerWorkspace::applyFilter);
    connect(m_documentType, &QComboBox::currentIndexChanged, this, &LedgerWorkspace::applyFilter);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &LedgerWorkspace::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &LedgerWorkspace::exportView);
    // The text filters apply as you type, after a short pause (kTypingPauseMs), or at once on Enter.
    m_typing = new QTimer(this);
    m_typing->setObjectName(QStringLiteral("filterTyping"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &LedgerWorkspace::applyFilter);
    for (QLineEdit* edit : {m_omlpType, m_competency}) {
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &LedgerWorkspace::applyFilter);
    }
    connect(m_model, &LedgerModel::loadingChanged, this, &LedgerWorkspace::updateCount);
    connect(m_model, &LedgerModel::countReady, this, &LedgerWorkspace::updateCount);
    connect(m_import, &QPushButton::clicked, this, &LedgerWorkspace::importInvoices);
    connect(m_fileCase, &QPushButton::clicked, this, &LedgerWorkspace::requestCase);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_fileCase->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_fileCase->setEnabled(false); });
    connect(m_model, &LedgerModel::readFailed, this, &LedgerWorkspace::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerWorkspace::updateCount);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            [this] { form::fitHeaderTexts(m_view->horizontalHeader()); });
    // Column widths from the first rows, once: other rows and filters do not make the table jump.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_sized && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            form::fitHeaderTexts(m_view->horizontalHeader());
            m_sized = true;
        }
    });
    setMainControl(m_view);
    retranslateUi();
}

void LedgerWorkspace::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    m_model->setPartner(partnerId);
    m_sized = false; // the new partner's first page sizes the columns again
    m_import->setVisible(mayImport());
    m_import->setEnabled(mayImport());
    m_fileCase->setVisible(mayFileCase());
    if (isVisible())
        refresh();
}

// The core refuses an import the session may not make; the button is not offered either.
bool LedgerWorkspace::mayImport() const
{
    return Authorizer::check(m_context.session, Permission::ImportInvoices, m_partnerId).ok();
}

void LedgerWorkspace::refresh()
{
    readAgain();
}

void LedgerWorkspace::readAgain()
{
    // The view shown again or after an import: read at once, as the workspace opens.
    m_model->setFilterNow(currentFilter());
    m_filterSet = true;
}

void LedgerWorkspace::retranslateUi()
{
    m_heading->setText(title());
    form::fitHeaderTexts(m_view->horizontalHeader()); // the headers of the language of the moment
    m_intro->setText(tr("Every Courseware Marketplace purchase on record, newest first, and whether it "
                        "counts in the window of "
                        "the latest monthly KPI report. Only invoices count; order confirmations and partner "
                        "reports are kept "
                        "for support but never count."));
    m_useDates->setText(tr("&Dates:"));
    m_from->setAccessibleName(tr("From invoice date"));
    m_to->setAccessibleName(tr("To invoice date"));
    m_documentType->setItemText(0, tr("All documents"));
    for (int i = 1; i < m_documentType->count(); ++i)
        m_documentType->setItemText(
            i, DisplayNames::documentType(DocumentType(m_documentType->itemData(i).toInt())));
    m_documentType->setAccessibleName(tr("Document type"));
    const QStringList verdicts{tr("Every row"), tr("Counted"), tr("Pending"), tr("Not counted")};
    for (int i = 0; i < verdicts.size(); ++i)
        m_verdict->setItemText(i, verdicts[i]);
    m_verdict->setAccessibleName(tr("In the latest report"));
    m_export->setText(tr("E&xport this view..."));
    m_omlpType->setPlaceholderText(tr("OMLP type"));
    m_omlpType->setAccessibleName(tr("OMLP type"));
    m_competency->setPlaceholderText(tr("Competency"));
    m_competency->setAccessibleName(tr("Competency"));
    m_import->setText(tr("&Import invoices..."));
    m_fileCase->setText(tr("File a discrepancy &case..."));
    m_view->setAccessibleName(tr("KPI ledger"));
    m_model->retranslate();
    updateCount();
}

void LedgerWorkspace::applyFilter()
{
    m_typing->stop();
    const LedgerFilter f = currentFilter();
    // The same filter again (Enter after the pause) reads nothing again.
    if (m_filterSet && f == m_model->filter())
        return;
    m_filterSet = true;
    m_model->setFilter(f); // counted off the GUI thread
}

LedgerFilter LedgerWorkspace::currentFilter() const
{
    LedgerFilter f;
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_documentType->currentIndex() > 0)
        f.documentType = DocumentType(m_documentType->currentData().toInt());
    f.verdict = LedgerFilter::Verdict(m_verdict->currentData().toInt());
    f.omlpType = m_omlpType->text().trimmed();
    f.competency = m_competency->text().trimmed();
    return f;
}

void LedgerWorkspace::updateCount()
{
    if (m_partnerId == 0) { // support, before opening a partner
        m_count->setText(tr("Open a partner in Partners to see its ledger."));
        return;
    }
    if (m_model->isLoading()) {
        m_count->setText(tr("Filtering..."));
        return;
    }
    if (m_model->isCounting()) { // the first rows are shown, the rest are being counted
        m_count->setText(tr("Counting..."));
        return;
    }
    if (const Error* e = m_model->lastError()) {
        m_count->setText(Messages::text(*e));
        return;
    }
    m_count->setText(tr("%Ln row(s).", nullptr, int(m_model->totalRows())));
}

void LedgerWorkspace::exportView()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the ledger"), QStringLiteral("kpi-ledger.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = exportTo(path);
    if (!s && s.error().code != QLatin1String("CANCELLED"))
        QMessageBox::warning(this, tr("Export the ledger"), Messages::text(s.error()));
}

Status LedgerWorkspace::exportTo(const QString& path)
{
    // A million rows take seconds: a progress dialog, and Cancel leaves no file behind (QSaveFile).
    QProgressDialog progress(tr("Exporting the ledger..."), tr("Cancel"), 0, int(m_model->totalRows()), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export the ledger"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QSaveFile file(path);
    Status s = file.open(QIODevice::WriteOnly)
                   ? LedgerService(m_context.db)
                         .exportCsv(m_context.session, m_partnerId, m_model->filter(), file, m_model->asOf(),
                                    [&](qint64 written) {
                                        progress.setValue(int(std::min<qint64>(written, progress.maximum())));
                                        return !progress.wasCanceled();
                                    })
                   : Status(Error{QStringLiteral("FILE_UNWRITABLE"), {}, {path, file.errorString()}});
    progress.reset();
    if (s && !file.commit())
        s = Error{QStringLiteral("FILE_UNWRITABLE"), {}, {path, file.errorString()}};
    if (!s)
        file.cancelWriting();
    return s;
}

void LedgerWorkspace::importInvoices()
{
    if (!mayImport())
        return;
    InvoiceImportDialog dialog(m_context.db, m_context.session, m_partnerId, this);
    connect(&dialog, &InvoiceImportDialog::importFinished, this, [this, &dialog](bool imported) {
        if (!imported)
            return;
        readAgain();
        // Every action answers (docs/architecture.md#every-action-answers).
        if (const auto& summary = dialog.summary())
            emit confirmed(
                tr("Invoices imported on %1: %Ln line(s) added, %2 already there.", nullptr,
                   int(summary->added))
                    .arg(form::longDate(QDate::currentDate()), QLocale().toString(summary->unchanged)));
    });
    dialog.exec();
}

bool LedgerWorkspace::mayFileCase() const
{
    return Authorizer::check(m_context.session, Permission::FileCase, m_partnerId).ok();
}

void LedgerWorkspace::requestCase()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !mayFileCase())
        return;
    if (const auto row = m_model->rowAt(rows.first().row()))
        emit fileCaseRequested(row->purchase);
}

} // namespace lp
