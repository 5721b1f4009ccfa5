// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "notificationservice.h"

#include "calendarservice.h"
#include "caseservice.h"
#include "peopleservice.h"
#include "rules/kpicalendar.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/partnerrepository.h"
#include "storage/trainerrepository.h"
#include "storage/usermarkrepository.h"

#include <algorithm>

namespace lp {
namespace {

const QString kAnnounced = QStringLiteral("announced:");
const QString kRead = QStringLiteral("read:");

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<QList<Notice>> NotificationService::due(const Session& session, const QDate& today) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, session.partnerId()); !s)
        return s.error();
    auto marks = UserMarkRepository(m_db).marks(session.user.id);
    if (!marks)
        return marks.error();
    QSet<QString> read;
    for (const QString& m : marks.value())
        if (m.startsWith(kRead))
            read.insert(m.mid(kRead.size()));

    auto notices =
        isSupportRole(session.role()) ? supportNotices(session, today) : partnerNotices(session, today, read);
    if (!notices)
        return notices.error();
    QList<Notice> list = notices.value();
    for (Notice& n : list) {
        n.announced = marks->contains(kAnnounced + n.key);
        n.read = read.contains(n.key);
    }
    std::stable_sort(list.begin(), list.end(), [](const Notice& a, const Notice& b) {
        if (a.isNew() != b.isNew())
            return a.isNew();
        return a.date < b.date;
    });
    return list;
}

Result<QList<Notice>> NotificationService::partnerNotices(const Session& session, const QDate& today,
                                                          const QSet<QString>& read) const
{
    const qint64 pid = session.partnerId();
    auto partner = PartnerRepository(m_db).require(pid);
    if (!partner)
        return partner.error();
    const QString p = QString::number(pid);
    // A viewer cannot renew: its reminders open the Overview, where the dates are.
    const NoticePlace renewPlace = Authorizer::allows(session.role(), Permission::Enroll)
                                       ? NoticePlace::Enrollment
                                       : NoticePlace::Overview;
    QList<Notice> out;

    // docs/rules.md#competency-renewal-reminders: 15 days ahead of the anniversary until it comes; 23 days
    // after the one that passed, for kRenewalPastDays.
    const QDate anniversary = partner->anniversary;
    const QDate next = KpiCalendar::nextAnniversary(anniversary, today);
    if (today >= next.addDays(-CalendarService::kReminderDaysBefore)) {
        Notice n;
        n.key = QStringLiteral("renewal-ahead:%1:%2").arg(p, iso(next));
        n.kind = NoticeKind::RenewalAhead;
        n.place = renewPlace;
        n.date = next;
        out.append(n);
    }
    const QDate past = KpiCalendar::anniversaryIn(anniversary, next.year() - 1);
    const QDate pastReminder = past.addDays(CalendarService::kReminderDaysAfter);
    if (past > anniversary && today >= pastReminder && today < pastReminder.addDays(kRenewalPastDays)) {
        Notice n;
        n.key = QStringLiteral("renewal-past:%1:%2").arg(p, iso(past));
        n.kind = NoticeKind::RenewalPast;
        n.place = renewPlace;
        n.date = past;
        out.append(n);
    }

    // docs/rules.md#action-pack-renewal: an expired Action Pack not yet renewed, while its window is open.
    auto memberships = PartnerRepository(m_db).memberships(pid);
    if (!memberships)
        return memberships.error();
    const auto rules = RuleSetService::inForce(m_db, today);
    const int renewalDays =
        rules ? rules->actionPackRenewalWindowDays : CalendarService::kActionPackRenewalDays;
    const bool actionPackActive =
        std::any_of(memberships->cbegin(), memberships->cend(), [&](const Membership& m) {
            return m.type == MembershipType::ActionPack && m.isActiveOn(today);
        });
    for (const Membership& m : memberships.value()) {
        if (m.type != MembershipType::ActionPack || actionPackActive || today <= m.to ||
            today > m.to.addDays(renewalDays))
            continue;
        Notice n;
        n.key = QStringLiteral("actionpack-renewal:%1:%2").arg(m.id).arg(iso(m.to));
        n.kind = NoticeKind::ActionPackRenewal;
        n.place = renewPlace;
        n.date = m.to.addDays(renewalDays);
        out.append(n);
    }

    // docs/rules.md#expiring-trainers
    auto trainers = TrainerRepository(m_db).list(pid);
    if (!trainers)
        return trainers.error();
    for (const Trainer& t : trainers.value()) {
        if (!PeopleService::expiresSoon(t, today))
            continue;
        Notice n;
        n.key = QStringLiteral("mct-ending:%1:%2").arg(t.id).arg(iso(t.validTo));
        n.kind = NoticeKind::TrainerEnding;
        n.place = NoticePlace::People;
        n.date = t.validTo;
        n.subject = t.name;
        n.reference = t.mctId;
        out.append(n);
    }

    // Cases support has answered: listed until read, and for kCaseAnsweredDays after the answer.
    auto cases = CaseService(m_db).casesForPartner(session, pid);
    if (!cases)
        return cases.error();
    for (const DiscrepancyCase& c : cases.value()) {
        if (c.status != CaseStatus::Corrected && c.status != CaseStatus::Rejected)
            continue;
        const QString key = QStringLiteral("case-answered:%1").arg(c.id);
        const QDate answered = c.resolvedAt.toLocalTime().date();
        if (read.contains(key) && answered.addDays(kCaseAnsweredDays) < today)
            continue;
        Notice n;
        n.key = key;
        n.kind = NoticeKind::CaseAnswered;
        n.place = NoticePlace::Cases;
        n.date = answered;
        n.subject = c.invoiceNumber;
        n.caseId = c.id;
        out.append(n);
    }
    return out;
}

Result<QList<Notice>> NotificationService::supportNotices(const Session& session, const QDate& today) const
{
    QList<Notice> out;
    // Only the roles that resolve cases have a queue to be told about.
    if (!Authorizer::allows(session.role(), Permission::ResolveCase))
        return out;
    auto open = CaseService(m_db).openCases(session, today);
    if (!open)
        return open.error();
    for (const CaseSummary& s : open.value()) {
        Notice n;
        n.key = QStringLiteral("case-filed:%1").arg(s.discrepancyCase.id);
        n.kind = NoticeKind::CaseFiled;
        n.place = NoticePlace::CaseQueue;
        n.date = s.discrepancyCase.filedAt.toLocalTime().date();
        n.subject = s.discrepancyCase.invoiceNumber;
        n.reference = s.partnerName;
        n.caseId = s.discrepancyCase.id;
        out.append(n);
    }
    return out;
}

Status NotificationService::markAnnounced(const Session& session, const QStringList& keys,
                                          const QDateTime& at)
{
    return mark(session, kAnnounced, keys, at);
}

Status NotificationService::markRead(const Session& session, const QStringList& keys, const QDateTime& at)
{
    return mark(session, kRead, keys, at);
}

Status NotificationService::mark(const Session& session, const QString& prefix, const QStringList& keys,
                                 const QDateTime& at)
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, session.partnerId()); !s)
        return s;
    QStringList marks;
    for (const QString& key : keys)
        marks << prefix + key;
    return m_db.transaction([&] { return UserMarkRepository(m_db).add(session.user.id, marks, at); });
}

} // namespace lp
