#pragma once

#include "auditlog.h"
#include "domain/partner.h"
#include "domain/user.h"
#include "security/passwordhasher.h"
#include "security/session.h"
#include "storage/database.h"

#include <QList>

namespace lp {

// Accounts: the first-run set-up, signing in, and adding accounts.
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
    };

    static Status validateName(const QString& name);

    // True while the database has no account at all: the GUI then asks for the first one.
    Result<bool> needsFirstRun() const;
    // Creates the partner and its first partner admin in one transaction; refused once any
    // account exists. Returns the admin's session.
    Result<Session> createFirstAdmin(const Partner& partner, const QString& name, const QString& password);
    Result<Session> signIn(const QString& name, const QString& password);
    // Adds an account as a signed-in user (partner roles: accounts of their own partner).
    Result<User> addUser(const Session& session, const NewUser& user);
    // Adds an account as the command-line operator (who has the database file itself).
    Result<User> addUser(const Actor& actor, const NewUser& user);
    Result<QList<User>> users(const Session& session) const;

private:
    Status insertUser(const Actor& actor, const NewUser& user, User& out);

    Database& m_db;
    PasswordHasher::Strength m_strength;
};

} // namespace lp
