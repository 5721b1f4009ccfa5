// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "cli.h"

#include "services/partnerservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

// What the commands share: argument parsing with required options, the --db option,
// how a failed open exits, and reading a secret from standard input.
namespace lp::cli {

std::optional<Error> parseArguments(QCommandLineParser& parser, const QStringList& args,
                                    const QStringList& required)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("learnpartner-cli")} + args))
        return Error{QStringLiteral("USAGE"), {}, {parser.errorText()}};
    if (!parser.positionalArguments().isEmpty())
        return Error{QStringLiteral("USAGE"),
                     {},
                     {QCoreApplication::translate("lp::cli", "Unexpected argument \"%1\".")
                          .arg(parser.positionalArguments().first())}};
    for (const QString& name : required) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty())
            return Error{QStringLiteral("REQUIRED"), QStringLiteral("--") + name, {}};
    }
    return std::nullopt;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL"),
            QStringLiteral("PATH|URL")};
}

int databaseOpenFailed(const Error& e)
{
    const bool input = e.code == QLatin1String("DB_NOT_OURS") || e.code == QLatin1String("DB_NEWER_SCHEMA") ||
                       e.code == QLatin1String("DB_URL_INVALID") || e.code == QLatin1String("NOT_FOUND") ||
                       e.code == QLatin1String("DB_NOT_INITIALISED");
    return fail(e, input ? ExitBadInput : ExitInternal);
}

std::optional<Error> asOfDate(const QCommandLineParser& parser, QDate& asOf)
{
    asOf = QDate::currentDate();
    if (!parser.isSet(QStringLiteral("as-of")))
        return std::nullopt;
    const QString given = parser.value(QStringLiteral("as-of"));
    asOf = QDate::fromString(given, Qt::ISODate);
    if (!asOf.isValid())
        return Error{QStringLiteral("INVALID_DATE"), QStringLiteral("--as-of"), {given}};
    return std::nullopt;
}

std::optional<Partner> storedPartner(Database& db, const QString& mpnId, int& exitCode)
{
    auto partner = PartnerService(db).findByMpnId(mpnId);
    if (partner)
        return partner.value();
    exitCode = partner.error().code == QLatin1String("NOT_FOUND")
                   ? fail({QStringLiteral("NOT_FOUND"), QStringLiteral("--partner"), {mpnId}})
                   : fail(partner.error(), ExitInternal);
    return std::nullopt;
}

QString readSecret(const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    // One stream for the whole process: a second line must not be lost in another's buffer.
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

} // namespace lp::cli
