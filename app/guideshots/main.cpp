// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// lp-guideshots: the screenshots of the user guide (docs/guide/shots/<language>/), taken from the demo
// database by walking the same screens as the layout tests (tests/common/screentour.h), in English and
// Italian. `./dev guide-shots` builds and runs it, then optimises the files; run it again when a screen
// the guide shows changes.
//
//   lp-guideshots OUTPUT_DIR
#include "help/helptopics.h"
#include "screentour.h"
#include "shell/language.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStackedWidget>
#include <QWizard>

#include <cstdio>

using namespace lp;

namespace {

// The file of each screen the guide shows, by the guide topic of the workspace or wizard page, or by the
// tour's name of the dialog.
const QHash<QString, QString> kShots{
    {QStringLiteral("overview"), QStringLiteral("overview")},
    {QStringLiteral("enrollment"), QStringLiteral("enrollment")},
    {QStringLiteral("dashboard"), QStringLiteral("dashboard")},
    {QStringLiteral("ledger"), QStringLiteral("ledger")},
    {QStringLiteral("cases"), QStringLiteral("cases")},
    {QStringLiteral("people"), QStringLiteral("people")},
    {QStringLiteral("directory"), QStringLiteral("directory")},
    {QStringLiteral("rule-sets"), QStringLiteral("rules")},
    {QStringLiteral("roles#users"), QStringLiteral("users")},
    {QStringLiteral("support#case-queue"), QStringLiteral("support-queue")},
    {QStringLiteral("requirements#start"), QStringLiteral("wizard-start")},
    {QStringLiteral("requirements#kpi"), QStringLiteral("wizard-kpi")},
    {QStringLiteral("Import invoices"), QStringLiteral("import-invoices")},
    {QStringLiteral("File a KPI discrepancy case"), QStringLiteral("case-dialog")},
    {QStringLiteral("First run"), QStringLiteral("first-run")},
    {QStringLiteral("Sign in"), QStringLiteral("sign-in")},
    {QStringLiteral("About"), QStringLiteral("about")},
    {QStringLiteral("Help"), QStringLiteral("help-window")},
};

// What the window shows: its workspace, its wizard page, or itself.
QString topicOf(const QString& name, QWidget* window)
{
    if (auto* wizard = qobject_cast<QWizard*>(window))
        return HelpTopics::forWidget(wizard->currentPage());
    if (name.contains(QLatin1Char(':'))) {
        for (auto* stack : window->findChildren<QStackedWidget*>())
            if (stack->currentWidget() && qobject_cast<Workspace*>(stack->currentWidget()))
                return HelpTopics::forWidget(stack->currentWidget());
    }
    return name;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskGuideShots"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: lp-guideshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    int saved = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("it")}) {
        Language::apply(language);
        QDir().mkpath(out.filePath(language));
        QSet<QString> taken;
        test::ScreenTour tour;
        tour.visit([&](const QString& name, QWidget* window) {
            const QString file = kShots.value(topicOf(name, window));
            if (file.isEmpty() || taken.contains(file))
                return;
            taken.insert(file);
            QPixmap shot = window->grab();
            if (shot.width() > 1024)
                shot = shot.scaledToWidth(1024, Qt::SmoothTransformation);
            const QString path = out.filePath(language + QLatin1Char('/') + file + QStringLiteral(".png"));
            if (!shot.save(path, "PNG")) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return;
            }
            ++saved;
        });
        for (auto it = kShots.cbegin(); it != kShots.cend(); ++it)
            if (!taken.contains(it.value()))
                std::fprintf(stderr, "%s: no screen for %s\n", qPrintable(language), qPrintable(it.value()));
    }
    std::printf("%d screenshots in %s\n", saved, qPrintable(out.path()));
    return saved == 2 * int(kShots.size()) ? 0 : 1;
}
