// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: the KPI ledger workspace on a database of 1,000,000 purchases (the one bench_ledger
// leaves in LP_BENCH_DB, or one bench_ledger --create makes in its own process, so that the
// import's memory is not counted here): the time to its first rows on screen, a page down, a
// jump of the scroll bar to the end and to the middle, a walk through every page of the ledger,
// and the peak memory of the GUI process before and after that walk; the OMLP-type filter typed as a
// person types it (keys to rows and to the count, the first page's and the count's time on the model's
// thread, how late the GUI thread was at most meanwhile).
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Prints figures.
#include "enroll/enrollmentwizard.h"
#include "kpi/dashboardworkspace.h"
#include "kpi/ledgermodel.h"
#include "kpi/ledgerworkspace.h"
#include "ledgerbench.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace lp;
using namespace lp::bench;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int scrolls = 20;

    QTemporaryDir dir;
    QString location = qEnvironmentVariable("LP_BENCH_DB");
    if (location.isEmpty() || !QFile::exists(location)) {
        location = dir.filePath(QStringLiteral("ledger.sqlite"));
        std::printf("making a %d-row database with bench_ledger --create...\n", rows);
        std::fflush(stdout);
        if (QProcess::execute(QStringLiteral(LP_BENCH_LEDGER),
                              {QStringLiteral("--create"), location, QString::number(rows)}) != 0) {
            std::printf("cannot make the database\n");
            return 1;
        }
    }

    QElapsedTimer t;
    t.start();
    auto db = Database::open(location);
    if (!db) {
        std::printf("cannot open %s\n", qPrintable(location));
        return 1;
    }
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    auto partner = PartnerRepository(*db.value()).findByMpnId(QStringLiteral("1"));
    if (!partner || !partner->has_value()) {
        std::printf("no bench partner in %s\n", qPrintable(location));
        return 1;
    }
    Session session;
    session.user = {1, QStringLiteral("bench"), Role::PartnerAdmin, (*partner)->id};
    AppContext context{*db.value(), session};

    // What a click on "KPI ledger" does: the workspace is made, shown, refreshed and painted.
    const double firstCpu = cpuSeconds();
    t.restart();
    LedgerWorkspace workspace(context);
    workspace.resize(1280, 800);
    workspace.show();
    workspace.refresh();
    (void)workspace.grab();
    const double firstRowsMs = double(t.nsecsElapsed()) / 1e6;
    const double firstRowsCpuMs = (cpuSeconds() - firstCpu) * 1000;
    LedgerModel* model = workspace.model();
    auto* view = workspace.findChild<QTableView*>(QStringLiteral("ledger"));
    const long firstRss = peakRssMb();

    QScrollBar* bar = view->verticalScrollBar();
    // Shows the rows at scroll position `value` and says how long that took, in ms.
    auto showAt = [&](int value) {
        t.restart();
        bar->setValue(value);
        QCoreApplication::processEvents();
        (void)view->viewport()->grab();
        return double(t.nsecsElapsed()) / 1e6;
    };

    // Page down, as the key does: the next screenful, read from the date index when it starts a page.
    double slowestMs = 0, totalMs = 0;
    for (int i = 0; i < scrolls; ++i) {
        const double ms = showAt(bar->value() + bar->pageStep());
        totalMs += ms;
        slowestMs = std::max(slowestMs, ms);
    }
    // Jumps of the scroll bar: a page read with an OFFSET.
    const double endMs = showAt(bar->maximum());
    const double middleMs = showAt(bar->maximum() / 2);

    // Every page in turn, from the first: the memory stays that of a few pages.
    const int pages = int((model->totalRows() + LedgerModel::kPageRows - 1) / LedgerModel::kPageRows);
    QElapsedTimer walk;
    walk.start();
    double walkSlowestMs = 0;
    for (int page = 0; page < pages; ++page)
        walkSlowestMs =
            std::max(walkSlowestMs, showAt(std::min(page * LedgerModel::kPageRows, bar->maximum())));
    const double walkSeconds = double(walk.nsecsElapsed()) / 1e9;
    const long walkRss = peakRssMb();
    const int pagesKept = model->cachedPages();
    const int offsetReads = model->offsetReads();
    const int keysetReads = model->keysetReads();

    // A view filtered on a column outside the date index (the OMLP type), typed as a person types it
    // ("courseware": case-insensitive, anywhere in the text): keys to the rows on screen, counted on
    // the model's own thread. Meanwhile the GUI thread sleeps until an event comes, as in the
    // application (a loop spinning on processEvents() would keep busy a core it leaves free), and
    // a timer ticking every 5 ms on it says how late the GUI thread was at most: whether it waited.
    showAt(0);
    auto* typeFilter = workspace.findChild<QLineEdit*>(QStringLiteral("filterOmlpType"));
    qint64 filterThreadMs = -1, countThreadMs = -1;
    QObject::connect(model, &LedgerModel::filterApplied, [&](qint64 ms) { filterThreadMs = ms; });
    QObject::connect(model, &LedgerModel::countReady, [&](qint64 ms) { countThreadMs = ms; });
    constexpr int kTickMs = 5;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QElapsedTimer sinceTick;
    double* lateMs = nullptr;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (lateMs)
            *lateMs = std::max(*lateMs, double(sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
        sinceTick.restart();
    });
    auto waitFor = [](const auto& done) {
        while (!done())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    // Keys to the first rows on screen (returned), then to the count in (`countedMs`); the GUI
    // thread's longest lateness meanwhile in `guiLateMs`.
    auto typeAndWait = [&](const QString& text, double* guiLateMs, double* countedMs) {
        typeFilter->clear();
        QCoreApplication::processEvents();
        tick.start();
        waitFor([&] { return !model->isLoading() && !model->isCounting(); });
        filterThreadMs = -1;
        countThreadMs = -1;
        *guiLateMs = 0;
        t.restart();
        sinceTick.restart();
        lateMs = guiLateMs;
        QTest::keyClicks(typeFilter, text);
        waitFor([&] { return filterThreadMs >= 0 && !model->isLoading(); });
        (void)view->viewport()->grab();
        const double rowsMs = double(t.nsecsElapsed()) / 1e6;
        waitFor([&] { return countThreadMs >= 0 && !model->isCounting(); });
        *countedMs = double(t.nsecsElapsed()) / 1e6;
        lateMs = nullptr;
        tick.stop();
        return rowsMs;
    };
    double filterGuiLateMs = 0, narrowGuiLateMs = 0, filterCountedMs = 0, narrowCountedMs = 0;
    const double filterMs = typeAndWait(QStringLiteral("courseware"), &filterGuiLateMs, &filterCountedMs);
    const qint64 filterCountMs = filterThreadMs;
    const qint64 filterAllMs = countThreadMs;
    const qint64 filteredRows = model->totalRows();
    const double narrowMs = typeAndWait(QStringLiteral("OFFICIAL"), &narrowGuiLateMs, &narrowCountedMs);
    const qint64 narrowCountMs = filterThreadMs;
    const qint64 narrowAllMs = countThreadMs;
    // The page a jump to its end shows, read as the view would ask for it.
    t.restart();
    const auto last = model->rowAt(model->rowCount() - 1);
    const double filteredEndMs = double(t.nsecsElapsed()) / 1e6;
    const QString lastShown = last ? last->purchase.invoice : QStringLiteral("nothing");

    // The other workspaces that read the whole ledger: the dashboard and the enrollment wizard
    // (daily sums for the decisions, the window's first lines for the KPI page).
    t.restart();
    {
        DashboardWorkspace dashboard(context);
        dashboard.resize(1280, 800);
        dashboard.show();
        dashboard.refresh();
        (void)dashboard.grab();
    }
    const double dashboardMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    double kpiPageMs = 0, wizardMs = 0;
    {
        EnrollmentWizard wizard(context, (*partner)->id, QDate::currentDate());
        wizard.show();
        (void)wizard.grab();
        const double startMs = double(t.nsecsElapsed()) / 1e6;
        wizard.answers().path = Path::Silver;
        wizard.answers().competency = QStringLiteral("Data Analytics");
        wizard.answers().commitment = true;
        wizardMs = startMs;
        t.restart();
        auto lines = wizard.kpiLines();
        auto report = wizard.report();
        kpiPageMs = lines && report ? double(t.nsecsElapsed()) / 1e6 : -1;
    }
    const long othersRss = peakRssMb();

    std::printf("%-55s %10s\n", "ledger workspace", "figure");
    std::printf("%-55s %10.1f\n", "open the database (ms)", openMs);
    std::printf(
        "%-55s %10.1f\n",
        QStringLiteral("first rows on screen, %1 rows (ms)").arg(model->totalRows()).toUtf8().constData(),
        firstRowsMs);
    std::printf("%-55s %10.1f\n", "  CPU time of the process meanwhile (ms)", firstRowsCpuMs);
    std::printf("%-55s %10.1f\n",
                QStringLiteral("page down, mean of %1 (ms)").arg(scrolls).toUtf8().constData(),
                totalMs / scrolls);
    std::printf("%-55s %10.1f\n", "page down, slowest (ms)", slowestMs);
    std::printf("%-55s %10.1f\n", "jump to the end (ms)", endMs);
    std::printf("%-55s %10.1f\n", "jump to the middle (ms)", middleMs);
    std::printf("%-55s %10.1f\n",
                QStringLiteral("every page in turn, %1 pages (s)").arg(pages).toUtf8().constData(),
                walkSeconds);
    std::printf("%-55s %10.1f\n", "every page in turn, slowest page (ms)", walkSlowestMs);
    std::printf("%-55s %10d\n", "pages kept by the model after the walk", pagesKept);
    std::printf("%-55s %4d / %d\n", "pages read with an OFFSET / through a neighbour", offsetReads,
                keysetReads);
    std::printf("peak memory with the first rows: %ld MB; after every page: %ld MB (goal: under 200 MB)\n",
                firstRss, walkRss);
    std::printf("%-55s %10.1f\n",
                QStringLiteral("typed filter \"courseware\" (%1 rows): keys to rows (ms)")
                    .arg(filteredRows)
                    .toUtf8()
                    .constData(),
                filterMs);
    std::printf("%-55s %10lld\n", "  of which the first page, off the GUI thread (ms)",
                static_cast<long long>(filterCountMs));
    std::printf("%-55s %10.1f\n", "  keys to the count in (ms)", filterCountedMs);
    std::printf("%-55s %10lld\n", "  of which first page and count, off the GUI thread (ms)",
                static_cast<long long>(filterAllMs));
    std::printf("%-55s %10.1f\n", "  longest the GUI thread was late meanwhile (ms)", filterGuiLateMs);
    std::printf("%-55s %10.1f\n", "typed filter \"OFFICIAL\": keys to rows (ms)", narrowMs);
    std::printf("%-55s %10lld\n", "  of which the first page, off the GUI thread (ms)",
                static_cast<long long>(narrowCountMs));
    std::printf("%-55s %10.1f\n", "  keys to the count in (ms)", narrowCountedMs);
    std::printf("%-55s %10lld\n", "  of which first page and count, off the GUI thread (ms)",
                static_cast<long long>(narrowAllMs));
    std::printf("%-55s %10.1f\n", "  longest the GUI thread was late meanwhile (ms)", narrowGuiLateMs);
    std::printf("%-55s %10.1f\n",
                QStringLiteral("filtered view (%1 rows): its last page, %2 (ms)")
                    .arg(model->totalRows())
                    .arg(lastShown)
                    .toUtf8()
                    .constData(),
                filteredEndMs);
    // The ledger's lines of the table of ./dev bench (the dashboard and the wizard have their own bench).
    const QByteArray label = rowsLabel(rows);
    benchLine("sqlite", "ledger " + label + " rows: first rows on screen", firstRowsMs, -1, "under 200 ms");
    benchLine("sqlite", "ledger " + label + " rows: page down (slowest)", slowestMs, -1, "under 200 ms");
    benchLine("sqlite", "ledger " + label + " rows: jump to the end", endMs, -1, "under 300 ms");
    benchLine("sqlite", "ledger " + label + " rows: jump to the middle", middleMs, -1, "under 300 ms");
    benchLine("sqlite", "ledger " + label + " rows: filter typed, first page", double(filterCountMs), -1,
              "under 300 ms");
    benchLine("sqlite", "ledger " + label + " rows: filter typed, first page and count", double(filterAllMs),
              -1, "under 300 ms");
    benchLine("sqlite", "ledger " + label + " rows: filtered view, its last page", filteredEndMs, -1,
              "under 300 ms");
    std::printf("%-55s %10.1f\n", "KPI dashboard: shown (ms)", dashboardMs);
    std::printf("%-55s %10.1f\n", "enrollment wizard: open, start page shown (ms)", wizardMs);
    std::printf("%-55s %10.1f\n", "enrollment wizard: KPI lines and decision report (ms)", kpiPageMs);
    std::printf("peak memory after the dashboard and the wizard too: %ld MB (goal: under 200 MB)\n",
                othersRss);
    return 0;
}
