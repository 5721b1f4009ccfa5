// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once
// Runs the built learnpartner-cli (LP_CLI) for the command-line tests: its exit status, its
// output, and the JSON on either stream. The anchors of the audit trail go to the data folder of
// XDG_DATA_HOME, which a test points at a folder of its own.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject error() const
    {
        return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
    }
    QString code() const { return error().value(QStringLiteral("code")).toString(); }
};

inline QProcessEnvironment cliEnvironment(const QString& dataHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (!dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return env;
}

inline CliRun runCli(const QString& dataHome, const QStringList& args, const QByteArray& input = {},
                     int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(dataHome));
    p.start(QStringLiteral(LP_CLI), args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// A CSV of `rows` distinct invoices named PREFIX-1 ... PREFIX-rows.
inline QByteArray invoiceCsv(const QString& prefix, int rows)
{
    QByteArray csv = "invoice;documentType;invoiceDate;omlpType;units;kpiValue;revenue\n";
    csv.reserve(csv.size() + rows * 48);
    for (int i = 1; i <= rows; ++i)
        csv += prefix.toUtf8() + '-' + QByteArray::number(i) + ";invoice;05/01/2021;x;1;1;1290,50\n";
    return csv;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}
