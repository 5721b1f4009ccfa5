// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/caseservice.h"
#include "widgets/retranslating.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace lp {

struct AppContext;

// Every KPI discrepancy case the user may read, newest first, with its state: filters by
// state, partner (support only), filing and resolution dates and triage, a search by invoice
// number (all applied by the database), and the selected case in full: its outcome, the note
// and the triage as it stood when it was resolved.
class CaseHistoryView : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    CaseHistoryView(AppContext& context, QWidget* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    // Reads the cases again with the filters as they are.
    void refresh();
    // The filters as they are.
    CaseFilter filter() const;
    const QList<CaseSummary>& cases() const { return m_cases; }
    // The selected case (none: 0) and its text as exported.
    qint64 selectedId() const;
    QString selectedText() const;
    void selectCase(qint64 caseId);

signals:
    void selectionChanged();

protected:
    void retranslateUi() override;

private:
    void fillPartners();
    void showSelected();

    AppContext& m_context;
    bool m_support = false;
    QDate m_today = QDate::currentDate();
    QList<CaseSummary> m_cases;
    QComboBox* m_state = nullptr;
    QComboBox* m_partner = nullptr;
    QComboBox* m_triage = nullptr;
    QDateEdit* m_filedFrom = nullptr;
    QDateEdit* m_filedTo = nullptr;
    QDateEdit* m_resolvedFrom = nullptr;
    QDateEdit* m_resolvedTo = nullptr;
    QLineEdit* m_search = nullptr;
    QList<QLabel*> m_labels;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace lp
