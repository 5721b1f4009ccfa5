// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "security/session.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace lp {

// The steps of the getting-started checklist (docs/architecture.md#reminders-and-getting-started), in order.
enum class ChecklistStep {
    AddPeople,       // at least one MCT and one exam pass on record
    ImportInvoices,  // at least one KPI record (purchase) on record
    CheckDashboard,  // this account has opened the KPI dashboard
    StartEnrollment, // an enrollment of the partner exists: a draft, submitted, active or withdrawn
};

struct ChecklistItem
{
    ChecklistStep step = ChecklistStep::AddPeople;
    bool done = false;

    bool operator==(const ChecklistItem&) const = default;
};

struct Checklist
{
    bool applies = false;   // only the roles that can do every step get one
    bool dismissed = false; // the account closed it
    QList<ChecklistItem> items;

    int doneCount() const;
    bool done() const { return doneCount() == items.size(); }
    // Shown while it applies, is not dismissed, and a step is left.
    bool visible() const { return applies && !dismissed && !done(); }
};

// What is done of the first steps with a new desk. Steps on the partner's data are read from the data; the
// dashboard is recorded per account, and so is dismissing the list (table user_marks).
class GettingStartedService
{
public:
    explicit GettingStartedService(Database& db) : m_db(db) {}

    // A role that cannot enroll, import and add people gets a checklist that does not apply.
    Result<Checklist> checklist(const Session& session) const;
    // Records that the account looked at the KPI dashboard (a role without a checklist: nothing).
    Status markDashboardChecked(const Session& session, const QDateTime& at);
    Status dismiss(const Session& session, const QDateTime& at);

    static bool applies(Role role);

private:
    Database& m_db;
};

} // namespace lp
