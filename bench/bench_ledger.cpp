// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: importing a generated 1,000,000-row invoice CSV with all our validation, side
// by side with the sqlite3 shell's .import of the same file into a bare table, and with the shell
// alone loading it into our schema (the floor the tables and indexes set, whoever parses), taking
// turns for a few rounds (bench_ledger [ROWS [ROUNDS]]); importing the same file again (every row
// unchanged); opening the ledger on those rows (count + first page) and every filter the ledger
// workspace offers (count + first page, newest first, as its model reads them); peak memory of
// the process. Prints figures, wall clock and CPU time, the medians, and BENCH lines for the table
// of ./dev bench (tools/bench_table.awk).
//
// With LP_BENCH_DB set, the database is written there and kept (./dev bench hands it on to
// bench_ledger_gui); with --create PATH ROWS it only makes such a database and says nothing;
// with --filters PATH [ROUNDS] it only times the filters on such a database;
// with --scale ROWS [PATH] it imports ROWS rows once beside sqlite3's two loads (the scale run of ./dev
// bench), into PATH when given (kept there), and prints only that.
#include "filterbench.h"
#include "ledgerbench.h"
#include "services/ledgerservice.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lp;
using namespace lp::bench;

namespace {

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

// The median of `values` (an odd count of them, or the upper middle).
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// A new database at `path` (whatever was there removed), made by our migrations, with the bench's
// partner (its id in `partnerId`). Null when it fails.
std::unique_ptr<Database> newBenchDatabase(const QString& path, qint64& partnerId)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto db = Database::open(path);
    if (!db)
        return nullptr;
    auto partner = addBenchPartner(*db.value());
    if (!partner)
        return nullptr;
    partnerId = partner->id;
    return std::move(db).value();
}

// Ours: parse (libcsv), validate every field, check conflicts, write in one transaction, into
// a new database at `path`. Null when it fails.
std::unique_ptr<Database> importFresh(const QString& path, const QString& csvPath, int rows, Timed& timed)
{
    qint64 partnerId = 0;
    auto db = newBenchDatabase(path, partnerId);
    if (!db)
        return nullptr;
    timed = import(*db, partnerId, csvPath);
    if (!timed.summary || !timed.summary->ok() || timed.summary->added != rows)
        return nullptr;
    return db;
}

// The sqlite3 shell run with `arguments`, timed (wall clock and CPU); what it said on standard
// error printed after `what` when it fails.
Timed runShell(const QStringList& arguments, const char* what)
{
    QProcess shell;
    QElapsedTimer t;
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    t.start();
    shell.start(QStringLiteral("sqlite3"), arguments);
    shell.waitForFinished(600000);
    Timed r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu;
    const bool ran = shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0;
    if (!ran)
        std::printf("%s: %s\n", what, shell.readAllStandardError().trimmed().constData());
    r.summary = ran ? Result<ImportSummary>(ImportSummary{}) : Result<ImportSummary>(Error{});
    return r;
}

// The sqlite3 shell's .import of the same file into a bare table (no checks, no indexes), in
// a new database at `path`.
Timed shellImport(const QString& path, const QString& csvPath)
{
    QFile::remove(path);
    return runShell({path, QStringLiteral(".mode csv"), QStringLiteral(".import %1 purchases").arg(csvPath)},
                    "sqlite3 .import");
}

// The sqlite3 shell alone loading the same file into our schema, in a new database at `path` made
// by our migrations (checks, foreign key, unique key, the ledger's index): the file .import-ed into
// a temporary table, then one INSERT ... SELECT into purchases with the ledger's index dropped
// before and built after, in one transaction, with our connection's pragmas. No validation and no
// conflict check beyond the schema's own: what the engine needs for these rows whoever parses them.
Timed shellSchemaImport(const QString& path, const QString& csvPath)
{
    QStringList indexes;
    qint64 partnerId = 0;
    {
        auto db = newBenchDatabase(path, partnerId);
        if (!db)
            return {};
        QSqlQuery q(db->connection());
        if (!q.exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'purchases'"
                               " AND sql IS NOT NULL")))
            return {};
        while (q.next())
            indexes << q.value(0).toString();
    }
    QStringList script{QStringLiteral("PRAGMA foreign_keys = ON"),
                       QStringLiteral("PRAGMA cache_size = -32768"),
                       QStringLiteral("PRAGMA synchronous = NORMAL"),
                       QStringLiteral("PRAGMA threads = 2"),
                       QStringLiteral(".mode csv"),
                       QStringLiteral(".import --schema temp %1 staging").arg(csvPath),
                       QStringLiteral("BEGIN")};
    for (const QString& index : std::as_const(indexes))
        script << QStringLiteral("DROP INDEX %1").arg(index.section(u' ', 2, 2));
    script
        << QStringLiteral(
               "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, omlp_type,"
               " units, kpi_value, revenue_cents, currency, competency)"
               " SELECT %1, invoice, CAST(line AS INTEGER), documentType, invoiceDate, omlpType,"
               " CAST(units AS INTEGER), CAST(kpiValue AS REAL),"
               " CAST(round(CAST(revenue AS REAL) * 100) AS INTEGER), currency, competency FROM temp.staging")
               .arg(partnerId);
    script << indexes << QStringLiteral("COMMIT");
    return runShell(QStringList{QStringLiteral("-bail"), path} + script, "sqlite3 into our schema");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--scale") == 0) {
        // One import of ROWS rows beside sqlite3's, for the growth from 1M rows (./dev bench).
        const int rows = std::atoi(argv[2]);
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("invoices.csv"));
        writeInvoiceCsv(csvPath, rows);
        const QString path =
            argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("ours.sqlite"));
        Timed ours;
        const bool imported = importFresh(path, csvPath, rows, ours) != nullptr;
        const long rss = peakRssMb();
        const Timed shell = shellImport(dir.filePath(QStringLiteral("bare.sqlite")), csvPath);
        const Timed schema = shellSchemaImport(dir.filePath(QStringLiteral("schema.sqlite")), csvPath);
        if (!imported || !shell.summary || !schema.summary) {
            std::printf("scale run failed\n");
            return 1;
        }
        std::printf(
            "scale run, %d rows: ours %.2f s (CPU %.2f s), sqlite3 .import %.2f s (CPU %.2f s), ratio %.2f;"
            " sqlite3 into our schema %.2f s (CPU %.2f s), ratio %.2f; peak memory %ld MB\n",
            rows, ours.seconds, ours.cpu, shell.seconds, shell.cpu, ours.seconds / shell.seconds,
            schema.seconds, schema.cpu, ours.seconds / schema.seconds, rss);
        benchLine("sqlite", "import " + rowsLabel(rows) + " rows", ours.seconds * 1000, shell.seconds * 1000,
                  "within 1.2x");
        // The floor's own growth from 1M rows (the table's growth row): what the schema sets.
        benchLine("sqlite", "sqlite3 into our schema, " + rowsLabel(rows) + " rows (peer: into a bare table)",
                  schema.seconds * 1000, shell.seconds * 1000, "-");
        return 0;
    }
    if (argc > 2 && qstrcmp(argv[1], "--filters") == 0) {
        // Only the filters, on a database made before (--create PATH ROWS, or LP_BENCH_DB kept).
        auto db = Database::open(QString::fromLocal8Bit(argv[2]));
        if (!db) {
            std::printf("no bench database at %s\n", argv[2]);
            return 1;
        }
        auto partner = PartnerRepository(*db.value()).findByMpnId(QStringLiteral("1"));
        if (!partner || !partner->has_value()) {
            std::printf("no bench partner in %s\n", argv[2]);
            return 1;
        }
        Session session;
        session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
        const auto counted = PurchaseRepository(*db.value()).count((*partner)->id);
        const qint64 rows = counted ? counted.value() : 0;
        benchLedgerFilters(*db.value(), (*partner)->id, session, kToday, "sqlite", rowsLabel(rows),
                           argc > 3 ? std::atoi(argv[3]) : 3);
        return 0;
    }
    const bool createOnly = argc > 3 && qstrcmp(argv[1], "--create") == 0;
    const int rows = createOnly ? std::atoi(argv[3]) : argc > 1 ? std::atoi(argv[1]) : 1000000;
    // A shared machine's clock wanders by a third from one run to the next: the two imports take
    // turns, `rounds` times, and the medians are compared.
    const int rounds = std::max(1, argc > 2 && !createOnly ? std::atoi(argv[2]) : 3);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("invoices.csv"));
    writeInvoiceCsv(csvPath, rows);
    const QString ours = createOnly ? QString::fromLocal8Bit(argv[2])
                         : qEnvironmentVariableIsSet("LP_BENCH_DB")
                             ? qEnvironmentVariable("LP_BENCH_DB")
                             : dir.filePath(QStringLiteral("ours.sqlite"));
    if (createOnly) {
        Timed first;
        return importFresh(ours, csvPath, rows, first) ? 0 : 1;
    }
    std::printf("file: %d rows, %.1f MB; %d rounds, the two imports taking turns\n", rows,
                double(QFile(csvPath).size()) / 1e6, rounds);

    std::printf("%-6s %-50s %10s %10s %14s\n", "round", "import", "seconds", "CPU s", "rows/second");
    QList<double> oursSeconds, oursCpu, shellSeconds, shellCpu, schemaSeconds;
    std::unique_ptr<Database> db;
    long importRss = 0;
    for (int round = 1; round <= rounds; ++round) {
        Timed first;
        db.reset();
        db = importFresh(ours, csvPath, rows, first);
        if (!db) {
            std::printf("import failed\n");
            return 1;
        }
        importRss = std::max(importRss, peakRssMb());
        const Timed shell = shellImport(dir.filePath(QStringLiteral("bare.sqlite")), csvPath);
        if (!shell.summary) {
            std::printf("sqlite3 .import failed (is the sqlite3 shell installed?)\n");
            return 1;
        }
        std::printf("%-6d %-50s %10.2f %10.2f %14.0f\n", round,
                    "learnpartner (validated, indexed, 1 transaction)", first.seconds, first.cpu,
                    rows / first.seconds);
        std::printf("%-6d %-50s %10.2f %10.2f %14.0f\n", round, "sqlite3 .import (bare table)", shell.seconds,
                    shell.cpu, rows / shell.seconds);
        const Timed schema = shellSchemaImport(dir.filePath(QStringLiteral("schema.sqlite")), csvPath);
        if (!schema.summary) {
            std::printf("sqlite3 into our schema failed\n");
            return 1;
        }
        std::printf("%-6d %-50s %10.2f %10.2f %14.0f\n", round, "sqlite3 into our schema (no validation)",
                    schema.seconds, schema.cpu, rows / schema.seconds);
        oursSeconds << first.seconds;
        oursCpu << first.cpu;
        shellSeconds << shell.seconds;
        shellCpu << shell.cpu;
        schemaSeconds << schema.seconds;
    }

    // The same file again: every row is looked up and found unchanged.
    auto partner = PartnerRepository(*db).findByMpnId(QStringLiteral("1"));
    if (!partner || !partner->has_value()) {
        std::printf("re-import failed: no partner\n");
        return 1;
    }
    const Timed again = import(*db, (*partner)->id, csvPath);
    if (!again.summary || !again.summary->ok() || again.summary->unchanged != rows) {
        std::printf("re-import failed\n");
        return 1;
    }
    std::printf("%-6s %-50s %10.2f %10.2f %14.0f\n", "", "learnpartner again (every row unchanged)",
                again.seconds, again.cpu, rows / again.seconds);
    // Each round's two imports ran back to back, under much the same load: their ratio is the
    // fairer figure; the ratio of the medians is printed too.
    QList<double> ratios;
    std::printf("ratio ours / sqlite3 per round:");
    for (int i = 0; i < rounds; ++i) {
        ratios << oursSeconds[i] / shellSeconds[i];
        std::printf(" %.2f", ratios.last());
    }
    std::printf("\nmedian ratio ours / sqlite3: %.2f (goal: within 1.2); medians: ours %.2f s, sqlite3 %.2f s"
                " (ratio %.2f), CPU ratio %.2f\n",
                median(ratios), median(oursSeconds), median(shellSeconds),
                median(oursSeconds) / median(shellSeconds), median(oursCpu) / median(shellCpu));
    // The floor the schema sets: sqlite3 itself, the rows in hand, into the same tables and indexes.
    QList<double> schemaRatios;
    std::printf("ratio ours / sqlite3 into our schema per round:");
    for (int i = 0; i < rounds; ++i) {
        schemaRatios << oursSeconds[i] / schemaSeconds[i];
        std::printf(" %.2f", schemaRatios.last());
    }
    std::printf("\nsqlite3 into our schema / sqlite3 .import (bare table) per round:");
    for (int i = 0; i < rounds; ++i)
        std::printf(" %.2f", schemaSeconds[i] / shellSeconds[i]);
    std::printf(
        "\nmedian ratio ours / sqlite3 into our schema: %.2f; median sqlite3 into our schema %.2f s\n",
        median(schemaRatios), median(schemaSeconds));
    std::printf("peak memory after the imports: %ld MB (goal: under 200 MB)\n", importRss);
    benchLine("sqlite", "import " + rowsLabel(rows) + " rows", median(oursSeconds) * 1000,
              median(shellSeconds) * 1000, "within 1.2x");
    benchLine("sqlite", "import " + rowsLabel(rows) + " rows (peer: sqlite3 into our schema)",
              median(oursSeconds) * 1000, median(schemaSeconds) * 1000, "-");
    benchLine("sqlite", "sqlite3 into our schema, " + rowsLabel(rows) + " rows (peer: into a bare table)",
              median(schemaSeconds) * 1000, median(shellSeconds) * 1000, "-");
    benchLine("sqlite", "import again " + rowsLabel(rows) + " rows (every row unchanged)",
              again.seconds * 1000, -1, "-");

    // Opening the ledger: the count and the first page, as the GUI does.
    Session session;
    session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
    QElapsedTimer t;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto count = LedgerService(*db).count(session, (*partner)->id, {});
        auto page = LedgerService(*db).page(session, (*partner)->id, {}, std::nullopt,
                                            LedgerService::kPageSize, kToday);
        std::printf("ledger open (count %lld + first %lld rows): %.1f ms\n", qlonglong(count.value()),
                    qlonglong(page->size()), double(t.nsecsElapsed()) / 1e6);
    }
    benchLedgerFilters(*db, (*partner)->id, session, kToday, "sqlite", rowsLabel(rows));
    // Exporting the whole ledger as CSV: page after page through the date index.
    {
        QFile out(dir.filePath(QStringLiteral("export.csv")));
        out.open(QIODevice::WriteOnly);
        t.restart();
        const Status exported = LedgerService(*db).exportCsv(session, (*partner)->id, {}, out, kToday);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        out.close();
        std::printf("ledger export (%s, %.1f MB): %.2f s\n", exported ? "every row" : "FAILED",
                    double(out.size()) / 1e6, seconds);
        benchLine("sqlite", "export " + rowsLabel(rows) + " rows as CSV", seconds * 1000, -1, "-");
    }
    std::printf("peak memory at the end: %ld MB\n", peakRssMb());
    return 0;
}
