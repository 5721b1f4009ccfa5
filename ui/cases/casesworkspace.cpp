// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casesworkspace.h"

#include "casedialog.h"
#include "caseexport.h"
#include "casehistoryview.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "services/caseservice.h"
#include "services/withdrawalservice.h"
#include "widgets/announcer.h"
#include "widgets/formhelpers.h"
#include "widgets/withdrawdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

QString CaseTexts::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Corrected:
        return tr("Corrected");
    case CaseStatus::Rejected:
        return tr("Rejected");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString CaseTexts::triage(TriageCode code)
{
    switch (code) {
    case TriageCode::NotYetReported:
        return tr("Not yet reported");
    case TriageCode::MissingFromLedger:
        return tr("Missing from the ledger");
    case TriageCode::ValueMismatch:
        return tr("Values differ");
    case TriageCode::NoDiscrepancy:
        return tr("No discrepancy");
    }
    return toString(code);
}

CasesWorkspace::CasesWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_canFile = Authorizer::check(context.session, Permission::FileCase, m_partnerId).ok();
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setVisible(m_canFile);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCase"));
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawCase"));
    m_withdraw->setVisible(m_canFile); // the core refuses other roles; the UI does not offer it
    buttons->addWidget(m_new);
    buttons->addWidget(m_export);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_confirmation = form::confirmationLabel(this, "caseConfirmation");
    layout->addWidget(m_confirmation);
    m_history = new CaseHistoryView(context, this);
    layout->addWidget(m_history, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);

    connect(m_new, &QPushButton::clicked, this, [this] { fileCase(); });
    connect(m_export, &QPushButton::clicked, this, &CasesWorkspace::exportSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &CasesWorkspace::withdrawSelected);
    connect(m_history, &CaseHistoryView::selectionChanged, this, &CasesWorkspace::showSelected);
    // New case where the role may file one, else the filters and the list of cases.
    setMainControl(m_canFile ? static_cast<QWidget*>(m_new) : m_history);
    retranslateUi();
}

void CasesWorkspace::setToday(const QDate& today)
{
    m_today = today;
    m_history->setToday(today);
}

void CasesWorkspace::refresh()
{
    m_history->refresh();
}

void CasesWorkspace::showCase(qint64 caseId)
{
    m_history->refresh();
    m_history->selectCase(caseId);
}

QString CasesWorkspace::selectedText() const
{
    return m_history->selectedText();
}

void CasesWorkspace::showSelected()
{
    const bool any = m_history->selectedId() != 0;
    m_export->setEnabled(any);
    m_export->setToolTip(any ? QString() : tr("Select a case to export it."));
    const DiscrepancyCase* c = selectedCase();
    const bool open = c && c->status == CaseStatus::Open;
    m_withdraw->setEnabled(open);
    m_withdraw->setToolTip(open ? QString()
                                : tr("Select an open case: one already resolved or withdrawn cannot be "
                                     "withdrawn."));
}

const DiscrepancyCase* CasesWorkspace::selectedCase() const
{
    const qint64 id = m_history->selectedId();
    for (const CaseSummary& s : m_history->cases()) {
        if (id != 0 && s.discrepancyCase.id == id)
            return &s.discrepancyCase;
    }
    return nullptr;
}

void CasesWorkspace::withdrawSelected()
{
    const DiscrepancyCase* selected = selectedCase();
    if (!selected)
        return;
    const DiscrepancyCase c = *selected;
    std::optional<DiscrepancyCase> done;
    WithdrawDialog dialog(
        [c] { return tr("case %1 about invoice %2").arg(c.id).arg(c.invoiceNumber); },
        [&](const QString& reason) -> std::optional<Error> {
            auto r = WithdrawalService(m_context.db).withdrawCase(m_context.session, c.id, reason);
            if (!r)
                return r.error();
            done = r.value();
            return std::nullopt;
        },
        this);
    emit withdrawOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted || !done)
        return;
    confirm(tr("Case %1 about invoice %2 withdrawn on %3; Partner Frontline Support sees it as withdrawn, "
               "with your reason.")
                .arg(done->id)
                .arg(done->invoiceNumber, form::longDate(done->resolvedAt.toLocalTime().date())));
    refresh();
    m_history->selectCase(done->id);
}

void CasesWorkspace::confirm(const QString& text)
{
    a11y::announce(m_confirmation, text);
    emit confirmed(text);
}

void CasesWorkspace::fileCase(const Purchase* record)
{
    CaseDialog dialog(m_context, m_partnerId, m_today, this);
    if (record)
        dialog.prefill(*record);
    emit dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        if (const auto& filed = dialog.filed()) {
            confirm(tr("Case %1 about invoice %2 filed on %3; Partner Frontline Support reviews it.")
                        .arg(filed->id)
                        .arg(filed->invoiceNumber, form::longDate(filed->filedAt.toLocalTime().date())));
            m_history->selectCase(filed->id);
        }
    }
}

void CasesWorkspace::exportSelected()
{
    const qint64 id = m_history->selectedId();
    if (id == 0)
        return;
    QString error;
    if (!CaseExport::saveAs(this, selectedText(), tr("kpi-case-%1.txt").arg(id), &error) &&
        !error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
    }
}

void CasesWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        tr("A KPI record that does not match your invoice is corrected through a case: Partner Frontline "
           "Support reviews it and says what it decided. Select a case to read it, or export it."));
    m_new->setText(tr("&New case..."));
    m_export->setText(tr("&Export..."));
    m_withdraw->setText(tr("&Withdraw case..."));
    showSelected();
    if (isVisible())
        refresh();
}

} // namespace lp
