// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/partnerservice.h"
#include "shell/workspace.h"

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

class GettingStartedPanel;

// The partner at a glance: profile, memberships, and what the KPIs will be built from.
class OverviewWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit OverviewWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void refresh() override;
    // Support looks at one partner at a time.
    void setPartner(qint64 partnerId);

protected:
    void retranslateUi() override;

private:
    void fill();
    void fillSubmitted();
    void editProfile();
    void addMembership();
    void removeMembership();
    void exportCalendar();

    qint64 m_partnerId = 0;
    std::optional<PartnerOverview> m_overview;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    GettingStartedPanel* m_gettingStarted = nullptr;
    QGroupBox* m_profileBox = nullptr;
    QFormLayout* m_profile = nullptr;
    QGroupBox* m_membershipBox = nullptr;
    QTableWidget* m_memberships = nullptr;
    QLabel* m_submitted = nullptr; // enrollments submitted, not memberships yet
    QPushButton* m_editProfile = nullptr;
    QPushButton* m_addMembership = nullptr;
    QPushButton* m_removeMembership = nullptr;
    QLabel* m_expiring = nullptr;
    QGroupBox* m_renewalBox = nullptr;
    QLabel* m_renewals = nullptr;
    QPushButton* m_exportCalendar = nullptr;
    QGroupBox* m_evidenceBox = nullptr;
    QFormLayout* m_evidence = nullptr;
};

} // namespace lp
