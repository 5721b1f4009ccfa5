// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentanswers.h"
#include "enrollmentdraftcontroller.h"
#include "enrollmentpageid.h"
#include "widgets/retranslating.h"

#include <QDate>
#include <QWizard>

namespace lp {

struct AppContext;

// The enrollment wizard: one QWizard for the three paths of docs/rules.md#enrollment-paths, one page class a
// file, pages chosen by their nextId(). It computes nothing itself: the pages show what the
// EnrollmentDraftController says, which asks EnrollmentService, on the rule set in force today.
// The wizard moves between pages, and asks on closing whether to keep the answers as a draft.
class EnrollmentWizard : public Retranslating<QWizard>
{
    Q_OBJECT

public:
    EnrollmentWizard(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent = nullptr);

    // Restores a draft's answers and walks forward to the page it was left on.
    void resume(const Enrollment& draft);

    EnrollmentDraftController& draft() { return *m_draft; }
    const EnrollmentDraftController& draft() const { return *m_draft; }
    // Shorthands for the draft's: the workspace, tests and benches drive the wizard by them.
    EnrollmentAnswers& answers() { return m_draft->answers(); }
    const EnrollmentAnswers& answers() const { return m_draft->answers(); }
    bool canEnroll() const { return m_draft->canEnroll(); }
    Result<EnrollmentService::KpiLines> kpiLines() { return m_draft->kpiLines(); }
    Result<DecisionReport> report() { return m_draft->report(); }
    const std::optional<Enrollment>& submitted() const { return m_draft->submitted(); }
    // Writes the enrollment; false with draft().submitError() set when the service refuses it.
    bool submit() { return m_draft->submit(currentId()); }
    // Saves the answers as the draft of their path and competency; false (and says why) on failure.
    bool saveDraft();

    void reject() override;
    // The workspace a "where to fix it" button asked for; the wizard closed for it (FixPointer).
    const std::optional<WorkspaceKind>& fixTarget() const { return m_fixTarget; }

protected:
    void retranslateUi() override;

private:
    // The gold fallback chose `path`: the pages of that path, the answers kept.
    void continueOn(Path path);
    // Closes the wizard, the answers kept as a draft, for the user to fix something in `kind`.
    void goFix(WorkspaceKind kind);
    // A page shown gives the focus to its first control a Tab reaches among those shown (QWizard
    // may leave it on a control the page keeps hidden, such as the fallback banner's button).
    void focusFirstShownControl();

    EnrollmentDraftController* m_draft;
    std::optional<WorkspaceKind> m_fixTarget;
};

} // namespace lp
