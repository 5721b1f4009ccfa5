// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "competencypage.h"

#include "enrollmentdraftcontroller.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lp {
namespace {
// Where the seed says the competencies and the asset collection are
// (docs/rules.md#what-the-product-tells-the-user).
const QString kAssetCollection =
    QStringLiteral("https://partner.microsoft.com/asset/collection/learning-option-enrollment#/");
const QString kCompetencies = QStringLiteral("https://partner.microsoft.com/membership/competencies");
} // namespace

CompetencyPage::CompetencyPage(EnrollmentDraftController* draft, QWidget* parent)
    : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("competencyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("competency"));
    m_label->setBuddy(m_combo);
    form->addRow(m_label, m_combo);
    layout->addLayout(form);
    m_tier = textLabel();
    m_tier->setObjectName(QStringLiteral("tierRules"));
    layout->addWidget(m_tier);
    m_notes = textLabel();
    layout->addWidget(m_notes);
    layout->addStretch();
    connect(m_combo, &QComboBox::currentTextChanged, this, [this](const QString& c) {
        if (m_filling || c.isEmpty())
            return;
        m_draft->setCompetency(c);
        showTier();
    });
    retranslateUi();
}

void CompetencyPage::refresh()
{
    m_filling = true;
    m_combo->clear();
    m_combo->addItems(m_draft->learningCompetencies());
    m_filling = false;
    const int index = m_combo->findText(m_draft->answers().competency);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    m_draft->setCompetency(m_combo->currentText());
    retranslateUi();
}

bool CompetencyPage::isComplete() const
{
    return !m_draft->answers().competency.isEmpty();
}

int CompetencyPage::nextId() const
{
    const TierRules* tier = m_draft->tierRules();
    return tier && !tier->performanceCommitment ? id(EnrollmentPageId::Trainers)
                                                : id(EnrollmentPageId::Commitment);
}

void CompetencyPage::showTier()
{
    const CompetencyRules* c = m_draft->ruleSet().competency(m_draft->answers().competency);
    const TierRules* t = m_draft->tierRules();
    if (!c || !t) {
        m_tier->clear();
        return;
    }
    QStringList items;
    items << tr("at least %n active MCT(s)", nullptr, t->minActiveMct)
          << tr("at least %n exam(s) passed for the competency", nullptr, t->minExams);
    if (!t->requiredExams.isEmpty())
        items << tr("the exams %1").arg(t->requiredExams.join(QLatin1String(", ")));
    if (t->minKpi > 0)
        items << tr("learning KPIs counted in the window of the monthly report: %1")
                     .arg(QLocale().toString(t->minKpi));
    if (t->performanceCommitment)
        items << tr("the commitment to the Performance Requirements");
    const bool gold = m_draft->answers().path == Path::Gold;
    QString html = QStringLiteral("<p>%1</p><ul>")
                       .arg((gold ? tr("The gold level of %1 asks for (rule set %2):")
                                  : tr("The silver level of %1 asks for (rule set %2):"))
                                .arg(c->name, m_draft->ruleSet().id)
                                .toHtmlEscaped());
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    m_tier->setText(html + QStringLiteral("</ul>"));
}

void CompetencyPage::retranslateUi()
{
    setTitle(tr("Competency"));
    setSubTitle(m_draft->answers().path == Path::Gold
                    ? tr("Which competency's gold Learning option do you enroll in?")
                    : tr("Which competency's silver Learning option do you enroll in?"));
    m_label->setText(tr("&Competency:"));
    m_notes->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(tr("To learn more about which competencies offer a silver or gold Learning option, see the "
                    "latest %1.")
                     .arg(link(kCompetencies, tr("competencies page"))),
                 tr("Learning KPI requirements are subject to change annually, and learning KPIs must be met "
                    "starting the first year of enrollment. No Business Application Plan is needed.")
                     .toHtmlEscaped(),
                 tr("New partner? Learn more about the process with the %1.")
                     .arg(link(kAssetCollection, tr("Learning option asset collection")))));
    showTier();
    m_combo->setWhatsThis(tr("The competency of the Learning option. Trainers, exam passes and KPIs are "
                             "counted for this competency only; the numbers it needs are shown below."));
}

} // namespace lp
