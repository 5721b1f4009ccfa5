// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "accountservice.h"

#include "partnerservice.h"
#include "security/authorizer.h"
#include "security/passwordpolicy.h"
#include "security/unknownnames.h"
#include "storage/partnerrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QRegularExpression>

namespace lp {
namespace {

QJsonObject toJson(const User& u)
{
    // Never the password hash: the audit trail is readable by support.
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("role"), toString(u.role)},
            {QStringLiteral("partnerId"), u.partnerId},
            {QStringLiteral("disabled"), u.disabled}};
}

// A moment in an error's arguments: ISO 8601 in UTC, which Messages says in the reader's
// language and time zone.
QString localTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

int AccountService::waitSeconds(const Error& refusal)
{
    const bool throttled =
        refusal.code == QLatin1String("SIGN_IN_FAILED") || refusal.code == QLatin1String("SIGN_IN_TOO_SOON");
    return throttled ? refusal.args.value(0).toInt() : 0;
}

Status AccountService::validateName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    if (!re.match(name).hasMatch())
        return Error{QStringLiteral("USER_NAME_INVALID"), QStringLiteral("name"), {name}};
    return {};
}

AccountService::State AccountService::stateOf(const User& u, const QDateTime& now)
{
    if (u.disabled)
        return State::Disabled;
    if (u.isLocked(now))
        return State::Locked;
    if (u.mustChangePassword)
        return State::MustChangePassword;
    return State::Active;
}

QString AccountService::stateName(State s)
{
    switch (s) {
    case State::Active:
        return QStringLiteral("active");
    case State::MustChangePassword:
        return QStringLiteral("mustChangePassword");
    case State::Locked:
        return QStringLiteral("locked");
    case State::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

Result<bool> AccountService::needsFirstRun() const
{
    auto n = UserRepository(m_db).count();
    if (!n)
        return n.error();
    return n.value() == 0;
}

Status AccountService::insertUser(const Actor& actor, const NewUser& nu, User& out)
{
    if (Status s = validateName(nu.name); !s)
        return s;
    if (isSupportRole(nu.role) && nu.partnerId != 0)
        return Error{QStringLiteral("PARTNER_NOT_ALLOWED"), QStringLiteral("partner"), {}};
    if (!isSupportRole(nu.role) && nu.partnerId == 0)
        return Error{QStringLiteral("PARTNER_REQUIRED"), QStringLiteral("partner"), {toString(nu.role)}};
    if (Status s = PasswordPolicy::check(nu.password, nu.name); !s)
        return s;
    // Hash before the transaction: Argon2id takes a moment and needs no lock.
    auto hash = PasswordHasher::hash(nu.password, m_strength);
    if (!hash)
        return hash.error();

    return m_db.transaction([&]() -> Status {
        UserRepository users(m_db);
        auto existing = users.findByName(nu.name);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{QStringLiteral("USER_EXISTS"), QStringLiteral("name"), {nu.name}};
        if (nu.partnerId != 0) {
            auto partner = PartnerRepository(m_db).findById(nu.partnerId);
            if (!partner)
                return partner.error();
            if (!partner->has_value())
                return Error{
                    QStringLiteral("NOT_FOUND"), QStringLiteral("partner"), {QString::number(nu.partnerId)}};
        }
        User u;
        u.name = nu.name;
        u.role = nu.role;
        u.partnerId = nu.partnerId;
        u.passwordHash = hash.value();
        u.mustChangePassword = nu.mustChangePassword;
        u.createdAt = now();
        auto id = users.insert(u);
        if (!id)
            return id.error();
        u.id = id.value();
        out = u;
        return AuditLog::record(m_db, actor, QStringLiteral("user.add"), QStringLiteral("user"),
                                QString::number(u.id), u.partnerId, {}, toJson(u));
    });
}

Result<Session> AccountService::createFirstAdmin(const Partner& partner, const QString& name,
                                                 const QString& password)
{
    if (Status s = PartnerService::validate(partner); !s)
        return s.error();
    if (Status s = validateName(name); !s)
        return s.error();
    if (Status s = PasswordPolicy::check(password, name); !s)
        return s.error();
    User admin;
    Status s = m_db.transaction([&]() -> Status {
        auto first = needsFirstRun();
        if (!first)
            return first.error();
        if (!first.value())
            return Error{QStringLiteral("PERMISSION_DENIED"),
                         {},
                         {QStringLiteral("-"), QStringLiteral("first-run set-up")}};
        const Actor actor{name, toString(Role::PartnerAdmin)};
        auto added = PartnerService(m_db).add(actor, partner);
        if (!added)
            return added.error();
        return insertUser(actor, {name, Role::PartnerAdmin, added->id, password}, admin);
    });
    if (!s)
        return s.error();
    return Session{admin};
}

Result<User> AccountService::attempt(const QString& name, const QString& password)
{
    const QDateTime at = now();
    const Error failed{QStringLiteral("SIGN_IN_FAILED"), {}, {}};
    auto found = UserRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        const auto [failures, last] = UnknownNames::instance().failures(name);
        if (const qint64 wait = m_throttle.waitMs(failures, last, at); wait > 0)
            return Error{QStringLiteral("SIGN_IN_TOO_SOON"), {}, {SignInThrottle::seconds(wait)}};
        // Spend the same effort as for a real account, so timing does not tell which names exist.
        // One decoy per cost, so it costs what a real account's hash of that cost would.
        static const QString interactive =
            PasswordHasher::hash(PasswordHasher::generate(), PasswordHasher::Strength::Interactive).value();
        static const QString minimal =
            PasswordHasher::hash(PasswordHasher::generate(), PasswordHasher::Strength::Minimal).value();
        PasswordHasher::verify(m_strength == PasswordHasher::Strength::Minimal ? minimal : interactive,
                               password);
        const int count = UnknownNames::instance().fail(name, at);
        return Error{failed.code, {}, {SignInThrottle::seconds(m_throttle.delayMs(count))}};
    }
    User user = **found;
    if (user.isLocked(at))
        return Error{QStringLiteral("ACCOUNT_LOCKED"), {}, {localTime(user.lockedUntil)}};
    if (const qint64 wait = m_throttle.waitMs(user.failedAttempts, user.lastFailedAt, at); wait > 0)
        return Error{QStringLiteral("SIGN_IN_TOO_SOON"), {}, {SignInThrottle::seconds(wait)}};
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        if (m_db.isReadOnly())
            return failed;
        User after;
        Status s = m_db.transaction([&]() -> Status {
            auto counted = UserRepository(m_db).recordFailure(user.id, at, m_throttle.lockAfter,
                                                              at.addSecs(m_throttle.lockSeconds));
            if (!counted)
                return counted.error();
            after = counted.value();
            if (after.failedAttempts < m_throttle.lockAfter)
                return {};
            const Actor system{QStringLiteral("sign-in"), QStringLiteral("system")};
            return AuditLog::record(
                m_db, system, QStringLiteral("user.lock"), QStringLiteral("user"), QString::number(user.id),
                user.partnerId, {},
                {{QStringLiteral("name"), user.name},
                 {QStringLiteral("failedAttempts"), after.failedAttempts},
                 {QStringLiteral("lockedUntil"), after.lockedUntil.toString(Qt::ISODate)}});
        });
        if (!s)
            return s.error();
        if (after.isLocked(at))
            return Error{QStringLiteral("ACCOUNT_LOCKED"), {}, {localTime(after.lockedUntil)}};
        return Error{failed.code, {}, {SignInThrottle::seconds(m_throttle.delayMs(after.failedAttempts))}};
    }
    if (user.disabled)
        return Error{QStringLiteral("ACCOUNT_DISABLED"), {}, {}};
    return user;
}

Result<Session> AccountService::signIn(const QString& name, const QString& password)
{
    auto checked = attempt(name, password);
    if (!checked)
        return checked.error();
    User user = checked.value();
    if (!m_db.isReadOnly()) {
        const QDateTime at = now();
        if (Status s = UserRepository(m_db).recordSuccess(user.id, at); !s)
            return s.error();
        user.failedAttempts = 0;
        user.lastFailedAt = {};
        user.lockedUntil = {};
        user.lastSignInAt = at;
        if (PasswordHasher::needsRehash(user.passwordHash, m_strength)) {
            // The password is at hand now: bring an old hash up to today's cost.
            if (auto rehashed = PasswordHasher::hash(password, m_strength)) {
                if (UserRepository(m_db).setPasswordHash(user.id, rehashed.value()))
                    user.passwordHash = rehashed.value();
            }
        }
    }
    return Session{user};
}

Status AccountService::changePassword(Session& session, const QString& current, const QString& next)
{
    if (!session.isValid())
        return Error{QStringLiteral("NOT_SIGNED_IN"), {}, {}};
    Status s = changePassword(session.userName(), current, next);
    if (s)
        session.user.mustChangePassword = false;
    return s;
}

Status AccountService::changePassword(const QString& name, const QString& current, const QString& next)
{
    if (next == current)
        return Error{QStringLiteral("PASSWORD_UNCHANGED"), QStringLiteral("password"), {}};
    if (Status s = PasswordPolicy::check(next, name); !s)
        return s;
    auto checked = attempt(name, current);
    if (!checked) {
        Error e = checked.error();
        if (e.code == QLatin1String("SIGN_IN_FAILED"))
            e = {QStringLiteral("PASSWORD_WRONG"), QStringLiteral("currentPassword"), e.args};
        return e;
    }
    const User user = checked.value();
    auto hash = PasswordHasher::hash(next, m_strength);
    if (!hash)
        return hash.error();
    return m_db.transaction([&]() -> Status {
        if (Status s = UserRepository(m_db).setPassword(user.id, hash.value(), false); !s)
            return s;
        return AuditLog::record(m_db, {user.name, toString(user.role)}, QStringLiteral("user.changePassword"),
                                QStringLiteral("user"), QString::number(user.id), user.partnerId, {},
                                {{QStringLiteral("name"), user.name}});
    });
}

Result<User> AccountService::addUser(const Caller& caller, const NewUser& nu)
{
    if (caller.session) {
        if (Status s = Authorizer::checkAdminister(*caller.session, nu.role, nu.partnerId); !s)
            return s.error();
    }
    User out;
    if (Status s = insertUser(caller.actor, nu, out); !s)
        return s.error();
    return out;
}

Result<QList<AccountService::Account>> AccountService::accounts(const Caller& caller) const
{
    const Session* session = caller.session;
    if (session) {
        if (Status s = Authorizer::check(*session, Permission::ManageUsers, session->partnerId()); !s)
            return s.error();
    }
    auto all = UserRepository(m_db).list();
    if (!all)
        return all.error();
    auto partners = PartnerRepository(m_db).list();
    if (!partners)
        return partners.error();
    QHash<qint64, Partner> partnerById;
    for (const Partner& p : partners.value())
        partnerById.insert(p.id, p);
    const QDateTime at = now();
    QList<Account> out;
    for (User u : all.value()) {
        if (session &&
            (!Authorizer::mayAdminister(session->role(), u.role) ||
             (isSupportRole(session->role()) ? u.partnerId != 0 : u.partnerId != session->partnerId())))
            continue;
        u.passwordHash.clear();
        const Partner p = partnerById.value(u.partnerId);
        out.append({u, p.name, p.mpnId, stateOf(u, at)});
    }
    return out;
}

Result<QList<User>> AccountService::users(const Session& session) const
{
    auto all = accounts(session);
    if (!all)
        return all.error();
    QList<User> out;
    for (const Account& a : all.value())
        out.append(a.user);
    return out;
}

Result<User> AccountService::target(const Caller& caller, const QString& name) const
{
    auto found = UserRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QStringLiteral("NOT_FOUND"), QStringLiteral("name"), {name}};
    const User& u = **found;
    if (caller.session) {
        if (Status s = Authorizer::checkAdminister(*caller.session, u.role, u.partnerId); !s)
            return s.error();
    }
    return u;
}

Status AccountService::keepOneAdministrator(const User& u)
{
    const Role admin = isSupportRole(u.role) ? Role::SupportLead : Role::PartnerAdmin;
    if (u.role != admin || u.disabled)
        return {};
    auto admins = UserRepository(m_db).lockAccountsOf(u.partnerId, admin);
    if (!admins)
        return admins.error();
    for (const User& other : admins.value()) {
        if (other.id != u.id && !other.disabled)
            return {};
    }
    return Error{QStringLiteral("LAST_ADMINISTRATOR"), QStringLiteral("name"), {u.name}};
}

Result<User> AccountService::setRole(const Caller& caller, const QString& name, Role role)
{
    User changed;
    Status s = m_db.transaction([&]() -> Status {
        auto found = target(caller, name);
        if (!found)
            return found.error();
        const User before = found.value();
        if (caller.session) {
            if (before.id == caller.session->user.id)
                return Error{QStringLiteral("ACCOUNT_SELF"), QStringLiteral("name"), {name}};
            if (Status a = Authorizer::checkAdminister(*caller.session, role, before.partnerId); !a)
                return a;
        }
        if (isSupportRole(role) != isSupportRole(before.role))
            return Error{
                QStringLiteral("ROLE_CHANGE_CROSSES_PARTNER"), QStringLiteral("role"), {toString(role)}};
        if (role == before.role) {
            changed = before;
            return {};
        }
        if (Status k = keepOneAdministrator(before); !k)
            return k;
        if (Status w = UserRepository(m_db).setRole(before.id, role); !w)
            return w;
        changed = before;
        changed.role = role;
        return AuditLog::record(m_db, caller.actor, QStringLiteral("user.role"), QStringLiteral("user"),
                                QString::number(before.id), before.partnerId, toJson(before),
                                toJson(changed));
    });
    if (!s)
        return s.error();
    changed.passwordHash.clear();
    return changed;
}

Result<User> AccountService::setDisabled(const Caller& caller, const QString& name, bool disabled)
{
    User changed;
    Status s = m_db.transaction([&]() -> Status {
        auto found = target(caller, name);
        if (!found)
            return found.error();
        const User before = found.value();
        if (caller.session && before.id == caller.session->user.id)
            return Error{QStringLiteral("ACCOUNT_SELF"), QStringLiteral("name"), {name}};
        changed = before;
        if (before.disabled == disabled)
            return {};
        if (disabled) {
            if (Status k = keepOneAdministrator(before); !k)
                return k;
        }
        if (Status w = UserRepository(m_db).setDisabled(before.id, disabled); !w)
            return w;
        changed.disabled = disabled;
        return AuditLog::record(m_db, caller.actor,
                                disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                QStringLiteral("user"), QString::number(before.id), before.partnerId,
                                toJson(before), toJson(changed));
    });
    if (!s)
        return s.error();
    changed.passwordHash.clear();
    return changed;
}

Result<User> AccountService::unlock(const Caller& caller, const QString& name)
{
    User changed;
    Status s = m_db.transaction([&]() -> Status {
        auto found = target(caller, name);
        if (!found)
            return found.error();
        changed = found.value();
        if (Status w = UserRepository(m_db).unlock(changed.id); !w)
            return w;
        const QJsonObject before{{QStringLiteral("name"), changed.name},
                                 {QStringLiteral("failedAttempts"), changed.failedAttempts},
                                 {QStringLiteral("lockedUntil"), changed.lockedUntil.toString(Qt::ISODate)}};
        changed.failedAttempts = 0;
        changed.lastFailedAt = {};
        changed.lockedUntil = {};
        return AuditLog::record(
            m_db, caller.actor, QStringLiteral("user.unlock"), QStringLiteral("user"),
            QString::number(changed.id), changed.partnerId, before,
            {{QStringLiteral("name"), changed.name}, {QStringLiteral("failedAttempts"), 0}});
    });
    if (!s)
        return s.error();
    changed.passwordHash.clear();
    return changed;
}

QString AccountService::oneTimePassword(const QString& name)
{
    QString oneTime;
    do
        oneTime = PasswordHasher::generate(16);
    while (!PasswordPolicy::check(oneTime, name));
    return oneTime;
}

Result<QString> AccountService::addUserWithOneTimePassword(const Caller& caller, NewUser nu)
{
    nu.password = oneTimePassword(nu.name);
    nu.mustChangePassword = true;
    auto added = addUser(caller, nu);
    if (!added)
        return added.error();
    return nu.password;
}

Result<QString> AccountService::resetPassword(const Caller& caller, const QString& name)
{
    const QString oneTime = oneTimePassword(name);
    auto hash = PasswordHasher::hash(oneTime, m_strength);
    if (!hash)
        return hash.error();
    Status s = m_db.transaction([&]() -> Status {
        auto found = target(caller, name);
        if (!found)
            return found.error();
        const User& u = found.value();
        if (caller.session && u.id == caller.session->user.id)
            return Error{QStringLiteral("ACCOUNT_SELF"), QStringLiteral("name"), {name}};
        if (Status w = UserRepository(m_db).setPassword(u.id, hash.value(), true); !w)
            return w;
        // The one-time password itself is never written anywhere.
        return AuditLog::record(
            m_db, caller.actor, QStringLiteral("user.resetPassword"), QStringLiteral("user"),
            QString::number(u.id), u.partnerId, {},
            {{QStringLiteral("name"), u.name}, {QStringLiteral("mustChangePassword"), true}});
    });
    if (!s)
        return s.error();
    return oneTime;
}

} // namespace lp
