// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "gettingstartedservice.h"

#include "security/authorizer.h"
#include "storage/enrollmentrepository.h"
#include "storage/exampassrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"
#include "storage/usermarkrepository.h"

#include <algorithm>

namespace lp {
namespace {

const QString kDashboard = QStringLiteral("checklist:dashboard");
const QString kDismissed = QStringLiteral("checklist:dismissed");

} // namespace

int Checklist::doneCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem& i) { return i.done; }));
}

bool GettingStartedService::applies(Role role)
{
    for (Permission p : {Permission::ManagePeople, Permission::ImportInvoices, Permission::Enroll})
        if (!Authorizer::allows(role, p))
            return false;
    return true;
}

Result<Checklist> GettingStartedService::checklist(const Session& session) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, session.partnerId()); !s)
        return s.error();
    Checklist c;
    if (!applies(session.role()))
        return c;
    const qint64 pid = session.partnerId();
    auto marks = UserMarkRepository(m_db).marks(session.user.id, QStringLiteral("checklist:"));
    auto trainers = TrainerRepository(m_db).list(pid);
    auto exams = ExamPassRepository(m_db).list(pid);
    auto purchases = PurchaseRepository(m_db).count(pid);
    auto enrollments = EnrollmentRepository(m_db).list(pid);
    if (!marks)
        return marks.error();
    if (!trainers)
        return trainers.error();
    if (!exams)
        return exams.error();
    if (!purchases)
        return purchases.error();
    if (!enrollments)
        return enrollments.error();
    c.applies = true;
    c.dismissed = marks->contains(kDismissed);
    c.items = {{ChecklistStep::AddPeople, !trainers->isEmpty() && !exams->isEmpty()},
               {ChecklistStep::ImportInvoices, purchases.value() > 0},
               {ChecklistStep::CheckDashboard, marks->contains(kDashboard)},
               {ChecklistStep::StartEnrollment, !enrollments->isEmpty()}};
    return c;
}

Status GettingStartedService::markDashboardChecked(const Session& session, const QDateTime& at)
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, session.partnerId()); !s)
        return s;
    if (!applies(session.role()))
        return {};
    return m_db.transaction([&] { return UserMarkRepository(m_db).add(session.user.id, {kDashboard}, at); });
}

Status GettingStartedService::dismiss(const Session& session, const QDateTime& at)
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, session.partnerId()); !s)
        return s;
    if (!applies(session.role()))
        return {};
    return m_db.transaction([&] { return UserMarkRepository(m_db).add(session.user.id, {kDismissed}, at); });
}

} // namespace lp
