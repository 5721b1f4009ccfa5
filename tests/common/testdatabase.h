// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

// A fresh, empty database location for one test, on the driver the test run asks for:
// LP_TEST_DRIVER=pg uses the PostgreSQL server of LP_TEST_PG_URL (./dev test starts one)
// and creates a throwaway database in it; anything else gives a SQLite file in a
// temporary directory.
class TestDatabase
{
public:
    static bool wantsPostgres() { return qEnvironmentVariable("LP_TEST_DRIVER") == QLatin1String("pg"); }
    static QString serverUrl() { return qEnvironmentVariable("LP_TEST_PG_URL"); }
    // Whether this run must not skip the PostgreSQL leg.
    static bool postgresRequired() { return qEnvironmentVariableIsSet("LP_REQUIRE_PG"); }

    TestDatabase() = default;
    ~TestDatabase() { drop(); }

    // A location to open; empty (with the reason in `skipReason`) when the driver is not available.
    QString create()
    {
        drop();
        if (!wantsPostgres()) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_location = m_dir->filePath(QStringLiteral("test.sqlite"));
            return m_location;
        }
        if (serverUrl().isEmpty()) {
            skipReason = QStringLiteral("LP_TEST_PG_URL is not set (./dev test starts a PostgreSQL server)");
            return {};
        }
        m_name = QStringLiteral("lp_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
            return {};
        QUrl url(serverUrl());
        url.setPath(QLatin1Char('/') + m_name);
        m_location = url.toString();
        return m_location;
    }

    QString location() const { return m_location; }
    QString filePath() const { return wantsPostgres() ? QString() : m_location; }
    QString skipReason;

private:
    bool admin(const QString& sql)
    {
        bool ok = false;
        const QString conn = QStringLiteral("lp-test-admin");
        {
            const QUrl url(serverUrl());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            if (db.hostName().isEmpty())
                db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    skipReason = q.lastError().text();
            } else {
                skipReason = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        return ok;
    }

    void drop()
    {
        if (!m_name.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        m_name.clear();
        m_dir.reset();
        m_location.clear();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
    QString m_location;
};

// Gives a fresh location or skips the test (fails it when the PostgreSQL leg is required).
#define LP_FRESH_DATABASE(var, loc)                                                                          \
    const QString loc = var.create();                                                                        \
    if (loc.isEmpty()) {                                                                                     \
        if (TestDatabase::postgresRequired())                                                                \
            QFAIL(qPrintable(QStringLiteral("PostgreSQL leg required but unavailable: ") + var.skipReason)); \
        QSKIP(qPrintable(var.skipReason));                                                                   \
    }
