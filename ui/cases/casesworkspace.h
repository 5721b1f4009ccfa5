// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/discrepancycase.h"
#include "domain/purchase.h"
#include "shell/workspace.h"

#include <QCoreApplication>

#include <QDate>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace lp {

class CaseDialog;
class CaseHistoryView;
class WithdrawDialog;

// The partner's KPI discrepancy cases, every one with its state (filters and a search in the
// CaseHistoryView): file one, follow it, read the outcome and the note of Partner Frontline
// Support, export it as text or PDF.
class CasesWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CasesWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Discrepancy cases"); }
    void refresh() override;

    void setToday(const QDate& today);
    // Opens the filing dialog, filled from `record` when given; returns when it closes.
    void fileCase(const Purchase* record = nullptr);
    // Reads the cases again and selects this one (a reminder's "support has answered").
    void showCase(qint64 caseId);
    // The text of the selected case as it would be exported (empty: none selected).
    QString selectedText() const;

signals:
    void dialogOpened(CaseDialog* dialog);
    void withdrawOpened(WithdrawDialog* dialog);

protected:
    void retranslateUi() override;

private:
    void showSelected();
    void exportSelected();
    void withdrawSelected();
    // Says what an action wrote, here and in the status bar.
    void confirm(const QString& text);
    const DiscrepancyCase* selectedCase() const;

    qint64 m_partnerId = 0;
    QDate m_today = QDate::currentDate();
    bool m_canFile = false;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_withdraw = nullptr;
    QLabel* m_confirmation = nullptr;
    CaseHistoryView* m_history = nullptr;
    QLabel* m_problem = nullptr;
};

// Text for a case's status and triage, shared by both roles' screens.
class CaseTexts
{
    Q_DECLARE_TR_FUNCTIONS(CaseTexts)

public:
    static QString status(CaseStatus status);
    static QString triage(TriageCode code);
};

} // namespace lp
