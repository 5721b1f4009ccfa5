// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// learnpartner: the desktop application. Parses its arguments, opens the database and hands
// over to the Desk (sign-in, then the main window).
#include "displaynames.h"
#include "domain/messages.h"
#include "options.h"
#include "services/demoseeder.h"
#include "settings/preferencesdialog.h"
#include "shell/desk.h"
#include "shell/language.h"
#include "shell/startuprecovery.h"
#include "widgets/palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace lp;

namespace {

// --demo: a fresh demo database every time, so the printed passwords are the ones that work.
Result<std::unique_ptr<Database>> openDemo(QTextStream& out)
{
    const QString location = Desk::demoLocation();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(location + QLatin1String(suffix));
    auto db = Database::open(location);
    if (!db)
        return db;
    auto accounts = DemoSeeder::seed(*db.value(), QDate::currentDate());
    if (!accounts)
        return accounts.error();
    out << QApplication::translate("main", "Demo database: %1").arg(location) << '\n'
        << QApplication::translate("main", "Demo accounts (passwords are new on every --demo start):")
        << '\n';
    for (const auto& a : accounts.value())
        out << QStringLiteral("  %1  %2  (%3)").arg(a.name, -18).arg(a.password, DisplayNames::role(a.role))
            << '\n';
    out.flush();
    return db;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("learnpartner"));
    QApplication::setApplicationDisplayName(QStringLiteral("Learning Partner Desk"));
    QApplication::setOrganizationName(QStringLiteral("LearningPartnerDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/learnpartner.svg")));
    Language::apply(Language::saved());

    QCommandLineParser parser;
    const gui::CommandLine options = gui::commandLine();
    parser.setApplicationDescription(gui::commandLineDescription());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options.all());
    parser.process(app);
    // Before any window exists: the state colors are chosen from the palette (docs/architecture.md#palettes).
    if (parser.isSet(options.palette) && !ui::applyPalette(parser.value(options.palette))) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown palette %1: use one of %2.")
                                   .arg(parser.value(options.palette),
                                        ui::paletteNames().join(QLatin1String(", ")))
                            << '\n';
        return 2;
    }

    QTextStream out(stdout);
    // A damaged database offers the newest good automatic backup (docs/architecture.md#backups).
    auto db = parser.isSet(options.demo)
                  ? openDemo(out)
                  : StartupRecovery::open(parser.isSet(options.db) ? parser.value(options.db)
                                                                   : Desk::defaultLocation(),
                                          PreferencesDialog::automaticBackupFolder());
    if (!db) {
        const QString message = Messages::text(db.error());
        QTextStream(stderr) << message << '\n';
        QMessageBox::critical(nullptr, QApplication::translate("main", "Learning Partner Desk"), message);
        return 1;
    }
    Desk desk(std::move(db).value());
    const bool automatic = !parser.isSet(options.demo);
    if (automatic) {
        if (auto taken = desk.backUpAutomatically(AutomaticBackups::When::Start); !taken)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Learning Partner Desk"),
                                 QApplication::translate("main", "The automatic backup failed: %1")
                                     .arg(Messages::text(taken.error())));
    }
    if (!desk.start())
        return 0;
    const int status = app.exec();
    if (automatic && desk.signedIn()) {
        if (auto taken = desk.backUpAutomatically(AutomaticBackups::When::Exit); !taken)
            QTextStream(stderr) << QApplication::translate("main", "The automatic backup failed: %1")
                                       .arg(Messages::text(taken.error()))
                                << '\n';
    }
    return status;
}
