// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: backup, verify, restore and copy of a database holding ROWS KPI records
// (bench_backup [ROWS], 1,000,000 by default), each timed on its own: wall clock and CPU time.
// With LP_BENCH_PG_URL set to an empty PostgreSQL database, also the copy SQLite -> PostgreSQL
// and the backup from PostgreSQL. Prints figures; never run by ctest.
#include "ledgerbench.h"
#include "services/backupservice.h"
#include "services/ledgerservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace lp;
using namespace lp::bench;

namespace {

// Runs `step`, prints its figures; false when it failed.
bool measure(const char* what, const std::function<Status()>& step)
{
    QElapsedTimer t;
    const double cpu = cpuSeconds();
    t.start();
    const Status s = step();
    const double wall = double(t.nsecsElapsed()) / 1e9;
    if (!s) {
        std::printf("%-34s FAILED: %s %s\n", what, qPrintable(s.error().code),
                    qPrintable(s.error().args.join(QLatin1Char(' '))));
        return false;
    }
    std::printf("%-34s %8.2f s wall %8.2f s CPU\n", what, wall, cpuSeconds() - cpu);
    std::fflush(stdout);
    return true;
}

template <typename T> Status statusOf(const Result<T>& r)
{
    return r ? Status{} : Status{r.error()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("bench"));
    QStandardPaths::setTestModeEnabled(true); // the audit anchors stay out of the user's data
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("invoices.csv"));
    if (!writeInvoiceCsv(csv, rows))
        return 1;
    std::printf("bench_backup: %d KPI records\n", rows);
    bool ok = measure("import (set-up)", [&]() -> Status {
        auto db = Database::open(source);
        if (!db)
            return db.error();
        auto partner = addBenchPartner(*db.value());
        if (!partner)
            return partner.error();
        QFile input(csv);
        input.open(QIODevice::ReadOnly);
        auto summary =
            LedgerService(*db.value())
                .importInvoices(kBench, partner->id, input, {QDate(2022, 1, 1), QStringLiteral("i.csv")});
        return statusOf(summary);
    });
    const BackupService service(kBench);
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    ok = ok &&
         measure("backup (SQLite, VACUUM INTO)", [&] { return statusOf(service.backup(source, backup)); });
    ok = ok && measure("verify the backup", [&] { return statusOf(service.verify(backup)); });
    // The restore's target holds the same rows: it is backed up first, emptied, filled.
    ok = ok &&
         measure("restore (onto a full database)", [&] { return statusOf(service.restore(source, backup)); });
    const QString empty = dir.filePath(QStringLiteral("fresh.sqlite"));
    ok = ok && measure("restore (into a new file)", [&] { return statusOf(service.restore(empty, backup)); });
    const QString copied = dir.filePath(QStringLiteral("copy.sqlite"));
    ok = ok && measure("copy SQLite -> SQLite", [&] { return statusOf(service.copy(source, copied)); });
    const QString pg = qEnvironmentVariable("LP_BENCH_PG_URL");
    if (ok && !pg.isEmpty()) {
        ok = ok && measure("copy SQLite -> PostgreSQL", [&] { return statusOf(service.copy(source, pg)); });
        const QString fromPg = dir.filePath(QStringLiteral("from-pg.sqlite"));
        ok = ok && measure("backup (PostgreSQL)", [&] { return statusOf(service.backup(pg, fromPg)); });
        ok =
            ok && measure("restore (onto PostgreSQL)", [&] { return statusOf(service.restore(pg, backup)); });
    }
    std::printf("peak memory: %ld MB\n", peakRssMb());
    return ok ? 0 : 1;
}
