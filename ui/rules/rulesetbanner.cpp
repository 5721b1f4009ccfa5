// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesetbanner.h"

#include "security/authorizer.h"
#include "widgets/statecolors.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lp {

RulesNavigator* RulesNavigator::instance()
{
    static RulesNavigator* navigator = new RulesNavigator;
    return navigator;
}

QString ruleSetName(const QString& programYear, const QString& sha256, const QString& provenance)
{
    QString p = provenance;
    if (provenance == QLatin1String("builtin-illustrative"))
        p = QCoreApplication::translate("lp::RuleSetBanner", "illustrative");
    else if (provenance == QLatin1String("imported"))
        p = QCoreApplication::translate("lp::RuleSetBanner", "imported");
    else if (provenance == QLatin1String("local-edit"))
        p = QCoreApplication::translate("lp::RuleSetBanner", "local edit");
    QStringList parts{programYear};
    if (!sha256.isEmpty())
        parts << sha256.left(12);
    if (!p.isEmpty())
        parts << p;
    return parts.join(QStringLiteral(" · "));
}

RuleSetBanner::RuleSetBanner(const Session& session, QWidget* parent)
    : Retranslating<QFrame>(parent), m_session(session)
{
    setObjectName(QStringLiteral("ruleSetBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("ruleSetBannerText"));
    m_text->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRules"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, RulesNavigator::instance(), &RulesNavigator::rulesRequested);
    m_open->setVisible(Authorizer::allows(session.role(), Permission::ManageRuleSets));
    ui::setStateText(m_text, ui::State::Pending);
    hide();
    retranslateUi();
}

void RuleSetBanner::setRuleSet(const QString& programYear, const QString& sha256, const QString& provenance)
{
    m_programYear = programYear;
    m_sha256 = sha256;
    m_provenance = provenance;
    m_known = true;
    setVisible(provenance == QLatin1String("builtin-illustrative"));
    retranslateUi();
}

void RuleSetBanner::clear()
{
    m_known = false;
    hide();
}

void RuleSetBanner::retranslateUi()
{
    m_open->setText(tr("Open the &Rules workspace"));
    if (!m_known)
        return;
    m_text->setText(tr("Rule set %1: its numbers are illustrative, not the program's published "
                       "requirements. Decisions here show how the rules work, not whether Microsoft "
                       "will accept an enrollment.")
                        .arg(ruleSetName(m_programYear, m_sha256, m_provenance)));
}

} // namespace lp
