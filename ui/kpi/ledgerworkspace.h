// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/purchase.h"
#include "services/ledgerservice.h"
#include "shell/workspace.h"

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lp {

class LedgerModel;

// The KPI ledger: every Courseware Marketplace purchase of the partner, newest first, with
// whether it counts in the latest report's window; filters run in SQL; invoices are
// imported from here (off the GUI thread).
class LedgerWorkspace : public Workspace
{
    Q_OBJECT

public:
    // How long the text filters wait after the last key before they apply.
    static constexpr int kTypingPauseMs = 300;
    explicit LedgerWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("KPI ledger"); }
    void refresh() override;
    LedgerModel* model() const { return m_model; }
    // Support reads the ledger of the partner opened in Partners (read only: no import).
    void setPartner(qint64 partnerId);
    // Writes the rows of the current view to `path` as CSV, with a progress dialog whose Cancel
    // leaves no file (what "Export CSV..." does after asking for the file).
    Status exportTo(const QString& path);

signals:
    // The user asks to file a KPI discrepancy case about this KPI record.
    void fileCaseRequested(const lp::Purchase& record);

protected:
    void retranslateUi() override;

private:
    void applyFilter();
    void readAgain();
    LedgerFilter currentFilter() const;
    void importInvoices();
    void updateCount();
    void exportView();
    bool mayImport() const;
    bool mayFileCase() const;
    void requestCase();

    qint64 m_partnerId = 0;
    LedgerModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_documentType = nullptr;
    QComboBox* m_verdict = nullptr;
    QLineEdit* m_omlpType = nullptr;
    QLineEdit* m_competency = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_fileCase = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    bool m_sized = false;
    bool m_filterSet = false; // a filter was given to the model (applyFilter skips the same one again)
    QTimer* m_typing = nullptr;
};

} // namespace lp
