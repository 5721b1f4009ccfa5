// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "options.h"

#include <QCoreApplication>

namespace lp::gui {

CommandLine commandLine()
{
    return {QCommandLineOption(QStringLiteral("demo"),
                               QCoreApplication::translate(
                                   "main", "Start on a fresh demo database and print its accounts.")),
            QCommandLineOption(
                QStringLiteral("db"),
                QCoreApplication::translate("main", "SQLite file or postgresql://user@host:port/db URL."),
                QStringLiteral("PATH|URL")),
            QCommandLineOption(
                QStringLiteral("palette"),
                QCoreApplication::translate("main", "Color palette: system, dark or high-contrast."),
                QStringLiteral("NAME"), QStringLiteral("system"))};
}

QString commandLineDescription()
{
    return QCoreApplication::translate("main", "Learning Partner Desk");
}

} // namespace lp::gui
