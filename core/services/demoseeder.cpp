// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "demoseeder.h"

#include "accountservice.h"
#include "auditlog.h"
#include "partnerservice.h"
#include "storage/exampassrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"

#include <QRandomGenerator>

namespace lp {
namespace {

const QString kDataAnalytics = QStringLiteral("Data Analytics");
const QString kCloudPlatform = QStringLiteral("Cloud Platform");

Status seedPeople(Database& db, qint64 partnerId, const QDate& today)
{
    TrainerRepository trainers(db);
    const QList<Trainer> mcts{
        {0, QStringLiteral("Giulia Rossi"), QStringLiteral("MCT-1001"), today.addYears(-3),
         today.addYears(1)},
        {0, QStringLiteral("Paolo Conti"), QStringLiteral("MCT-1002"), today.addYears(-2), today.addDays(40)},
        {0, QStringLiteral("Sara Galli"), QStringLiteral("MCT-0977"), today.addYears(-4),
         today.addMonths(-2)},
    };
    for (const Trainer& t : mcts) {
        if (auto id = trainers.insert(partnerId, t); !id)
            return id.error();
    }
    ExamPassRepository exams(db);
    const QList<ExamPass> passes{
        {0, QStringLiteral("Marco Bianchi"), QStringLiteral("PL-300"), today.addMonths(-10), kDataAnalytics},
        {0, QStringLiteral("Elena Fontana"), QStringLiteral("DP-900"), today.addMonths(-7), kDataAnalytics},
        {0, QStringLiteral("Luca Verdi"), QStringLiteral("DP-203"), today.addMonths(-4), kDataAnalytics},
        {0, QStringLiteral("Paolo Conti"), QStringLiteral("DA-100"), today.addMonths(-2), kDataAnalytics},
        {0, QStringLiteral("Giulia Rossi"), QStringLiteral("AZ-900"), today.addMonths(-9), kCloudPlatform},
        {0, QStringLiteral("Paolo Conti"), QStringLiteral("AZ-104"), today.addMonths(-3), kCloudPlatform},
    };
    for (const ExamPass& e : passes) {
        if (auto id = exams.insert(partnerId, e); !id)
            return id.error();
    }
    return {};
}

Status seedPurchases(Database& db, qint64 partnerId, const QDate& today)
{
    // A fixed seed: every demo database tells the same story.
    QRandomGenerator random(20210115);
    const QStringList omlpTypes{
        QStringLiteral("MOC On-Demand"),       QStringLiteral("Certification exam voucher"),
        QStringLiteral("Official courseware"), QStringLiteral("Online labs"),
        QStringLiteral("Packaged set"),        QStringLiteral("Student access pass")};
    PurchaseRepository purchases(db);
    int number = 1;
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-13);
    for (QDate month = firstMonth; month <= today; month = month.addMonths(1)) {
        const int count = 2 + int(random.bounded(3));
        for (int i = 0; i < count; ++i) {
            const int day = 1 + int(random.bounded(month.daysInMonth()));
            const QDate date(month.year(), month.month(), day);
            if (date > today)
                continue;
            Purchase p;
            p.invoice = QStringLiteral("INV-%1-%2").arg(date.year()).arg(number++, 4, 10, QLatin1Char('0'));
            p.documentType = DocumentType::Invoice;
            p.invoiceDate = date;
            p.omlpType = omlpTypes[int(random.bounded(int(omlpTypes.size())))];
            p.units = 1 + int(random.bounded(5));
            p.kpiValue = p.units;
            p.revenueCents = qint64(p.units) * (25000 + qint64(random.bounded(20000)));
            p.currency = QStringLiteral("EUR");
            p.competency = random.bounded(4) == 0 ? kCloudPlatform : kDataAnalytics;
            if (auto id = purchases.insert(partnerId, p); !id)
                return id.error();
        }
    }
    // docs/rules.md#invoices-only: an order confirmation is on record, but it will never count.
    Purchase confirmation;
    confirmation.invoice = QStringLiteral("OC-%1-0001").arg(today.year());
    confirmation.documentType = DocumentType::OrderConfirmation;
    confirmation.invoiceDate = today.addDays(-20);
    confirmation.omlpType = QStringLiteral("Official courseware");
    confirmation.units = 6;
    confirmation.kpiValue = 6;
    confirmation.revenueCents = 258000;
    confirmation.currency = QStringLiteral("EUR");
    confirmation.competency = kDataAnalytics;
    if (auto id = purchases.insert(partnerId, confirmation); !id)
        return id.error();
    return {};
}

} // namespace

Result<QList<DemoSeeder::Account>> DemoSeeder::seed(Database& db, const QDate& today)
{
    const QDate anniversary = QDate(today.year(), today.month(), 1).addMonths(3).addYears(-1);
    Partner partner{0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning S.r.l."),
                    QStringLiteral("IT"), anniversary};
    const QList<std::pair<QString, Role>> people{
        {QStringLiteral("giulia.rossi"), Role::PartnerAdmin},
        {QStringLiteral("marco.bianchi"), Role::AccountAdmin},
        {QStringLiteral("frontline.support"), Role::FrontlineSupport},
        {QStringLiteral("luca.verdi"), Role::Viewer}};
    QList<Account> accounts;
    const Actor seeder{QStringLiteral("demo"), QStringLiteral("operator")};
    Status s = db.transaction([&]() -> Status {
        auto added = PartnerService(db).add(seeder, partner);
        if (!added)
            return added.error();
        const qint64 pid = added->id;
        PartnerRepository partners(db);
        const QList<Membership> memberships{
            {0, MembershipType::ActionPack, {}, true, anniversary, anniversary.addYears(1).addDays(-1)},
            {0, MembershipType::Silver, kDataAnalytics, true, anniversary,
             anniversary.addYears(1).addDays(-1)},
        };
        for (const Membership& m : memberships) {
            if (auto id = partners.addMembership(pid, m); !id)
                return id.error();
        }
        if (Status p = seedPeople(db, pid, today); !p)
            return p;
        if (Status p = seedPurchases(db, pid, today); !p)
            return p;
        AccountService service(db);
        for (const auto& [name, role] : people) {
            const QString password = PasswordHasher::generate();
            auto user =
                service.addUser(seeder, {name, role, role == Role::FrontlineSupport ? 0 : pid, password});
            if (!user)
                return user.error();
            accounts.append({name, role, password});
        }
        return {};
    });
    if (!s)
        return s.error();
    return accounts;
}

} // namespace lp
