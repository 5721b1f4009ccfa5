// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "submittedenrollmentdialog.h"

#include "rules/rulesetbanner.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "services/enrollmentservice.h"
#include "services/partnerservice.h"
#include "shell/workspace.h"
#include "widgets/formhelpers.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lp {

SubmittedEnrollmentDialog::SubmittedEnrollmentDialog(AppContext& context, const Enrollment& enrollment,
                                                     QWidget* parent)
    : Retranslating<QDialog>(parent), m_context(context), m_enrollment(enrollment)
{
    setObjectName(QStringLiteral("submittedEnrollment"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form::heading(this, &m_heading));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("decisionReport"));
    layout->addWidget(m_text, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setDefault(true);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_pdf, &QPushButton::clicked, this, &SubmittedEnrollmentDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_report)
            m_report->print(this);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    load();
    retranslateUi();
    resize(760, 720);
}

void SubmittedEnrollmentDialog::load()
{
    const Enrollment& e = m_enrollment;
    auto partner = PartnerService(m_context.db).get(m_context.session, e.partnerId);
    if (!partner) {
        m_error = Messages::text(partner.error());
        return;
    }
    const EnrollmentRequest request{e.path, e.competency, e.kind, e.path != Path::ActionPack};
    // Under the set it was decided under (its SHA-256), not today's (docs/rules-admin.md).
    EnrollmentService service(m_context.db);
    auto rules = service.ruleSetOf(m_context.session, e);
    if (!rules) {
        m_error = Messages::text(rules.error());
        return;
    }
    auto snap = service.snapshot(m_context.session, e.partnerId, EnrollmentService::Purchases::DailySums);
    if (!snap) {
        m_error = Messages::text(snap.error());
        return;
    }
    auto decision = EnrollmentService::evaluateUnder(snap.value(), request, e.evaluatedOn, rules.value());
    if (!decision) {
        m_error = Messages::text(decision.error());
        return;
    }
    DecisionReport report;
    report.partner = partner.value();
    report.decision = decision.value();
    report.steps.append({tr("Submitted"), e.submittedAt.toLocalTime().date()});
    m_report = report;
}

void SubmittedEnrollmentDialog::savePdf()
{
    if (!m_report)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("enrollment-decision-%1.pdf").arg(m_enrollment.evaluatedOn.toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the decision report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_report->writePdf(file, &error)) {
        m_problem->setText(error);
        m_problem->show();
    }
}

void SubmittedEnrollmentDialog::retranslateUi()
{
    const Enrollment& e = m_enrollment;
    const QString what = e.competency.isEmpty() ? DisplayNames::path(e.path)
                                                : tr("%1, %2").arg(DisplayNames::path(e.path), e.competency);
    setWindowTitle(tr("Submitted enrollment"));
    m_heading->setText(what);
    m_intro->setText(
        tr("Submitted on %1 with rule set %2; read only. The decision below is the rules engine's again "
           "for %3, the day it was evaluated on.")
            .arg(form::longDate(e.submittedAt.toLocalTime().date()),
                 ruleSetName(e.ruleSetId, e.ruleSetSha256,
                             m_report ? m_report->decision.ruleSetProvenance : QString()),
                 form::longDate(e.evaluatedOn)));
    if (m_report) {
        m_text->setHtml(m_report->html());
    } else {
        m_text->clear();
        m_problem->setText(m_error);
        m_problem->show();
    }
    m_pdf->setText(tr("Save as P&DF..."));
    m_print->setText(tr("P&rint..."));
    m_close->setText(tr("&Close"));
    m_pdf->setEnabled(m_report.has_value());
    m_print->setEnabled(m_report.has_value());
    m_text->setAccessibleName(tr("Decision report"));
}

} // namespace lp
