// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "trainerspage.h"

#include "decisionreport.h"
#include "domain/messages.h"
#include "enrollmentdraftcontroller.h"
#include "fallbackbanner.h"
#include "fixpointer.h"
#include "widgets/formhelpers.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

TrainersPage::TrainersPage(EnrollmentDraftController* draft, For path, QWidget* parent)
    : EnrollmentPage(draft, parent), m_actionPack(path == For::ActionPack)
{
    setObjectName(m_actionPack ? QStringLiteral("actionPackTrainersPage") : QStringLiteral("trainersPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new FallbackBanner(draft, this);
    layout->addWidget(m_banner);
    m_requirement = textLabel();
    m_requirement->setObjectName(QStringLiteral("requirement_MIN_ACTIVE_MCT"));
    layout->addWidget(m_requirement);
    m_fix = new FixPointer(draft, FixPointer::Topic::Trainers, this);
    layout->addWidget(m_fix);
    m_tableLabel = new QLabel(this);
    layout->addWidget(m_tableLabel);
    m_table = form::listTable(this, "activeTrainers", 3);
    m_tableLabel->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_none = textLabel();
    m_none->setObjectName(QStringLiteral("noTrainers"));
    layout->addWidget(m_none);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);
    retranslateUi();
}

void TrainersPage::refresh()
{
    auto decision = m_draft->decision();
    m_banner->refresh(decision);
    m_met = false;
    if (!decision) {
        showProblem(m_problem, Messages::text(decision.error()));
    } else {
        showProblem(m_problem, {});
        const RequirementResult* r = decision->requirement(RequirementCode::MinActiveMct);
        m_requirement->setText(r ? DecisionReport::requirementHtml(*r, *decision) : QString());
        m_met = r && r->met;
    }
    m_fix->showFor(decision && !m_met);
    const QList<Trainer> active = m_draft->activeTrainers();
    m_table->setRowCount(int(active.size()));
    for (int i = 0; i < active.size(); ++i)
        form::setRow(m_table, i, {active[i].name, active[i].mctId, form::longDate(active[i].validTo)});
    m_table->resizeColumnsToContents();
    m_none->setVisible(active.isEmpty());
    emit completeChanged();
}

bool TrainersPage::isComplete() const
{
    return !m_actionPack || m_met;
}

int TrainersPage::nextId() const
{
    return m_actionPack ? id(EnrollmentPageId::ActionPackSubscription) : id(EnrollmentPageId::Exams);
}

void TrainersPage::retranslateUi()
{
    setTitle(tr("Microsoft Certified Trainers"));
    setSubTitle(m_actionPack ? tr("To qualify for the Learning Action Pack you need at least one active MCT; "
                                  "no other learning KPI applies.")
                             : tr("Meet the Microsoft Certified Trainer (MCT) requirements of the tier."));
    m_tableLabel->setText(tr("&MCTs active on %1:").arg(form::longDate(m_draft->today())));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("MCT ID"), tr("Valid until")});
    m_table->setAccessibleName(tr("Active MCTs"));
    m_none->setText(tr("No MCT is active today. Add your trainers in People, then come back."));
    m_table->setWhatsThis(tr("The Microsoft Certified Trainers whose certification is valid today, as "
                             "recorded in People. Add or renew trainers there: this page only reads them."));
}

} // namespace lp
