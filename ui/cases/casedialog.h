// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/discrepancycase.h"
#include "domain/purchase.h"
#include "rules/discrepancytriage.h"
#include "services/caseservice.h"
#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lp {

// Filing a KPI discrepancy case (docs/rules.md#kpi-discrepancy-cases): the seven fields, blank or filled from
// a KPI record of the ledger; the invoice attached as evidence; the engine's triage shown as the form is
// filled, and each field's problem said at the field once it is touched.
class CaseDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    CaseDialog(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent = nullptr);

    // Fills the fields from a KPI record (its month, year, OMLP type, units, invoice, values).
    void prefill(const Purchase& record);
    // Attaches a file as the evidence; false (and says why at the field) when it cannot be read.
    bool attachEvidence(const QString& fileName);
    // The input as the form stands (empty fields are empty optionals).
    DiscrepancyCaseInput input() const;
    const std::optional<DiscrepancyCase>& filed() const { return m_filed; }

    void accept() override;

private:
    void retranslateUi() override;
    void updateTriage();
    void chooseEvidence();
    QWidget* fieldFor(const QString& path) const;

    AppContext& m_context;
    qint64 m_partnerId;
    QDate m_today;
    std::optional<Evidence> m_evidence;
    std::optional<DiscrepancyCase> m_filed;
    bool m_showAll = false;
    QList<QWidget*> m_touched;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_month = nullptr;
    QLineEdit* m_year = nullptr;
    QComboBox* m_omlpType = nullptr;
    QLineEdit* m_units = nullptr;
    QLineEdit* m_invoice = nullptr;
    QLineEdit* m_kpi = nullptr;
    QLineEdit* m_revenue = nullptr;
    QComboBox* m_evidenceType = nullptr;
    QWidget* m_evidenceRow = nullptr;
    QLabel* m_evidenceName = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_attach = nullptr;
    QList<QLabel*> m_problems; // one per field, in the order of kFieldPaths
    QLabel* m_triage = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
