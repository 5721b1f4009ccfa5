#include "accountservice.h"

#include "partnerservice.h"
#include "security/authorizer.h"
#include "storage/partnerrepository.h"
#include "storage/userrepository.h"

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

} // namespace

Status AccountService::validateName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    if (!re.match(name).hasMatch())
        return Error{QStringLiteral("USER_NAME_INVALID"), QStringLiteral("name"), {name}};
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
    if (nu.role == Role::FrontlineSupport && nu.partnerId != 0)
        return Error{QStringLiteral("PARTNER_NOT_ALLOWED"), QStringLiteral("partner"), {}};
    if (nu.role != Role::FrontlineSupport && nu.partnerId == 0)
        return Error{QStringLiteral("PARTNER_REQUIRED"), QStringLiteral("partner"), {toString(nu.role)}};
    if (Status s = PasswordHasher::checkPolicy(nu.password); !s)
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
        u.createdAt = QDateTime::currentDateTimeUtc();
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
    if (Status s = PasswordHasher::checkPolicy(password); !s)
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

Result<Session> AccountService::signIn(const QString& name, const QString& password)
{
    auto found = UserRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Spend the same effort as for a real account, so timing does not tell which names exist.
        static const QString decoy = PasswordHasher::hash(PasswordHasher::generate(), m_strength).value();
        PasswordHasher::verify(decoy, password);
        return Error{QStringLiteral("BAD_CREDENTIALS"), {}, {}};
    }
    User user = **found;
    if (!PasswordHasher::verify(user.passwordHash, password))
        return Error{QStringLiteral("BAD_CREDENTIALS"), {}, {}};
    if (user.disabled)
        return Error{QStringLiteral("ACCOUNT_DISABLED"), {}, {}};
    if (!m_db.isReadOnly() && PasswordHasher::needsRehash(user.passwordHash, m_strength)) {
        // The password is at hand now: bring an old hash up to today's cost.
        if (auto rehashed = PasswordHasher::hash(password, m_strength)) {
            if (UserRepository(m_db).setPasswordHash(user.id, rehashed.value()))
                user.passwordHash = rehashed.value();
        }
    }
    return Session{user};
}

Result<User> AccountService::addUser(const Session& session, const NewUser& nu)
{
    if (Status s = Authorizer::check(session, Permission::ManageUsers, nu.partnerId); !s)
        return s.error();
    if (nu.role == Role::FrontlineSupport)
        return Error{QStringLiteral("PERMISSION_DENIED"),
                     {},
                     {toString(session.role()), describe(Permission::ManageUsers)}};
    User out;
    if (Status s = insertUser(Actor::of(session), nu, out); !s)
        return s.error();
    return out;
}

Result<User> AccountService::addUser(const Actor& actor, const NewUser& nu)
{
    User out;
    if (Status s = insertUser(actor, nu, out); !s)
        return s.error();
    return out;
}

Result<QList<User>> AccountService::users(const Session& session) const
{
    if (Status s = Authorizer::check(session, Permission::ManageUsers, session.partnerId()); !s)
        return s.error();
    auto all = UserRepository(m_db).list();
    if (!all)
        return all;
    QList<User> mine;
    for (User u : all.value()) {
        if (u.partnerId == session.partnerId()) {
            u.passwordHash.clear();
            mine.append(u);
        }
    }
    return mine;
}

} // namespace lp
