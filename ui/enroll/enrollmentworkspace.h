// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enrollment.h"
#include "shell/workspace.h"

#include <QDate>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

class EnrollmentWizard;
class SubmittedEnrollmentDialog;

// The partner's enrollments: those submitted and the drafts, which resume in the wizard.
// Partner admins and account admins start the wizard here; other roles read.
class EnrollmentWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit EnrollmentWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Enrollment"); }
    void refresh() override;

    // The day the wizard evaluates on (today; tests fix it).
    void setToday(const QDate& today) { m_today = today; }
    // Opens the wizard, on the draft when one is given; returns when it closes.
    void openWizard(const Enrollment* draft = nullptr);

signals:
    void wizardOpened(EnrollmentWizard* wizard);
    void submittedOpened(SubmittedEnrollmentDialog* dialog);

protected:
    void retranslateUi() override;

private:
    const Enrollment* selectedDraft() const;
    void discardSelected();
    // A submitted enrollment, read only, with its decision report (Enter or a double click).
    void openSubmitted();
    void updateButtons();

    qint64 m_partnerId = 0;
    QDate m_today = QDate::currentDate();
    bool m_canEnroll = false;
    QList<Enrollment> m_enrollments;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_confirmation = nullptr; // what the last Submit wrote
    QLabel* m_problem = nullptr;
};

} // namespace lp
