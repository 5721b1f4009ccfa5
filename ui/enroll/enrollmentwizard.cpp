// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentwizard.h"

#include "actionpackprofilepage.h"
#include "actionpacksubscriptionpage.h"
#include "commitmentpage.h"
#include "competencypage.h"
#include "domain/messages.h"
#include "examspage.h"
#include "help/helptopics.h"
#include "help/helpwindow.h"
#include "kpipage.h"
#include "offerpage.h"
#include "startpage.h"
#include "summarypage.h"
#include "trainerspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QWhatsThis>

namespace lp {

EnrollmentWizard::EnrollmentWizard(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent)
    : Retranslating<QWizard>(parent), m_draft(new EnrollmentDraftController(context, partnerId, today, this))
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);

    using Id = EnrollmentPageId;
    setPage(int(Id::Start), new StartPage(m_draft));
    setPage(int(Id::ActionPackTrainers), new TrainersPage(m_draft, TrainersPage::For::ActionPack));
    setPage(int(Id::ActionPackSubscription), new ActionPackSubscriptionPage(m_draft));
    setPage(int(Id::ActionPackProfile), new ActionPackProfilePage(m_draft));
    setPage(int(Id::Competency), new CompetencyPage(m_draft));
    setPage(int(Id::Commitment), new CommitmentPage(m_draft));
    setPage(int(Id::Trainers), new TrainersPage(m_draft, TrainersPage::For::Tier));
    setPage(int(Id::Exams), new ExamsPage(m_draft));
    setPage(int(Id::Kpi), new KpiPage(m_draft));
    setPage(int(Id::Offer), new OfferPage(m_draft));
    setPage(int(Id::Summary), new SummaryPage(m_draft));
    setStartId(int(Id::Start));
    connect(m_draft, &EnrollmentDraftController::continuedOn, this, &EnrollmentWizard::continueOn);
    connect(m_draft, &EnrollmentDraftController::fixRequested, this, &EnrollmentWizard::goFix);
    connect(this, &QWizard::currentIdChanged, this, &EnrollmentWizard::focusFirstShownControl);
    // F1: the guide at this page (docs/guide/*/requirements.md); Shift+F1: What's This? on a field.
    auto* help = new QAction(this);
    help->setShortcut(QKeySequence::HelpContents);
    connect(help, &QAction::triggered, this,
            [this] { HelpWindow::showTopic(HelpTopics::forWidget(currentPage()), this); });
    addAction(help);
    addAction(QWhatsThis::createAction(this));
    resize(820, 640);
    // Small enough for a laptop, large enough that no page cuts its texts (tst_layout_i18n).
    setMinimumSize(720, 560);
    retranslateUi();
}

void EnrollmentWizard::continueOn(Path path)
{
    if (path == Path::ActionPack) {
        // The Action Pack has pages of its own: walk back to the start and forward to them.
        while (currentId() != int(EnrollmentPageId::Start) && currentId() != -1)
            back();
        next();
        if (currentPage()->isComplete())
            next();
        return;
    }
    // Silver asks the same questions as gold: the page stays, its verdicts change.
    if (auto* page = qobject_cast<EnrollmentPage*>(currentPage()))
        page->refresh();
}

void EnrollmentWizard::focusFirstShownControl()
{
    QWidget* page = currentPage();
    QWidget* focus = focusWidget();
    if (!page || (focus && focus->isVisible()))
        return;
    // The page's controls in Tab order; the chain is a ring, so a turn ends it.
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (QAbstractButton* next = button(nextId() == -1 ? QWizard::FinishButton : QWizard::NextButton);
        next->isVisible() && next->isEnabled())
        next->setFocus(Qt::TabFocusReason);
}

void EnrollmentWizard::goFix(WorkspaceKind kind)
{
    m_fixTarget = kind;
    // The answers wait as a draft while the user fixes what is missing.
    if (m_draft->canEnroll() && !m_draft->submitted() && m_draft->answersChanged() && !saveDraft())
        return;
    QWizard::reject();
}

void EnrollmentWizard::resume(const Enrollment& draft)
{
    m_draft->restore(draft);
    restart();
    const int target = m_draft->answers().page;
    while (currentId() != target && currentId() != int(EnrollmentPageId::Summary) &&
           currentPage()->isComplete() && nextId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused to go on (validatePage)
    }
    m_draft->markSaved();
}

bool EnrollmentWizard::saveDraft()
{
    if (Status saved = m_draft->saveDraft(currentId()); !saved) {
        QMessageBox::warning(this, tr("Draft not saved"), Messages::text(saved.error()));
        return false;
    }
    return true;
}

void EnrollmentWizard::reject()
{
    if (!m_draft->canEnroll() || m_draft->submitted() || !m_draft->answersChanged()) {
        QWizard::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Close the enrollment"),
                    tr("Save your answers as a draft? You can resume it from the Enrollment workspace."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("saveDraftQuestion"));
    QPushButton* save = box.addButton(tr("&Save draft"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveDraft"));
    QPushButton* discard = box.addButton(tr("&Discard answers"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardAnswers"));
    QPushButton* stay = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == save) {
        if (saveDraft())
            QWizard::reject();
    } else if (box.clickedButton() == discard) {
        QWizard::reject();
    }
}

void EnrollmentWizard::retranslateUi()
{
    // The pages follow (they get the event after the wizard): their decisions asked afresh, as the
    // engine's sentences are in the language of the moment.
    m_draft->forgetDecisions();
    setWindowTitle(tr("Enroll in the Learning Partner program"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
}

} // namespace lp
