// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "rules/ruleset.h"
#include "security/session.h"
#include "widgets/retranslating.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace lp {

// Asks the main window to show the Rules workspace, from wherever a banner is (a workspace or
// the enrollment wizard). The main window listens to the one instance.
class RulesNavigator : public QObject
{
    Q_OBJECT

public:
    static RulesNavigator* instance();

signals:
    void rulesRequested();
};

// On every decision screen (wizard, dashboard): when the rule set in force is illustrative
// (the shipped numbers), says so, with the set's program year and short hash, and for those
// allowed to import a button to the Rules workspace (docs/rules-admin.md). Hidden otherwise.
class RuleSetBanner : public Retranslating<QFrame>
{
    Q_OBJECT

public:
    RuleSetBanner(const Session& session, QWidget* parent = nullptr);
    void setRuleSet(const RuleSet& rules) { setRuleSet(rules.id, rules.sha256, rules.provenance); }
    void setRuleSet(const QString& programYear, const QString& sha256, const QString& provenance);
    void clear();

protected:
    void retranslateUi() override;

private:
    const Session& m_session;
    QString m_programYear;
    QString m_sha256;
    QString m_provenance;
    bool m_known = false;
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
};

// "FY2027 · 1a2b3c4d5e6f · illustrative": how the product names a rule set everywhere.
QString ruleSetName(const QString& programYear, const QString& sha256, const QString& provenance);

} // namespace lp
