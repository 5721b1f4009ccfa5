// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "summarypage.h"

#include "domain/messages.h"
#include "enrollmentdraftcontroller.h"
#include "fallbackbanner.h"
#include "rules/rulesetbanner.h"
#include "widgets/formhelpers.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace lp {

SummaryPage::SummaryPage(EnrollmentDraftController* draft, QWidget* parent) : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("summaryPage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_ruleSetBanner = new RuleSetBanner(draft->session(), this);
    layout->addWidget(m_ruleSetBanner);
    m_banner = new FallbackBanner(draft, this);
    layout->addWidget(m_banner);
    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setOpenExternalLinks(true);
    layout->addWidget(m_report, 1);
    m_verdict = textLabel();
    m_verdict->setObjectName(QStringLiteral("verdict"));
    layout->addWidget(m_verdict);
    auto* buttons = new QHBoxLayout;
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problem = form::errorLabel(this);
    m_problem->setObjectName(QStringLiteral("submitProblem"));
    layout->addWidget(m_problem);
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (auto report = m_draft->report())
            report->print(this);
    });
    retranslateUi();
}

void SummaryPage::refresh()
{
    auto decision = m_draft->decision();
    m_banner->refresh(decision);
    m_ruleSetBanner->setRuleSet(m_draft->ruleSet());
    m_eligible = decision && decision->eligible;
    auto report = m_draft->report();
    m_report->setHtml(report
                          ? report->html()
                          : QStringLiteral("<p>%1</p>").arg(Messages::text(report.error()).toHtmlEscaped()));
    QString verdict;
    if (!decision)
        verdict = Messages::text(decision.error());
    else if (!m_draft->canEnroll())
        verdict = tr("Your role may read this decision but not submit an enrollment.");
    else if (!m_eligible)
        verdict = tr("The requirements are not met today: the enrollment cannot be submitted.");
    else if (const auto refusal = m_draft->alreadySubmitted())
        verdict = Messages::text(*refusal);
    else if (!m_draft->stepsDone())
        verdict = tr("Record both Action Pack steps before submitting.");
    else
        verdict = tr("Everything is in order: choose Submit to send the enrollment.");
    m_verdict->setText(verdict.toHtmlEscaped());
    showProblem(m_problem, {});
    emit completeChanged();
}

bool SummaryPage::isComplete() const
{
    return m_eligible && m_draft->canEnroll() && m_draft->stepsDone() && !m_draft->alreadySubmitted();
}

bool SummaryPage::validatePage()
{
    if (m_draft->submit(wizard() ? wizard()->currentId() : id(EnrollmentPageId::Summary)))
        return true;
    showProblem(m_problem, m_draft->submitError() ? Messages::text(*m_draft->submitError()) : QString());
    return false;
}

void SummaryPage::savePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        dir + QLatin1Char('/') + tr("enrollment-decision-%1.pdf").arg(m_draft->today().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the decision report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    auto report = m_draft->report();
    if (!report)
        showProblem(m_problem, Messages::text(report.error()));
    else if (!report->writePdf(file, &error))
        showProblem(m_problem, error);
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The decision, what it rests on, and the steps recorded."));
    m_pdf->setText(tr("Save as P&DF..."));
    m_print->setText(tr("P&rint..."));
    m_report->setAccessibleName(tr("Decision report"));
    m_report->setWhatsThis(tr("The decision of the rules engine on the answers and the data recorded: each "
                              "requirement met or not, what it rests on, and the steps recorded."));
    m_pdf->setWhatsThis(tr("Saves this decision report as a PDF file."));
    m_print->setWhatsThis(tr("Prints this decision report."));
}

} // namespace lp
