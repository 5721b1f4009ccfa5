// Benchmark: importing a generated 1,000,000-row invoice CSV with all our validation, side
// by side with the sqlite3 shell's .import of the same file into a bare table; importing the
// same file again (every row unchanged); opening the ledger on those rows (count + first page);
// peak memory of the process. Prints figures, wall clock and CPU time.
//
// With LP_BENCH_DB set, the database is written there and kept (./dev bench hands it on to
// bench_ledger_gui); with --create PATH ROWS it only makes such a database and says nothing.
#include "ledgerbench.h"
#include "services/ledgerservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace lp;
using namespace lp::bench;

namespace {

const Actor kBench{QStringLiteral("bench"), QStringLiteral("operator")};
const QDate kToday(2022, 1, 1);

struct Timed
{
    double seconds = 0;
    double cpu = 0;
    Result<ImportSummary> summary = Error{};
};

Timed import(Database& db, qint64 partnerId, const QString& csvPath)
{
    QFile input(csvPath);
    input.open(QIODevice::ReadOnly);
    QElapsedTimer t;
    const double cpu = cpuSeconds();
    t.start();
    Timed r;
    r.summary =
        LedgerService(db).importInvoices(kBench, partnerId, input, {kToday, QStringLiteral("invoices.csv")});
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds() - cpu;
    return r;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool createOnly = argc > 3 && qstrcmp(argv[1], "--create") == 0;
    const int rows = createOnly ? std::atoi(argv[3]) : argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("invoices.csv"));
    writeInvoiceCsv(csvPath, rows);
    if (!createOnly)
        std::printf("file: %d rows, %.1f MB\n", rows, double(QFile(csvPath).size()) / 1e6);

    // Ours: parse (libcsv), validate every field, check conflicts, write in one transaction.
    const QString ours = createOnly ? QString::fromLocal8Bit(argv[2])
                         : qEnvironmentVariableIsSet("LP_BENCH_DB")
                             ? qEnvironmentVariable("LP_BENCH_DB")
                             : dir.filePath(QStringLiteral("ours.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(ours + QLatin1String(suffix));
    auto db = Database::open(ours);
    if (!db) {
        std::printf("cannot open the database\n");
        return 1;
    }
    auto partner = PartnerService(*db.value())
                       .add(kBench, {0, QStringLiteral("1"), QStringLiteral("Bench"), QStringLiteral("IT"),
                                     QDate(2021, 5, 1)});
    const Timed first = import(*db.value(), partner->id, csvPath);
    if (!first.summary || !first.summary->ok() || first.summary->added != rows) {
        std::printf("import failed\n");
        return 1;
    }
    if (createOnly)
        return 0;
    const long importRss = peakRssMb();

    // The sqlite3 shell's .import of the same file into a bare table (no checks, no indexes).
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    QProcess shell;
    QElapsedTimer t;
    const double shellCpu = cpuSeconds(RUSAGE_CHILDREN);
    t.start();
    shell.start(QStringLiteral("sqlite3"),
                {bare, QStringLiteral(".mode csv"), QStringLiteral(".import %1 purchases").arg(csvPath)});
    shell.waitForFinished(600000);
    const double shellSeconds = double(t.nsecsElapsed()) / 1e9;
    const double shellCpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - shellCpu;

    // The same file again: every row is looked up and found unchanged.
    const Timed again = import(*db.value(), partner->id, csvPath);
    if (!again.summary || !again.summary->ok() || again.summary->unchanged != rows) {
        std::printf("re-import failed\n");
        return 1;
    }

    std::printf("%-50s %10s %10s %14s\n", "import", "seconds", "CPU s", "rows/second");
    std::printf("%-50s %10.2f %10.2f %14.0f\n", "learnpartner (validated, indexed, 1 transaction)",
                first.seconds, first.cpu, rows / first.seconds);
    std::printf("%-50s %10.2f %10.2f %14.0f\n", "sqlite3 .import (bare table)", shellSeconds, shellCpuSeconds,
                rows / shellSeconds);
    std::printf("%-50s %10.2f %10.2f %14.0f\n", "learnpartner again (every row unchanged)", again.seconds,
                again.cpu, rows / again.seconds);
    std::printf("ratio ours / sqlite3: %.2f, CPU %.2f (goal: within 1.5)\n", first.seconds / shellSeconds,
                first.cpu / shellCpuSeconds);
    std::printf("peak memory after the import: %ld MB (goal: under 200 MB)\n", importRss);

    // Opening the ledger: the count and the first page, as the GUI does.
    Session session;
    session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto count = LedgerService(*db.value()).count(session, partner->id, {});
        auto page = LedgerService(*db.value())
                        .page(session, partner->id, {}, std::nullopt, LedgerService::kPageSize, kToday);
        std::printf("ledger open (count %lld + first %lld rows): %.1f ms\n", qlonglong(count.value()),
                    qlonglong(page->size()), double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("peak memory at the end: %ld MB\n", peakRssMb());
    return 0;
}
