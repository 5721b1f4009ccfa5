// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/listingrequest.h"
#include "domain/partner.h"
#include "rules/listingcheck.h"
#include "shell/workspace.h"

#include <QList>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lp {

class CountryComboBox;

// The partner's Learning Partner directory listing (docs/rules.md#directory-listing): the request form,
// checked as it is typed (each problem said at its field), the batch week and the date it should be visible,
// and the requests already made with their status.
class DirectoryWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit DirectoryWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Directory listing"); }
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void check();
    void submit();
    void saveDraft();
    void withdrawSelected();
    void updateWithdraw();
    ListingInput input() const;
    void fillRequests();

    qint64 m_partnerId = 0;
    Partner m_partner;
    QList<ListingRequest> m_requests;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QGroupBox* m_formBox = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    CountryComboBox* m_country = nullptr;
    QLineEdit* m_url = nullptr;
    QCheckBox* m_aboutPartner = nullptr;
    QCheckBox* m_noCompetitors = nullptr;
    QCheckBox* m_owned = nullptr;
    QList<QLabel*> m_problems; // one under each field, in form order
    QList<bool> m_touched;     // a field's problem is said once the person has been there
    QLabel* m_schedule = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_duplicate = nullptr;    // why Send is disabled: the same request was sent already
    QLabel* m_confirmation = nullptr; // what the last Send or Withdraw wrote
    QPushButton* m_withdraw = nullptr;
    bool m_canRequest = false;
    QGroupBox* m_requestsBox = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace lp
