// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/membership.h"
#include "domain/partner.h"
#include "security/session.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lp {

// What the overview shows of one partner.
struct PartnerOverview
{
    Partner partner;
    QList<Membership> memberships;
    int trainers = 0;
    int activeTrainers = 0;   // MCTs valid on the day asked for
    int expiringTrainers = 0; // of those, ending within PeopleService::kExpiryWarningDays
    int examPasses = 0;
    qint64 purchases = 0;
    // Renewals (docs/rules.md#competency-renewal-reminders): the next anniversary and its reminders, the
    // COVID-19 extension (docs/rules.md#covid-19-extension) for the competencies it covers, the Action Pack's
    // renewal window after its expiry.
    QDate nextAnniversary;
    QDate reminderBefore;
    QDate reminderAfter;
    QStringList covidExtended;
    QDate actionPackRenewalFrom;
    QDate actionPackRenewalTo;
};

// Partners: creation (first run, command line), reading, and the partner profile.
class PartnerService
{
public:
    explicit PartnerService(Database& db) : m_db(db) {}

    // Field-level validation of a partner (MPN ID, name, country, anniversary).
    // The longest MPN ID taken (docs/rules.md#input-bounds).
    static constexpr int kMpnIdMaxDigits = 12;
    // Every problem of `partner` at once (a form lists them all); validate() gives the first.
    static QList<Error> problems(const Partner& partner);
    static Status validate(const Partner& partner);
    static QJsonObject toJson(const Partner& partner);

    // Adds a partner as `actor` (the command line, or first-run set-up), audited.
    Result<Partner> add(const Actor& actor, Partner partner);
    Result<Partner> get(const Session& session, qint64 partnerId) const;
    // For the command-line operator, who has the database itself: the partner of an MPN ID
    // (NOT_FOUND on the field "partner" when there is none).
    Result<Partner> findByMpnId(const QString& mpnId) const;
    Result<QList<Partner>> list(const Session& session) const;
    Result<QList<Membership>> memberships(const Session& session, qint64 partnerId) const;
    Result<PartnerOverview> overview(const Session& session, qint64 partnerId, const QDate& today) const;

    // The partner profile (name, country, anniversary; the MPN ID as well) and memberships.
    static Status validate(const Membership& membership);
    Result<Partner> updateProfile(const Session& session, const Partner& partner);
    Result<Membership> addMembership(const Session& session, qint64 partnerId, Membership membership);
    Status removeMembership(const Session& session, qint64 partnerId, qint64 membershipId);

private:
    Database& m_db;
};

} // namespace lp
