// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "examspage.h"

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

ExamsPage::ExamsPage(EnrollmentDraftController* draft, QWidget* parent) : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("examsPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new FallbackBanner(draft, this);
    layout->addWidget(m_banner);
    m_minExams = textLabel();
    m_minExams->setObjectName(QStringLiteral("requirement_MIN_EXAMS"));
    m_required = textLabel();
    m_required->setObjectName(QStringLiteral("requirement_REQUIRED_EXAMS"));
    layout->addWidget(m_minExams);
    layout->addWidget(m_required);
    m_fix = new FixPointer(draft, FixPointer::Topic::Exams, this);
    layout->addWidget(m_fix);
    m_tableLabel = new QLabel(this);
    layout->addWidget(m_tableLabel);
    m_table = form::listTable(this, "examPasses", 3);
    m_tableLabel->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);
    retranslateUi();
}

void ExamsPage::refresh()
{
    auto decision = m_draft->decision();
    m_banner->refresh(decision);
    showProblem(m_problem, decision ? QString() : Messages::text(decision.error()));
    bool unmet = false;
    for (auto [label, code] : {std::pair{m_minExams, RequirementCode::MinExams},
                               std::pair{m_required, RequirementCode::RequiredExams}}) {
        const RequirementResult* r = decision ? decision->requirement(code) : nullptr;
        unmet = unmet || (r && !r->met);
        label->setText(r ? DecisionReport::requirementHtml(*r, *decision) : QString());
        label->setVisible(r != nullptr);
    }
    m_fix->showFor(unmet);
    const QList<ExamPass> passes = m_draft->examPasses();
    m_table->setRowCount(int(passes.size()));
    for (int i = 0; i < passes.size(); ++i)
        form::setRow(m_table, i, {passes[i].person, passes[i].exam, form::longDate(passes[i].passedOn)});
    m_table->resizeColumnsToContents();
    retranslateUi();
}

void ExamsPage::retranslateUi()
{
    setTitle(tr("Exams"));
    setSubTitle(tr("Meet the exam requirements. A pass counts once per person and exam, for the competency "
                   "it is recorded for."));
    m_tableLabel->setText(tr("E&xam passes recorded for %1:").arg(m_draft->answers().competency));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Exam"), tr("Passed on")});
    m_table->setAccessibleName(tr("Exam passes"));
    m_table->setWhatsThis(tr("The exam passes recorded in People for this competency. A pass counts once "
                             "per person and exam."));
}

} // namespace lp
