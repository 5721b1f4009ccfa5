// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/rulesetrecord.h"
#include "services/rulesetservice.h"
#include "shell/workspace.h"

#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace lp {

// Rules (docs/rules-admin.md): every stored rule set with its program year, dates, provenance
// and status; the selected one as readable tables with the source of its numbers; the
// differences between two sets; import of a file with the validator's errors in place; and
// before activating a set, each partner's decision under the set in force and under it, side
// by side. Everyone reads; the account admin and the support lead import and activate.
class RulesWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit RulesWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Rules"); }
    void refresh() override;

    // Reads and validates `file`; stores it when valid. False with the errors shown otherwise.
    bool importFile(const QString& file);
    // Activates the selected set (after its preview is shown).
    bool activateSelected();
    const QList<RuleSetRecord>& records() const { return m_records; }
    void select(int row);

protected:
    void retranslateUi() override;

private:
    void fillList();
    void showSelected();
    void showDiff();
    void showPreview();
    void chooseFile();

    QList<RuleSetRecord> m_records;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_set = nullptr;
    // diff
    QLabel* m_diffLabel = nullptr;
    QComboBox* m_diffWith = nullptr;
    QTableWidget* m_diff = nullptr;
    // import
    QWidget* m_importPage = nullptr;
    QLabel* m_importIntro = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_importResult = nullptr;
    QTableWidget* m_errors = nullptr;
    // preview and activation
    QWidget* m_previewPage = nullptr;
    QLabel* m_previewIntro = nullptr;
    QTableWidget* m_preview = nullptr;
    QPushButton* m_activate = nullptr;
    QLabel* m_activateResult = nullptr;
};

} // namespace lp
