// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: the KPI dashboard and the enrollment wizard's start page on a ledger of 1,000,000 and
// 10,000,000 purchases (bench_dashboard [ROWS...]), SQLite, release build. Times the service calls
// the GUI makes (DashboardService::dashboard as the dashboard workspace asks it; the wizard's
// snapshot and one decision per path of the start page), the median of 5 runs after a first one,
// and prints the growth from the smallest ledger to the largest (goal: flat, since both read the
// KPI summary: docs/architecture.md#the-kpi-summary). For comparison it also times the daily sums
// counted from the rows, as they were read before the summary, and building the summary from the
// rows (what migration 8 costs). The purchases are generated with one INSERT ... SELECT.
// Besides its own output it prints BENCH lines for the table of ./dev bench:
//   BENCH<TAB>engine<TAB>workload<TAB>ours_ms<TAB>peer_ms or -<TAB>goal
#include "rules/eligibilityengine.h"
#include "services/accountservice.h"
#include "services/dashboardservice.h"
#include "services/enrollmentservice.h"
#include "storage/database.h"
#include "storage/kpisummaryrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace lp;

namespace {

constexpr int kRuns = 5;
constexpr int kDays = 1080; // about three years of purchases, the newest yesterday

QByteArray label(qint64 rows)
{
    if (rows % 1000000 == 0)
        return QByteArray::number(rows / 1000000) + 'M';
    if (rows % 1000 == 0)
        return QByteArray::number(rows / 1000) + 'k';
    return QByteArray::number(rows);
}

void benchLine(const QByteArray& workload, double ms, const char* goal)
{
    std::printf("BENCH\tsqlite\t%s\t%.0f\t-\t%s\n", workload.constData(), ms, goal);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The first run, then the median of kRuns more; -1 when a run failed (its error printed).
struct Timing
{
    double first = -1;
    double median = -1;
};

Timing timeIt(const char* what, const std::function<Status()>& run)
{
    Timing out;
    std::vector<double> times;
    for (int i = 0; i <= kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        const Status s = run();
        const double ms = msSince(t);
        if (!s) {
            std::printf("%s FAILED: %s %s\n", what, qPrintable(s.error().code),
                        qPrintable(s.error().args.join(QLatin1Char(' '))));
            return {};
        }
        if (i == 0)
            out.first = ms;
        else
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    out.median = times[times.size() / 2];
    std::printf("%-62s first %9.1f ms, median of %d %9.1f ms\n", what, out.first, kRuns, out.median);
    return out;
}

// A database with one partner, its admin, and `rows` purchases over kDays days: three lines to an
// invoice, one document in ten an order confirmation, four competencies' worth of labels.
Status generate(const QString& path, qint64 rows, const QDate& today, Session& admin)
{
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    auto first = AccountService(db, PasswordHasher::Strength::Minimal)
                     .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning"),
                                        QStringLiteral("IT"), QDate(2021, 3, 1)},
                                       QStringLiteral("giulia"), QStringLiteral("a long bench passphrase"));
    if (!first)
        return first.error();
    admin = first.value();
    if (Status s = db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !s)
        return s;
    QElapsedTimer t;
    t.start();
    Status written = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        // Invoice numbers zero-padded, so the rows come in the order of the unique index.
        q.prepare(QStringLiteral(
            "INSERT INTO purchases (partner_id, invoice, line, document_type, invoice_date, omlp_type,"
            " units, kpi_value, revenue_cents, currency, competency)"
            " WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " SELECT ?, printf('INV-%09d', i / 3), i % 3 + 1,"
            " CASE WHEN i % 30 < 3 THEN 'orderConfirmation' ELSE 'invoice' END,"
            " date(?, '+' || ((i / 3) % ?) || ' days'), 'Official courseware', i % 5 + 1, (i % 5 + 1) * 0.5,"
            " 43050 * (i % 5 + 1), 'EUR',"
            " CASE i % 4 WHEN 0 THEN 'Cloud Platform' WHEN 1 THEN '' ELSE 'Data Analytics' END FROM n"));
        q.addBindValue(rows - 1);
        q.addBindValue(admin.partnerId());
        q.addBindValue(today.addDays(-kDays).toString(Qt::ISODate));
        q.addBindValue(kDays);
        if (Status s = db.exec(q); !s)
            return s;
        return {};
    });
    if (!written)
        return written;
    std::printf("%-62s %9.1f ms\n",
                qPrintable(QStringLiteral("generated %1 purchases (one INSERT ... SELECT)")
                               .arg(QString::fromLatin1(label(rows)))),
                msSince(t));
    t.restart();
    if (Status s = KpiSummaryRepository::rebuildAll(db); !s)
        return s;
    std::printf("%-62s %9.1f ms\n", "KPI summary built from every row (migration 8's fill)", msSince(t));
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << std::atoll(argv[i]);
    if (sizes.isEmpty())
        sizes = {1000000, 10000000};
    const QDate today = QDate::currentDate();
    const QString dir = QCoreApplication::applicationDirPath(); // the build tree, never the checkout
    QList<QPair<double, double>> figures;                       // dashboard and start page medians per size

    for (qint64 rows : std::as_const(sizes)) {
        const QString path = dir + QStringLiteral("/dashboard-bench-%1.sqlite").arg(rows);
        std::printf("\n%s purchases (%s)\n", label(rows).constData(), qPrintable(path));
        Session admin;
        if (Status s = generate(path, rows, today, admin); !s) {
            std::printf("generation FAILED: %s %s\n", qPrintable(s.error().code),
                        qPrintable(s.error().args.join(QLatin1Char(' '))));
            return 1;
        }
        auto opened = Database::open(path); // a connection of its own, as the GUI's
        if (!opened)
            return 1;
        Database& db = *opened.value();
        const qint64 pid = admin.partnerId();

        qint64 summaryRows = 0;
        QSqlQuery count(db.connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM kpi_daily")) && count.next())
            summaryRows = count.value(0).toLongLong();
        std::printf("%-62s %9lld\n", "summary rows the dashboard reads", summaryRows);

        const Timing dashboard = timeIt("KPI dashboard: DashboardService::dashboard", [&]() -> Status {
            auto d = DashboardService(db).dashboard(admin, pid, today);
            return d ? Status() : Status(d.error());
        });
        const Timing start =
            timeIt("enrollment wizard: snapshot and the start page's decisions", [&]() -> Status {
                EnrollmentService service(db);
                auto snap = service.snapshot(admin, pid, EnrollmentService::Purchases::DailySums);
                if (!snap)
                    return snap.error();
                auto rules = service.ruleSet(today);
                if (!rules)
                    return rules.error();
                QList<QPair<Path, QString>> paths{{Path::ActionPack, {}}};
                for (const CompetencyRules& c : rules->competencies) {
                    if (c.learningOption)
                        paths << qMakePair(Path::Silver, c.name) << qMakePair(Path::Gold, c.name);
                }
                for (const auto& [path, competency] : std::as_const(paths)) {
                    const EnrollmentRequest r{
                        path, competency, EnrollmentService::kindFor(snap.value(), path, competency, today),
                        true};
                    auto decision = service.evaluate(snap.value(), r, today);
                    if (!decision)
                        return decision.error();
                    auto submitted = service.submittedFor(admin, pid, path, competency, today);
                    if (!submitted)
                        return submitted.error();
                }
                return {};
            });
        // Before the summary: the daily sums counted from every row at each opening.
        QElapsedTimer t;
        t.start();
        auto recount = KpiSummaryRepository(db).recount(pid);
        std::printf("%-62s %9.1f ms (%s)\n", "for comparison: the daily sums counted from the rows",
                    msSince(t), recount ? "same rows as the summary" : "FAILED");
        if (recount && KpiSummaryRepository(db).dailyTotals(pid).value().size() != recount->size())
            std::printf("  the summary and the recount DIFFER\n");
        if (dashboard.median < 0 || start.median < 0)
            return 1;
        benchLine("dashboard opened, " + label(rows) + " rows", dashboard.median, "under 100 ms");
        benchLine("wizard start page, " + label(rows) + " rows", start.median, "under 100 ms");
        figures.append({dashboard.median, start.median});
        opened.value().reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (figures.size() > 1 && figures.first().first > 0 && figures.first().second > 0)
        std::printf("\ngrowth %s -> %s: dashboard %.2fx, wizard start page %.2fx (goal: flat)\n",
                    label(sizes.first()).constData(), label(sizes.last()).constData(),
                    figures.last().first / figures.first().first,
                    figures.last().second / figures.first().second);
    return 0;
}
