// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "invoiceimportdialog.h"

#include "widgets/announcer.h"
#include "widgets/formhelpers.h"

#include "domain/messages.h"
#include "services/ledgerservice.h"
#include "storage/database.h"
#include "widgets/formhelpers.h"
#include "widgets/importerrorsdialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QThread>
#include <QVBoxLayout>

namespace lp {

InvoiceImportDialog::InvoiceImportDialog(Database& db, const Session& session, qint64 partnerId,
                                         QWidget* parent)
    : Retranslating<QDialog>(parent), m_db(db), m_session(session), m_partnerId(partnerId)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    // Which columns a file needs, before anyone has to learn it from an error.
    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setWordWrap(true);
    m_columns->setTextFormat(Qt::RichText);
    m_columns->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_columns, &QLabel::linkActivated, this, [this] { showExample(); });
    m_template = new QPushButton(this);
    m_template->setObjectName(QStringLiteral("saveTemplate"));
    connect(m_template, &QPushButton::clicked, this, &InvoiceImportDialog::chooseTemplateFile);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    m_browse = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    a11y::makeAnnouncer(m_status);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_import->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("cancelImport"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_template);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_columns);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &InvoiceImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, [this] { start(m_file->text().trimmed()); });
    connect(m_close, &QPushButton::clicked, this, &InvoiceImportDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_import->setEnabled(!t.trimmed().isEmpty() && !isRunning()); });
    m_import->setEnabled(false);
    setMinimumWidth(560);
    form::keepNaturalSize(this);
    retranslateUi();
}

InvoiceImportDialog::~InvoiceImportDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool InvoiceImportDialog::isRunning() const
{
    return m_thread != nullptr;
}

void InvoiceImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import invoices"));
    m_intro->setText(tr(
        "Choose a CSV file of Courseware Marketplace invoices (comma or semicolon separated, with a header "
        "row). "
        "The whole file is checked: one bad row refuses it and nothing is written. Order confirmations and "
        "partner reports are kept but never count."));
    auto listed = [](const QStringList& names) {
        QStringList code;
        for (const QString& n : names)
            code.append(QStringLiteral("<code>%1</code>").arg(n));
        return code.join(QLatin1String(", "));
    };
    m_columns->setText(
        tr("Columns needed, in any order and any case: %1. Optional: %2. Other columns are ignored. "
           "<a href=\"#example\">See an example file</a>.")
            .arg(listed(LedgerService::requiredColumns()), listed(LedgerService::optionalColumns())));
    m_template->setText(tr("Save a &template..."));
    m_template->setToolTip(tr("Save a CSV file with every column and example rows, to fill in"));
    m_fileLabel->setText(tr("&File:"));
    m_file->setAccessibleName(tr("CSV file to import"));
    m_browse->setText(tr("&Browse..."));
    m_import->setText(tr("&Import"));
    m_close->setText(isRunning() ? tr("&Cancel") : tr("&Close"));
    m_progress->setAccessibleName(tr("Import progress"));
}

void InvoiceImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import invoices"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void InvoiceImportDialog::chooseTemplateFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a template"), QStringLiteral("invoices-template.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = saveTemplate(path); !s)
        m_status->setText(Messages::text(s.error()));
    else
        m_status->setText(tr("Template saved as %1.").arg(QDir::toNativeSeparators(path)));
}

Status InvoiceImportDialog::saveTemplate(const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(LedgerService::invoiceTemplate()) >= 0 && file.commit())
        return {};
    return Error{QStringLiteral("FILE_UNWRITABLE"), {}, {path, file.errorString()}};
}

void InvoiceImportDialog::showExample()
{
    QDialog example(this);
    example.setWindowTitle(tr("Example invoice file"));
    auto* text = new QPlainTextEdit(QString::fromUtf8(LedgerService::invoiceTemplate()), &example);
    text->setObjectName(QStringLiteral("exampleCsv"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, &example);
    connect(box, &QDialogButtonBox::rejected, &example, &QDialog::reject);
    auto* layout = new QVBoxLayout(&example);
    layout->addWidget(text);
    layout->addWidget(box);
    example.resize(760, 200);
    example.exec();
}

void InvoiceImportDialog::start(const QString& path)
{
    if (isRunning() || path.isEmpty())
        return;
    m_summary.reset();
    m_failure.reset();
    m_cancel = false;
    m_progress->setValue(0);
    m_status->setText(tr("Importing %1...").arg(QFileInfo(path).fileName()));
    m_import->setEnabled(false);
    m_browse->setEnabled(false);
    m_file->setEnabled(false);

    const qint64 total = QFileInfo(path).size();
    QPointer<InvoiceImportDialog> self(this);
    m_thread = QThread::create([this, self, path, total] {
        std::optional<ImportSummary> summary;
        std::optional<Error> failure;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = Error{QStringLiteral("FILE_UNREADABLE"), {}, {path, file.errorString()}};
        } else if (auto db = m_db.openAnother(); !db) {
            // A connection belongs to the thread that opens it: the worker has its own.
            failure = db.error();
        } else {
            LedgerService::ImportOptions options;
            options.today = QDate::currentDate();
            options.fileName = QFileInfo(path).fileName();
            options.cancel = &m_cancel;
            int lastPercent = -1;
            options.progress = [&](qint64 bytes) {
                const int percent = total > 0 ? int(bytes * 100 / total) : 0;
                if (percent != lastPercent && self) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        self,
                        [self, percent] {
                            if (self)
                                self->m_progress->setValue(percent);
                        },
                        Qt::QueuedConnection);
                }
            };
            auto result = LedgerService(*db.value()).importInvoices(m_session, m_partnerId, file, options);
            if (result)
                summary = result.value();
            else
                failure = result.error();
        }
        QMetaObject::invokeMethod(
            self,
            [self, summary, failure] {
                if (self)
                    self->done(summary, failure);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    retranslateUi();
}

void InvoiceImportDialog::done(const std::optional<ImportSummary>& summary,
                               const std::optional<Error>& failure)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_summary = summary;
    m_failure = failure;
    m_browse->setEnabled(true);
    m_file->setEnabled(true);
    m_import->setEnabled(!m_file->text().trimmed().isEmpty());
    retranslateUi();
    const bool imported = summary && summary->ok();
    if (failure) {
        m_progress->setValue(0);
        m_status->setText(Messages::text(*failure));
    } else if (summary && !summary->ok()) {
        m_progress->setValue(0);
        m_status->setText(tr("Nothing was imported.") + QLatin1Char(' ') +
                          ImportErrorsDialog::countText(summary->problems(), summary->badRows));
        ImportErrorsDialog(*summary, this).exec();
    } else if (summary) {
        m_progress->setValue(100);
        m_status->setText(
            tr("Imported on %1: %Ln invoice line(s) added, %2 already there.", nullptr, int(summary->added))
                .arg(form::longDate(QDate::currentDate()), QLocale().toString(summary->unchanged)));
    }
    a11y::announce(m_status, m_status->text()); // an import finished, said to screen readers
    emit importFinished(imported);
}

void InvoiceImportDialog::reject()
{
    if (isRunning()) {
        // Cancel: the worker stops at the next row and rolls the transaction back.
        m_cancel = true;
        m_status->setText(tr("Canceling..."));
        return;
    }
    QDialog::reject();
}

void InvoiceImportDialog::closeEvent(QCloseEvent* event)
{
    if (isRunning()) {
        m_cancel = true;
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace lp
