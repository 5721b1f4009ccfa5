// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "databaselocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace lp {

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString t = text.trimmed();
    const Error invalid{QStringLiteral("DB_URL_INVALID"), QStringLiteral("--db"), {text}};
    if (t.isEmpty())
        return invalid;

    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.path().size() < 2 || !url.password().isEmpty())
            return invalid;
        DatabaseLocation loc;
        loc.driver = Driver::PostgreSQL;
        loc.user = url.userName();
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.databaseName = url.path().mid(1);
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            loc.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (loc.databaseName.contains(QLatin1Char('/')) || loc.host.isEmpty())
            return invalid;
        return loc;
    }
    if (t.contains(QLatin1String("://")))
        return invalid;

    DatabaseLocation loc;
    loc.driver = Driver::SQLite;
    loc.path = QDir::cleanPath(QDir::current().absoluteFilePath(t));
    return loc;
}

QString DatabaseLocation::display() const
{
    if (driver == Driver::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseLocation::text() const
{
    if (driver == Driver::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (host.startsWith(QLatin1Char('/'))) {
        // A Unix-socket directory goes in the query, as libpq takes it.
        url.setHost(QStringLiteral("localhost"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    } else {
        url.setHost(host);
    }
    return url.toString();
}

} // namespace lp
