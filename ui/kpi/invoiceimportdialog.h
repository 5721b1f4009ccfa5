// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/rowerror.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace lp {

class Database;

// Imports a Courseware Marketplace invoice CSV off the GUI thread, on a connection of its
// own, with progress and Cancel (which rolls everything back). The window stays responsive;
// a refused file lists its bad rows and writes nothing.
class InvoiceImportDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    InvoiceImportDialog(Database& db, const Session& session, qint64 partnerId, QWidget* parent = nullptr);
    ~InvoiceImportDialog() override;

    // Starts importing `path` (what the Import button does with the chosen file).
    void start(const QString& path);
    bool isRunning() const;
    // Writes the template (LedgerService::invoiceTemplate()) to `path`, whole or not at all; what
    // "Save a template..." does with the file the user names. The error when it cannot.
    Status saveTemplate(const QString& path);
    // Shows the example file (the link under the columns).
    void showExample();
    // The outcome of the last import: its summary, or the error that stopped it.
    const std::optional<ImportSummary>& summary() const { return m_summary; }
    const std::optional<Error>& failure() const { return m_failure; }

public slots:
    // While importing, Cancel: the worker stops and rolls back; otherwise closes.
    void reject() override;

signals:
    void importFinished(bool imported);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi() override;
    void browse();
    void chooseTemplateFile();
    void done(const std::optional<ImportSummary>& summary, const std::optional<Error>& failure);

    Database& m_db;
    Session m_session;
    qint64 m_partnerId;
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
    std::optional<ImportSummary> m_summary;
    std::optional<Error> m_failure;
    QLabel* m_intro = nullptr;
    QLabel* m_columns = nullptr;
    QPushButton* m_template = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace lp
