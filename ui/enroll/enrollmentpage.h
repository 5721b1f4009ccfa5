// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpageid.h"
#include "widgets/retranslating.h"

#include <QWizardPage>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace lp {

class EnrollmentDraftController;

// What every page of the enrollment wizard shares: the draft it reads and edits (never a service),
// answers kept when going Back, and a refresh each time the page is shown (the path may have
// changed behind it) or the language changes while it is.
class EnrollmentPage : public Retranslating<QWizardPage>
{
    Q_OBJECT

public:
    explicit EnrollmentPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void cleanupPage() override {} // Back keeps what was entered
    void initializePage() override;
    // Shows the draft and the engine's verdicts on it as they are now.
    virtual void refresh() {}

protected:
    // A step the user records: a checkbox saying it is done and the date it was done on.
    struct Step
    {
        QCheckBox* done;
        QDateEdit* on;
        QLabel* onLabel;
    };
    // Adds a step's rows to `form`: the checkbox named `name`, the date named `name` + "On".
    Step addStep(QFormLayout* form, const char* name);

    // A label of running text that opens its links in the browser.
    QLabel* textLabel();
    static QString link(const QString& url, const QString& text);
    // The page's error line (the service's refusal, a date out of range); hidden when empty.
    static void showProblem(QLabel* label, const QString& text);
    static int id(EnrollmentPageId page) { return int(page); }
    // Makes the running text of the page a Tab stop only where it holds a link.
    void linksByKeyboard();

    void changeEvent(QEvent* event) override;

    EnrollmentDraftController* m_draft;

private:
    // Says, on screen and to screen readers, that what the page asks is now done (the page became
    // complete while shown); hidden again when it is undone.
    void sayWhetherMet();
    static QString metText();
    QLabel* m_met = nullptr;
    bool m_wasComplete = false;
};

} // namespace lp
