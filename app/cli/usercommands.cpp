// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// The account commands (docs/cli.md, section "user"): add, list, passwd, reset, disable,
// enable, unlock, role, sign-in. Passwords only ever come from standard input. The command
// line administers as the local operator, who has the database: the audit names "operator".
namespace lp::cli {
namespace {

// A service error: DB_ codes are internal (exit 1); a field becomes its option.
int serviceFailed(Error e)
{
    if (e.code.startsWith(QLatin1String("DB_")))
        return fail(e, ExitInternal);
    if (e.path == QLatin1String("name") || e.path == QLatin1String("role") ||
        e.path == QLatin1String("partner"))
        e.path = QStringLiteral("--") + e.path;
    return fail(e);
}

QJsonValue orNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject describe(const AccountService::Account& a)
{
    return {
        {QStringLiteral("name"), a.user.name},
        {QStringLiteral("role"), toString(a.user.role)},
        {QStringLiteral("partner"), a.partnerMpnId.isEmpty() ? QJsonValue() : QJsonValue(a.partnerMpnId)},
        {QStringLiteral("partnerName"), a.partnerName.isEmpty() ? QJsonValue() : QJsonValue(a.partnerName)},
        {QStringLiteral("lastSignIn"), orNull(a.user.lastSignInAt)},
        {QStringLiteral("state"), AccountService::stateName(a.state)},
        {QStringLiteral("failedAttempts"), a.user.failedAttempts},
        {QStringLiteral("lockedUntil"), orNull(a.user.lockedUntil)}};
}

// Parses the options (--db and `required` besides) and opens the database; returns the exit
// status when it cannot go on.
struct Command
{
    QCommandLineParser parser;
    std::unique_ptr<Database> db;

    std::optional<int> start(const QStringList& args, const QStringList& required,
                             const QList<QCommandLineOption>& extra = {})
    {
        parser.addOption(databaseOption());
        parser.addOption({QStringLiteral("name"), QStringLiteral("user name"), QStringLiteral("NAME")});
        for (const QCommandLineOption& o : extra)
            parser.addOption(o);
        if (auto e = parseArguments(parser, args, QStringList{QStringLiteral("db")} + required))
            return fail(*e);
        auto opened = Database::open(parser.value(QStringLiteral("db")));
        if (!opened)
            return databaseOpenFailed(opened.error());
        db = std::move(opened).value();
        return std::nullopt;
    }
    QString name() const { return parser.value(QStringLiteral("name")); }
    // The account as it is now, for the output of a change.
    int printAccount(const QString& name)
    {
        auto all = AccountService(*db).accounts(Actor::commandLine());
        if (!all)
            return serviceFailed(all.error());
        for (const auto& a : all.value()) {
            if (a.user.name == name) {
                printJson(describe(a));
                return ExitOk;
            }
        }
        return serviceFailed({QStringLiteral("NOT_FOUND"), QStringLiteral("name"), {name}});
    }
};

QCommandLineOption roleOption()
{
    return {QStringLiteral("role"), QStringLiteral("role"), QStringLiteral("ROLE")};
}

std::optional<Role> parseRole(const QString& text)
{
    return fromString<Role>(text);
}

int userAdd(const QStringList& args)
{
    Command c;
    const QCommandLineOption partnerOption{
        QStringLiteral("partner"), QStringLiteral("MPN ID of the user's partner"), QStringLiteral("MPNID")};
    // Check what needs no database first.
    {
        QCommandLineParser p;
        p.addOption(databaseOption());
        p.addOption({QStringLiteral("name"), QStringLiteral("user name"), QStringLiteral("NAME")});
        p.addOption(roleOption());
        p.addOption(partnerOption);
        if (auto e = parseArguments(p, args,
                                    {QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("role")}))
            return fail(*e);
        if (!parseRole(p.value(QStringLiteral("role"))))
            return fail({QStringLiteral("ROLE_INVALID"),
                         QStringLiteral("--role"),
                         {p.value(QStringLiteral("role"))}});
        if (Status s = AccountService::validateName(p.value(QStringLiteral("name"))); !s)
            return fail({s.error().code, QStringLiteral("--name"), s.error().args});
    }
    if (auto exit =
            c.start(args, {QStringLiteral("name"), QStringLiteral("role")}, {roleOption(), partnerOption}))
        return *exit;
    const Role role = *parseRole(c.parser.value(QStringLiteral("role")));
    qint64 partnerId = 0;
    const QString mpnId = c.parser.value(QStringLiteral("partner"));
    if (c.parser.isSet(QStringLiteral("partner"))) {
        auto partner = PartnerService(*c.db).findByMpnId(mpnId);
        if (!partner)
            return serviceFailed(partner.error());
        partnerId = partner->id;
    }
    const QString password = readSecret(QCoreApplication::translate("lp::cli", "Password: "));
    auto user = AccountService(*c.db).addUser(Actor::commandLine(), {c.name(), role, partnerId, password});
    if (!user)
        return serviceFailed(user.error());
    printJson(QJsonObject{{QStringLiteral("id"), user->id},
                          {QStringLiteral("name"), user->name},
                          {QStringLiteral("role"), toString(user->role)},
                          {QStringLiteral("partner"), partnerId ? QJsonValue(mpnId) : QJsonValue()}});
    return ExitOk;
}

int userList(const QStringList& args)
{
    Command c;
    if (auto exit = c.start(args, {}))
        return *exit;
    auto all = AccountService(*c.db).accounts(Actor::commandLine());
    if (!all)
        return serviceFailed(all.error());
    QJsonArray users;
    for (const auto& a : all.value())
        users.append(describe(a));
    printJson(QJsonObject{{QStringLiteral("users"), users}});
    return ExitOk;
}

int userPasswd(const QStringList& args)
{
    Command c;
    if (auto exit = c.start(args, {QStringLiteral("name")}))
        return *exit;
    const QString current = readSecret(QCoreApplication::translate("lp::cli", "Current password: "));
    const QString next = readSecret(QCoreApplication::translate("lp::cli", "New password: "));
    if (Status s = AccountService(*c.db).changePassword(c.name(), current, next); !s)
        return serviceFailed(s.error());
    return c.printAccount(c.name());
}

int userReset(const QStringList& args)
{
    Command c;
    if (auto exit = c.start(args, {QStringLiteral("name")}))
        return *exit;
    auto oneTime = AccountService(*c.db).resetPassword(Actor::commandLine(), c.name());
    if (!oneTime)
        return serviceFailed(oneTime.error());
    printJson(QJsonObject{{QStringLiteral("name"), c.name()},
                          {QStringLiteral("oneTimePassword"), oneTime.value()},
                          {QStringLiteral("mustChangePassword"), true}});
    return ExitOk;
}

int userState(const QStringList& args, const QString& what)
{
    Command c;
    if (auto exit = c.start(args, {QStringLiteral("name")}))
        return *exit;
    AccountService accounts(*c.db);
    const Actor op = Actor::commandLine();
    auto changed = what == QLatin1String("unlock")
                       ? accounts.unlock(op, c.name())
                       : accounts.setDisabled(op, c.name(), what == QLatin1String("disable"));
    if (!changed)
        return serviceFailed(changed.error());
    return c.printAccount(c.name());
}

int userRole(const QStringList& args)
{
    Command c;
    if (auto exit = c.start(args, {QStringLiteral("name"), QStringLiteral("role")}, {roleOption()}))
        return *exit;
    const auto role = parseRole(c.parser.value(QStringLiteral("role")));
    if (!role)
        return fail({QStringLiteral("ROLE_INVALID"),
                     QStringLiteral("--role"),
                     {c.parser.value(QStringLiteral("role"))}});
    if (auto changed = AccountService(*c.db).setRole(Actor::commandLine(), c.name(), *role); !changed)
        return serviceFailed(changed.error());
    return c.printAccount(c.name());
}

int userSignIn(const QStringList& args)
{
    Command c;
    if (auto exit = c.start(args, {QStringLiteral("name")}))
        return *exit;
    const QString password = readSecret(QCoreApplication::translate("lp::cli", "Password: "));
    auto session = AccountService(*c.db).signIn(c.name(), password);
    if (!session) {
        // The refusal says nothing of which names exist: no path, the same code.
        Error e = session.error();
        e.path.clear();
        return serviceFailed(e);
    }
    printJson(QJsonObject{{QStringLiteral("name"), session->userName()},
                          {QStringLiteral("role"), toString(session->role())},
                          {QStringLiteral("mustChangePassword"), session->user.mustChangePassword}});
    return ExitOk;
}

} // namespace

int userCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return userAdd(rest);
    if (sub == QLatin1String("list"))
        return userList(rest);
    if (sub == QLatin1String("passwd"))
        return userPasswd(rest);
    if (sub == QLatin1String("reset"))
        return userReset(rest);
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") || sub == QLatin1String("unlock"))
        return userState(rest, sub);
    if (sub == QLatin1String("role"))
        return userRole(rest);
    if (sub == QLatin1String("sign-in"))
        return userSignIn(rest);
    return fail(
        {QStringLiteral("USAGE"),
         {},
         {QCoreApplication::translate("lp::cli", "Use \"user add\", \"user list\", \"user passwd\", "
                                                 "\"user reset\", \"user disable\", \"user enable\", "
                                                 "\"user unlock\", \"user role\" or \"user sign-in\".")}});
}

} // namespace lp::cli
