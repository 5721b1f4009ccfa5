// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// The options of the learnpartner executable, in one place: main() parses them with
// QCommandLineParser and app/man writes the manual page from them (docs/cli.md#manual-pages).
// QtCore only.
namespace lp::gui {

struct CommandLine
{
    QCommandLineOption demo;
    QCommandLineOption db;
    QCommandLineOption palette;
    // Every option above, in the order the help lists them.
    QList<QCommandLineOption> all() const { return {demo, db, palette}; }
};

CommandLine commandLine();
// The one-line description the help starts with.
QString commandLineDescription();

} // namespace lp::gui
