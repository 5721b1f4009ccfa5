// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "auditlog.h"
#include "domain/partner.h"
#include "domain/user.h"
#include "security/passwordhasher.h"
#include "security/session.h"
#include "security/signinthrottle.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// Accounts: the first-run set-up, signing in (throttled, docs/accounts.md), and the accounts
// the organization runs itself: add, change role, disable and enable (never delete), reset the
// password to a one-time password, unlock, change one's own password. The GUI and
// learnpartner-cli call the same functions; the role checks are here (Authorizer).
// There is no default account and no default password anywhere.
class AccountService
{
public:
    explicit AccountService(Database& db,
                            PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive)
        : m_db(db), m_strength(strength)
    {
    }

    struct NewUser
    {
        QString name;
        Role role = Role::Viewer;
        qint64 partnerId = 0;
        QString password;
        bool mustChangePassword = false; // a one-time password handed to the person
    };

    // Who administers: a signed-in user (checked against the role matrix), or the
    // command-line operator (who has the database itself and may do everything).
    struct Caller
    {
        Caller(const Session& s) : session(&s), actor(Actor::of(s)) {}
        Caller(const Actor& a) : actor(a) {}
        const Session* session = nullptr;
        Actor actor;
    };

    enum class State { Active, MustChangePassword, Locked, Disabled };
    struct Account
    {
        User user; // without its password hash
        QString partnerName;
        QString partnerMpnId;
        State state = State::Active;
    };

    static Status validateName(const QString& name);
    // The seconds a refused sign-in asks to wait before the next attempt (0: none).
    static int waitSeconds(const Error& refusal);
    static State stateOf(const User& user, const QDateTime& now);
    static QString stateName(State state); // "active", "mustChangePassword", "locked", "disabled"

    // The sign-in throttling's limits and clock; tests shorten them and move the clock.
    void setThrottle(const SignInThrottle& throttle) { m_throttle = throttle; }
    const SignInThrottle& throttle() const { return m_throttle; }

    // True while the database has no account at all: the GUI then asks for the first one.
    Result<bool> needsFirstRun() const;
    // Creates the partner and its first partner admin in one transaction; refused once any
    // account exists. Returns the admin's session.
    Result<Session> createFirstAdmin(const Partner& partner, const QString& name, const QString& password);

    // Signs in. Refusals: SIGN_IN_FAILED (unknown name or wrong password alike; args[0] the
    // seconds to wait before the next attempt), SIGN_IN_TOO_SOON (args[0] the seconds left),
    // ACCOUNT_LOCKED (args[0] the local time it unlocks), ACCOUNT_DISABLED.
    Result<Session> signIn(const QString& name, const QString& password);
    // Changes one's own password; the current one is checked like a sign-in (and counts as
    // one when wrong). Clears the must-change flag in `session`.
    Status changePassword(Session& session, const QString& current, const QString& next);
    // The same for an account named on the command line.
    Status changePassword(const QString& name, const QString& current, const QString& next);

    Result<User> addUser(const Caller& caller, const NewUser& user);
    // Adds an account with a random one-time password (user.password is ignored), returned
    // once; it must be changed at the first sign-in.
    Result<QString> addUserWithOneTimePassword(const Caller& caller, NewUser user);
    // The accounts the caller administers: a partner role its partner's, the support lead the
    // support accounts, the operator every one.
    Result<QList<Account>> accounts(const Caller& caller) const;
    // accounts() without the partners and states.
    Result<QList<User>> users(const Session& session) const;
    Result<User> setRole(const Caller& caller, const QString& name, Role role);
    Result<User> setDisabled(const Caller& caller, const QString& name, bool disabled);
    Result<User> unlock(const Caller& caller, const QString& name);
    // A new one-time password (returned once, never stored in clear) that must be changed at
    // the next sign-in; clears the failures and the lock.
    Result<QString> resetPassword(const Caller& caller, const QString& name);

private:
    Status insertUser(const Actor& actor, const NewUser& user, User& out);
    // Finds the account and checks that the caller may administer it.
    Result<User> target(const Caller& caller, const QString& name) const;
    // Refuses to leave a partner without an active partner admin, or support without an
    // active support lead (when it had one). Call inside the transaction.
    Status keepOneAdministrator(const User& user);
    static QString oneTimePassword(const QString& name);
    // The throttled password check shared by signIn() and changePassword().
    Result<User> attempt(const QString& name, const QString& password);
    QDateTime now() const { return m_throttle.now(); }

    Database& m_db;
    PasswordHasher::Strength m_strength;
    SignInThrottle m_throttle;
};

} // namespace lp
