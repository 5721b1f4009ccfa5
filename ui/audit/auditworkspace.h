// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/auditentry.h"
#include "shell/workspace.h"

#include <QHash>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// Partner Frontline Support: the audit trail in words, newest first: who (name and role), what
// (a sentence per action), which partner (MPN ID and name), when (local time in the user's
// language), and the selected entry's fields before and after; filters by person, action,
// partner and period (applied by the database), CSV export of what is shown, and a check of
// the whole chain.
class AuditWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit AuditWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit trail"); }
    void refresh() override;
    const QList<AuditEntry>& entries() const { return m_entries; }
    // The CSV of the entries shown (what Export writes).
    QByteArray csv() const;

protected:
    void retranslateUi() override;

private:
    void fillFilters();
    void fill();
    void showSelected();
    void verify();
    void exportCsv();

    QList<AuditEntry> m_entries;
    QHash<qint64, QString> m_partners; // id -> "Contoso (MPN ID 4412345)"
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QComboBox* m_person = nullptr;
    QComboBox* m_action = nullptr;
    QComboBox* m_partner = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QLabel*> m_labels;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_detailHeading = nullptr;
    QTableWidget* m_detail = nullptr;
    QLabel* m_hash = nullptr;
};

} // namespace lp
