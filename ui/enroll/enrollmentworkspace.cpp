// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentworkspace.h"

#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "enrollmentwizard.h"
#include "rules/rulesetbanner.h"
#include "security/authorizer.h"
#include "services/enrollmentservice.h"
#include "submittedenrollmentdialog.h"
#include "widgets/announcer.h"
#include "widgets/formhelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

EnrollmentWorkspace::EnrollmentWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_canEnroll = Authorizer::check(context.session, Permission::Enroll, m_partnerId).ok();
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newEnrollment"));
    m_resume = new QPushButton(this);
    m_resume->setObjectName(QStringLiteral("resumeDraft"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    for (QPushButton* b : {m_new, m_resume, m_discard}) {
        b->setVisible(m_canEnroll); // the core refuses other roles; the UI does not offer it
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_confirmation = form::confirmationLabel(this, "enrollmentConfirmation");
    layout->addWidget(m_confirmation);

    m_table = form::listTable(this, "enrollments", 7);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("enrollmentsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);

    connect(m_new, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const Enrollment* d = selectedDraft())
            openWizard(d);
    });
    connect(m_discard, &QPushButton::clicked, this, &EnrollmentWorkspace::discardSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EnrollmentWorkspace::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (const Enrollment* d = selectedDraft(); d && m_canEnroll)
            openWizard(d);
        else
            openSubmitted();
    });
    // New enrollment where the role may enroll, else the list of enrollments.
    setMainControl(m_canEnroll ? static_cast<QWidget*>(m_new) : m_table);
    retranslateUi();
}

void EnrollmentWorkspace::refresh()
{
    auto list = EnrollmentService(m_context.db).enrollments(m_context.session, m_partnerId);
    m_problem->setVisible(!list);
    if (!list) {
        m_problem->setText(Messages::text(list.error()));
        return;
    }
    m_enrollments = list.value();
    m_table->setRowCount(int(m_enrollments.size()));
    for (int i = 0; i < m_enrollments.size(); ++i) {
        const Enrollment& e = m_enrollments[i];
        const QDateTime when = e.status == EnrollmentStatus::Draft ? e.updatedAt : e.submittedAt;
        const QStringList cells{DisplayNames::path(e.path),
                                e.competency,
                                DisplayNames::evaluationKind(e.kind),
                                DisplayNames::enrollmentStatus(e.status),
                                ruleSetName(e.ruleSetId, e.ruleSetSha256, {}),
                                display::shortDate(e.evaluatedOn),
                                display::shortDateTime(when)};
        form::setRow(m_table, i, cells);
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_enrollments.isEmpty());
    m_empty->setVisible(m_enrollments.isEmpty());
    updateButtons();
}

void EnrollmentWorkspace::openSubmitted()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_enrollments.size() || m_enrollments[row].status == EnrollmentStatus::Draft)
        return;
    SubmittedEnrollmentDialog dialog(m_context, m_enrollments[row], this);
    emit submittedOpened(&dialog);
    dialog.exec();
}

const Enrollment* EnrollmentWorkspace::selectedDraft() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_enrollments.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    const Enrollment& e = m_enrollments[row];
    return e.status == EnrollmentStatus::Draft ? &e : nullptr;
}

void EnrollmentWorkspace::updateButtons()
{
    const bool draft = selectedDraft() != nullptr;
    m_resume->setEnabled(draft);
    m_discard->setEnabled(draft);
    const QString why = draft ? QString() : tr("Select a draft in the list first.");
    m_resume->setToolTip(why);
    m_discard->setToolTip(why);
}

void EnrollmentWorkspace::openWizard(const Enrollment* draft)
{
    std::optional<form::BusyCursor> busy(
        std::in_place); // the partner's snapshot: a second on a million purchases
    EnrollmentWizard wizard(m_context, m_partnerId, m_today, this);
    if (draft)
        wizard.resume(*draft);
    busy.reset();
    emit wizardOpened(&wizard);
    wizard.exec();
    refresh();
    // Every action answers (docs/architecture.md#every-action-answers): what Submit wrote.
    if (const auto& e = wizard.submitted()) {
        const QString what = e->competency.isEmpty()
                                 ? DisplayNames::path(e->path)
                                 : DisplayNames::path(e->path) + QStringLiteral(" \u2014 ") + e->competency;
        m_confirmation->setText(
            tr("Enrollment %1 submitted on %2: %3, on rule set %4.")
                .arg(e->id)
                .arg(form::longDate(e->submittedAt.toLocalTime().date()), what, e->ruleSetId));
        a11y::announce(m_confirmation, m_confirmation->text());
        emit confirmed(m_confirmation->text());
    }
    if (const auto& where = wizard.fixTarget())
        emit workspaceRequested(*where);
}

void EnrollmentWorkspace::discardSelected()
{
    const Enrollment* d = selectedDraft();
    if (!d)
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard the draft"),
                    tr("Discard the draft of %1? Its answers are lost.")
                        .arg(d->competency.isEmpty()
                                 ? DisplayNames::path(d->path)
                                 : DisplayNames::path(d->path) + QStringLiteral(" \u2014 ") + d->competency),
                    QMessageBox::NoButton, this);
    QPushButton* yes = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* no = box.addButton(tr("&Keep"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (Status s = EnrollmentService(m_context.db).discardDraft(m_context.session, m_partnerId, d->id); !s) {
        m_problem->setText(Messages::text(s.error()));
        m_problem->show();
    }
    refresh();
}

void EnrollmentWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        m_canEnroll
            ? tr("Enroll in the Learning Action Pack or in the silver or gold Learning option of a "
                 "competency. "
                 "The wizard says what the rules engine decides at each step; a draft keeps your answers.")
            : tr("The enrollments of your organization. Only MPN partner admins and account admins enroll."));
    m_new->setText(tr("&New enrollment..."));
    m_resume->setText(tr("&Resume draft"));
    m_discard->setText(tr("D&iscard draft"));
    m_table->setHorizontalHeaderLabels({tr("Path"), tr("Competency"), tr("Kind"), tr("Status"),
                                        tr("Rule set"), tr("Evaluated on"), tr("Last change")});
    m_table->setAccessibleName(tr("Enrollments and drafts (Enter opens a submitted one, read only)"));
    m_empty->setText(m_canEnroll
                         ? tr("No enrollment yet. Your submitted enrollments and your drafts appear here: "
                              "start one with New enrollment; closing the wizard keeps a draft.")
                         : tr("No enrollment yet. Submitted enrollments and drafts appear here once an MPN "
                              "partner admin or account admin starts one."));
    if (isVisible())
        refresh();
}

} // namespace lp
