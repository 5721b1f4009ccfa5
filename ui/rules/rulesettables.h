// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/rulesetrecord.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QString>

namespace lp {

// A rule set as readable tables (HTML, in the current language): the general numbers (KPI
// window, report day, Action Pack, renewal and reminder days, discount, evidence) and the
// competencies with their Learning option and silver and gold requirements, each number with
// its source: the stored file (its provenance and source note) or a constant of the product.
class RuleSetTables
{
    Q_DECLARE_TR_FUNCTIONS(lp::RuleSetTables)

public:
    static QString html(const RuleSetRecord& record, const RuleSet& rules);
    static QString provenance(const QString& provenance);
};

} // namespace lp
