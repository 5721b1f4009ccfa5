// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "calendarservice.h"

#include "domain/displayformat.h"
#include "rules/kpicalendar.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/listingrepository.h"
#include "storage/partnerrepository.h"
#include "storage/trainerrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace lp {
namespace {

QString day(const QDate& d)
{
    return display::longDate(d);
}

} // namespace

Result<QList<CalendarEvent>> CalendarService::events(const Session& session, qint64 partnerId,
                                                     const QDate& today) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).require(partnerId);
    if (!partner)
        return partner.error();
    const Partner& p = partner.value();
    const QString suffix = QStringLiteral("-%1@learnpartner").arg(p.mpnId);
    QList<CalendarEvent> events;

    // The anniversary and the renewal reminders of docs/rules.md#competency-renewal-reminders.
    const QDate anniversary = KpiCalendar::nextAnniversary(p.anniversary, today);
    events.append(
        {QStringLiteral("anniversary") + suffix, anniversary, anniversary,
         QCoreApplication::translate("lp::CalendarService", "Membership anniversary"),
         QCoreApplication::translate("lp::CalendarService",
                                     "Renewals are measured on the KPIs of the 12 months before this date."),
         true});
    events.append(
        {QStringLiteral("renewal-before-%1").arg(anniversary.toString(Qt::ISODate)) + suffix,
         anniversary.addDays(-kReminderDaysBefore), anniversary.addDays(-kReminderDaysBefore),
         QCoreApplication::translate("lp::CalendarService",
                                     "Renewal reminder: the anniversary is in 15 days"),
         QCoreApplication::translate("lp::CalendarService", "Anniversary on %1.").arg(day(anniversary))});
    events.append({QStringLiteral("renewal-after-%1").arg(anniversary.toString(Qt::ISODate)) + suffix,
                   anniversary.addDays(kReminderDaysAfter), anniversary.addDays(kReminderDaysAfter),
                   QCoreApplication::translate("lp::CalendarService",
                                               "Renewal reminder: 23 days after the anniversary"),
                   QCoreApplication::translate("lp::CalendarService", "The anniversary was on %1.")
                       .arg(day(anniversary))});

    // The next monthly KPI reports (docs/rules.md#monthly-kpi-report), on the rule set's report day.
    const auto rules = RuleSetService::inForce(m_db, today);
    const KpiCalendar calendar(rules ? rules->reportDay : 15, rules ? rules->windowMonths : 12);
    QDate report = calendar.nextReportDate(today);
    for (int i = 0; i < kReportsAhead; ++i) {
        const DateRange window = calendar.coverageWindow(report);
        events.append({QStringLiteral("report-%1").arg(report.toString(Qt::ISODate)) + suffix, report, report,
                       QCoreApplication::translate("lp::CalendarService", "KPI report published"),
                       QCoreApplication::translate("lp::CalendarService", "It covers %1 to %2.")
                           .arg(day(window.from), day(window.to))});
        report = calendar.nextReportDate(report);
    }

    // Directory listing requests waiting for, or sent in, a batch
    // (docs/rules.md#listing-batch-and-visibility).
    auto listings = ListingRepository(m_db).listForPartner(partnerId);
    if (!listings)
        return listings.error();
    for (const ListingRequest& r : listings.value()) {
        if (r.status == ListingStatus::Queued) {
            const QDate from(r.batchMonth.year(), r.batchMonth.month(), 15);
            events.append(
                {QStringLiteral("listing-batch-%1").arg(r.id) + suffix, from, from.addDays(6),
                 QCoreApplication::translate("lp::CalendarService", "Directory listing batch week"),
                 QCoreApplication::translate("lp::CalendarService",
                                             "The request \"%1\" is sent to the directory this week.")
                     .arg(r.displayName)});
        }
        if ((r.status == ListingStatus::Queued || r.status == ListingStatus::SentInBatch) &&
            r.visibleOn >= today)
            events.append(
                {QStringLiteral("listing-visible-%1").arg(r.id) + suffix, r.visibleOn, r.visibleOn,
                 QCoreApplication::translate("lp::CalendarService", "Directory listing visible by today"),
                 r.landingUrl});
    }

    // Memberships: the Action Pack's expiry and its renewal window, competencies' ends.
    auto memberships = PartnerRepository(m_db).memberships(partnerId);
    if (!memberships)
        return memberships.error();
    // docs/rules.md#action-pack-renewal: the window is the rule set's (30 days without one in force).
    const int renewalDays = rules ? rules->actionPackRenewalWindowDays : kActionPackRenewalDays;
    for (const Membership& m : memberships.value()) {
        if (m.to.addDays(renewalDays) < today)
            continue;
        if (m.type == MembershipType::ActionPack) {
            events.append(
                {QStringLiteral("actionpack-expiry-%1").arg(m.id) + suffix,
                 m.to,
                 m.to,
                 QCoreApplication::translate("lp::CalendarService", "Action Pack subscription expires"),
                 {}});
            events.append({QStringLiteral("actionpack-renewal-%1").arg(m.id) + suffix, m.to.addDays(1),
                           m.to.addDays(renewalDays),
                           QCoreApplication::translate("lp::CalendarService", "Action Pack renewal window"),
                           QCoreApplication::translate(
                               "lp::CalendarService",
                               "The Action Pack is renewed only after it has expired, within %1 days.")
                               .arg(renewalDays)});
        } else {
            events.append(
                {QStringLiteral("membership-end-%1").arg(m.id) + suffix,
                 m.to,
                 m.to,
                 QCoreApplication::translate("lp::CalendarService", "%1 competency membership ends: %2")
                     .arg(m.type == MembershipType::Gold ? QStringLiteral("Gold") : QStringLiteral("Silver"),
                          m.competency),
                 {}});
        }
    }

    // The MCTs' end dates: the MCT requirement depends on them (docs/rules.md#learning-action-pack,
    // docs/rules.md#active-mcts).
    auto trainers = TrainerRepository(m_db).list(partnerId);
    if (!trainers)
        return trainers.error();
    for (const Trainer& t : trainers.value()) {
        if (t.validTo >= today)
            events.append(
                {QStringLiteral("mct-%1").arg(t.id) + suffix,
                 t.validTo,
                 t.validTo,
                 QCoreApplication::translate("lp::CalendarService", "MCT ends: %1 (%2)").arg(t.name, t.mctId),
                 {}});
    }
    return events;
}

Result<QByteArray> CalendarService::exportIcs(const Session& session, qint64 partnerId, const QDate& today,
                                              const QDateTime& stamp) const
{
    auto list = events(session, partnerId, today);
    if (!list)
        return list.error();
    auto partner = PartnerRepository(m_db).findById(partnerId);
    const QString name = partner && partner->has_value() ? (*partner)->name : QString();
    return ICalendar::write(
        list.value(), stamp,
        QCoreApplication::translate("lp::CalendarService", "Learning Partner dates: %1").arg(name));
}

} // namespace lp
