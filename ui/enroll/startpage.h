// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "enrollmentpage.h"

#include "domain/enums.h"

#include <QList>
#include <QPair>

class QButtonGroup;
class QTableWidget;

namespace lp {

class RuleSetBanner;

// The first page: the path, chosen by a radio button or by a row of the table that says what
// the rules engine decides today for the Action Pack and for silver and gold of each competency.
class StartPage : public EnrollmentPage
{
    Q_OBJECT

public:
    explicit StartPage(EnrollmentDraftController* draft, QWidget* parent = nullptr);

    void refresh() override;
    int nextId() const override;
    // Not while the chosen path is already submitted for this anniversary period.
    bool isComplete() const override;

protected:
    void retranslateUi() override;

private:
    void fillPreview();
    void selectPreviewRow();
    void showAlreadySubmitted();

    QLabel* m_intro;
    RuleSetBanner* m_ruleSetBanner = nullptr;
    QButtonGroup* m_group;
    QLabel* m_previewLabel;
    QTableWidget* m_preview;
    QLabel* m_problem;
    QLabel* m_submitted; // why Next is disabled: the chosen path is submitted already
    QList<QPair<Path, QString>> m_rows;
    bool m_filling = false;
};

} // namespace lp
