// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: the invoice import on PostgreSQL, beside psql's \copy of the same generated file into
// a bare table (ten text columns, no checks, no index), the two taking turns for a few rounds, each
// round in a database made afresh; then the same file again (every row unchanged) and the ledger's
// filters on those rows (bench/filterbench.h: the way before and now). Beside each wall clock of the
// import, the CPU time of the two programs and of their server processes (read from /proc when the
// server runs on this machine). Runs when LP_BENCH_PG_URL names a server (./dev bench starts the
// tests' throwaway one); says so and does nothing otherwise.
//   bench_ledger_pg [ROWS [ROUNDS]]   (1,000,000 rows, 3 rounds; LP_BENCH_PG_KEEP: the database is kept)
//   bench_ledger_pg --filters [ROUNDS] (only the filters, on the database kept)
// Prints figures and BENCH lines for the table of ./dev bench (tools/bench_table.awk).
#include "filterbench.h"
#include "ledgerbench.h"
#include "services/ledgerservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace lp;
using namespace lp::bench;

namespace {

const QDate kToday(2022, 1, 1);
const QString kBenchDatabase = QStringLiteral("lp_bench");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Runs psql on `url` with `args`; false (and its errors printed) when it fails.
bool psql(const QString& url, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("psql"),
            QStringList{url, QStringLiteral("-qX"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")} +
                args);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The server's URL with another database.
QString withDatabase(const QString& serverUrl, const QString& database)
{
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// CPU seconds (user + system) of a process of this machine from /proc: field `first` and the next
// of /proc/PID/stat (14: its own, 16: its finished children's); -1 when the server runs elsewhere
// or its processes cannot be read.
double procCpuSeconds(qint64 pid, int first = 14)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The fields after the command's name (in parentheses, which may hold spaces), from field 3 on.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < first - 1)
        return -1;
    return double(fields[first - 3].toLongLong() + fields[first - 2].toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

// The server process of `db`'s connection and its parent (the postmaster), or 0 when unknown.
std::pair<qint64, qint64> serverProcesses(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return {0, 0};
    const qint64 backend = q.value(0).toLongLong();
    QFile stat(QStringLiteral("/proc/%1/stat").arg(backend));
    if (!stat.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return {backend, fields.size() > 1 ? fields[1].toLongLong() : 0};
}

bool freshDatabase(const QString& serverUrl)
{
    return psql(serverUrl,
                {QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(kBenchDatabase),
                 QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(kBenchDatabase)});
}

// A new database `lp_bench` on the server at `serverUrl`, made by our migrations, with the bench's
// partner (its id in `partnerId`); null, said why, when that fails.
std::unique_ptr<Database> freshBenchDatabase(const QString& serverUrl, const QString& benchUrl,
                                             qint64& partnerId)
{
    if (!freshDatabase(serverUrl)) {
        std::printf("cannot make the database %s\n", qPrintable(kBenchDatabase));
        return nullptr;
    }
    auto opened = Database::open(benchUrl, {Database::Mode::Upgrade, -1, Database::Create::Yes});
    if (!opened) {
        std::printf("cannot open %s: %s\n", qPrintable(benchUrl), qPrintable(opened.error().code));
        return nullptr;
    }
    auto partner = addBenchPartner(*opened.value());
    if (!partner) {
        std::printf("cannot add the bench partner: %s\n", qPrintable(partner.error().code));
        return nullptr;
    }
    partnerId = partner->id;
    return std::move(opened).value();
}

// psql alone loading the same file into our schema, in the database made afresh with our
// migrations and the partner `partnerId`: \copy into a temporary table, then one INSERT ... SELECT
// into purchases (checks, foreign key, unique key, the ledger's index), in one transaction. No
// validation and no conflict check beyond the schema's own. Seconds, or -1 when it fails.
double psqlSchemaImport(const QString& url, const QString& csvPath, qint64 partnerId)
{
    QElapsedTimer t;
    t.start();
    const bool loaded = psql(
        url, {QStringLiteral("--single-transaction"), QStringLiteral("-c"),
              QStringLiteral("CREATE TEMPORARY TABLE staging (invoice text, line text, document_type text,"
                             " invoice_date text, omlp_type text, units text, kpi_value text, revenue text,"
                             " currency text, competency text) ON COMMIT DROP"),
              QStringLiteral("-c"),
              QStringLiteral("\\copy staging FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csvPath),
              QStringLiteral("-c"),
              QStringLiteral(
                  "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, omlp_type,"
                  " units, kpi_value, revenue_cents, currency, competency)"
                  " SELECT %1, invoice, line::integer, document_type, invoice_date, omlp_type,"
                  " units::integer, kpi_value::float8, round(revenue::numeric * 100)::bigint, currency,"
                  " competency FROM staging")
                  .arg(partnerId)});
    return loaded ? double(t.nsecsElapsed()) / 1e9 : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString serverUrl = qEnvironmentVariable("LP_BENCH_PG_URL");
    if (serverUrl.isEmpty()) {
        std::printf("skipped: LP_BENCH_PG_URL names no PostgreSQL server (./dev bench starts one)\n");
        return 0;
    }
    if (argc > 1 && qstrcmp(argv[1], "--filters") == 0) {
        // Only the filters, on the database a run with LP_BENCH_PG_KEEP set left.
        auto opened = Database::open(withDatabase(serverUrl, kBenchDatabase));
        if (!opened) {
            std::printf("no bench database %s\n", qPrintable(kBenchDatabase));
            return 1;
        }
        auto partner = PartnerRepository(*opened.value()).findByMpnId(QStringLiteral("1"));
        if (!partner || !partner->has_value()) {
            std::printf("no bench partner in %s\n", qPrintable(kBenchDatabase));
            return 1;
        }
        Session session;
        session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
        const auto counted = PurchaseRepository(*opened.value()).count((*partner)->id);
        benchLedgerFilters(*opened.value(), (*partner)->id, session, kToday, "postgresql",
                           rowsLabel(counted ? counted.value() : 0), argc > 2 ? std::atoi(argv[2]) : 3);
        return 0;
    }
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    const int rounds = std::max(1, argc > 2 ? std::atoi(argv[2]) : 3);
    const QString benchUrl = withDatabase(serverUrl, kBenchDatabase);
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("invoices.csv"));
    writeInvoiceCsv(csvPath, rows);
    std::printf("PostgreSQL: %d rows, %.1f MB; %d rounds, the two imports taking turns\n", rows,
                double(QFile(csvPath).size()) / 1e6, rounds);

    QList<double> oursSeconds, peerSeconds, schemaSeconds;
    std::unique_ptr<Database> db;
    qint64 partnerId = 0;
    QElapsedTimer t;
    for (int round = 1; round <= rounds; ++round) {
        db.reset();
        // The floor our schema sets: psql alone, the same file, into a database of its own (our
        // connection closed first, as psql would find it).
        double schema = -1;
        if (qint64 id = 0; freshBenchDatabase(serverUrl, benchUrl, id))
            schema = psqlSchemaImport(benchUrl, csvPath, id);
        if (schema < 0) {
            std::printf("psql into our schema failed\n");
            return 1;
        }
        db = freshBenchDatabase(serverUrl, benchUrl, partnerId);
        if (!db)
            return 1;
        const auto [backend, postmaster] = serverProcesses(*db);
        QFile input(csvPath);
        input.open(QIODevice::ReadOnly);
        const double cpuBefore = cpuSeconds();
        const double serverBefore = procCpuSeconds(backend);
        t.restart();
        auto summary = LedgerService(*db).importInvoices(kBench, partnerId, input,
                                                         {kToday, QStringLiteral("invoices.csv")});
        const double ours = double(t.nsecsElapsed()) / 1e9;
        const double oursCpu = cpuSeconds() - cpuBefore;
        const double oursServer = serverBefore < 0 ? -1 : procCpuSeconds(backend) - serverBefore;
        if (!summary || !summary->ok() || summary->added != rows) {
            std::printf(
                "import failed: %s\n",
                summary
                    ? qPrintable(QString::number(summary->errors.size()) + QStringLiteral(" errors"))
                    : qPrintable(summary.error().code + QLatin1Char(' ') + summary.error().args.join(u' ')));
            return 1;
        }
        // The peer: psql's \copy of the same file into a bare table of text columns.
        if (!psql(benchUrl,
                  {QStringLiteral("-c"), QStringLiteral("DROP TABLE IF EXISTS bare"), QStringLiteral("-c"),
                   QStringLiteral("CREATE TABLE bare (invoice text, line text, document_type text,"
                                  " invoice_date text, omlp_type text, units text, kpi_value text,"
                                  " revenue text, currency text, competency text)")}))
            return 1;
        // psql's server process ends with it: its CPU joins the postmaster's finished children
        // (as would an autovacuum worker's that ended meanwhile: an upper bound).
        const double peerCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        const double peerServerBefore = procCpuSeconds(postmaster, 16);
        t.restart();
        const bool copied = psql(
            benchUrl, {QStringLiteral("-c"),
                       QStringLiteral("\\copy bare FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csvPath)});
        const double peer = double(t.nsecsElapsed()) / 1e9;
        const double peerCpu = cpuSeconds(RUSAGE_CHILDREN) - peerCpuBefore;
        QThread::msleep(200); // the postmaster collects its finished child
        const double peerServer =
            peerServerBefore < 0 ? -1 : procCpuSeconds(postmaster, 16) - peerServerBefore;
        if (!copied) {
            std::printf("psql \\copy failed\n");
            return 1;
        }
        std::printf("round %d: learnpartner %.2f s (%.0f rows/s), psql \\copy %.2f s, ratio %.2f;"
                    " psql into our schema %.2f s, ratio %.2f\n",
                    round, ours, rows / ours, peer, ours / peer, schema, ours / schema);
        std::printf(
            "  CPU: learnpartner %.2f s, its server process %.2f s; psql %.2f s, its server process %.2f s"
            " (-1: not readable)\n",
            oursCpu, oursServer, peerCpu, peerServer);
        oursSeconds << ours;
        peerSeconds << peer;
        schemaSeconds << schema;
    }
    std::printf(
        "median: learnpartner %.2f s, psql \\copy %.2f s, ratio %.2f (goal: within 2); peak memory %ld MB\n",
        median(oursSeconds), median(peerSeconds), median(oursSeconds) / median(peerSeconds), peakRssMb());
    std::printf(
        "median: psql into our schema %.2f s, %.2f times psql \\copy (bare table); ours %.2f times it\n",
        median(schemaSeconds), median(schemaSeconds) / median(peerSeconds),
        median(oursSeconds) / median(schemaSeconds));
    benchLine("postgresql", "import " + rowsLabel(rows) + " rows", median(oursSeconds) * 1000,
              median(peerSeconds) * 1000, "within 2x");
    benchLine("postgresql", "import " + rowsLabel(rows) + " rows (peer: psql into our schema)",
              median(oursSeconds) * 1000, median(schemaSeconds) * 1000, "-");
    benchLine("postgresql",
              "psql into our schema, " + rowsLabel(rows) + " rows (peer: \\copy into a bare table)",
              median(schemaSeconds) * 1000, median(peerSeconds) * 1000, "-");

    // The same file again: every row is found stored with the same values.
    {
        const qint64 backend = serverProcesses(*db).first;
        QFile input(csvPath);
        input.open(QIODevice::ReadOnly);
        const double cpuBefore = cpuSeconds();
        const double serverBefore = procCpuSeconds(backend);
        t.restart();
        auto again = LedgerService(*db).importInvoices(kBench, partnerId, input,
                                                       {kToday, QStringLiteral("invoices.csv")});
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!again || !again->ok() || again->unchanged != rows) {
            std::printf("re-import failed\n");
            return 1;
        }
        std::printf(
            "learnpartner again (every row unchanged): %.2f s (CPU %.2f s, its server process %.2f s)\n",
            seconds, cpuSeconds() - cpuBefore,
            serverBefore < 0 ? -1.0 : procCpuSeconds(backend) - serverBefore);
        benchLine("postgresql", "import again " + rowsLabel(rows) + " rows (every row unchanged)",
                  seconds * 1000, -1, "-");
    }

    // The ledger's views on PostgreSQL: every filter of the workspace, as on SQLite.
    Session session;
    session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
    benchLedgerFilters(*db, partnerId, session, kToday, "postgresql", rowsLabel(rows));
    db.reset();
    if (!qEnvironmentVariableIsSet("LP_BENCH_PG_KEEP")) // kept: bench_ledger_pg --filters times it again
        psql(serverUrl,
             {QStringLiteral("-c"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(kBenchDatabase)});
    return 0;
}
