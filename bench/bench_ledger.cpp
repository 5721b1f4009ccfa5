// Benchmark: importing a generated 1,000,000-row invoice CSV with all our validation, side
// by side with the sqlite3 shell's .import of the same file into a bare table; opening the
// ledger on those rows (count + first page); peak memory of the process. Prints figures.
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
#include <sys/resource.h>

using namespace lp;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("invoices.csv"));
    {
        QFile csv(csvPath);
        csv.open(QIODevice::WriteOnly);
        csv.write("invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n");
        const QDate first(2020, 1, 1);
        QByteArray line;
        for (int i = 0; i < rows; ++i) {
            line = "INV-" + QByteArray::number(i / 3) + ',' + QByteArray::number(i % 3 + 1) + ",invoice,"
                   + first.addDays(i % 700).toString(Qt::ISODate).toLatin1() + ",Official courseware," + QByteArray::number(i % 5 + 1)
                   + ',' + QByteArray::number(i % 5 + 1) + ',' + QByteArray::number(430 * (i % 5 + 1)) + ".50,EUR,Data Analytics\n";
            csv.write(line);
        }
    }
    std::printf("file: %d rows, %.1f MB\n", rows, double(QFile(csvPath).size()) / 1e6);

    // Ours: parse (libcsv), validate every field, check conflicts, write in one transaction.
    const QString ours = dir.filePath(QStringLiteral("ours.sqlite"));
    auto db = Database::open(ours);
    if (!db) {
        std::printf("cannot open the database\n");
        return 1;
    }
    auto partner = PartnerService(*db.value()).add({QStringLiteral("bench"), QStringLiteral("operator")},
                                                   {0, QStringLiteral("1"), QStringLiteral("Bench"), QStringLiteral("IT"), QDate(2021, 5, 1)});
    QFile input(csvPath);
    input.open(QIODevice::ReadOnly);
    QElapsedTimer t;
    t.start();
    auto summary = LedgerService(*db.value()).importInvoices({QStringLiteral("bench"), QStringLiteral("operator")}, partner->id, input,
                                                            {QDate(2022, 1, 1), QStringLiteral("invoices.csv")});
    const double oursSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!summary || !summary->ok()) {
        std::printf("import failed\n");
        return 1;
    }
    const long importRss = peakRssMb();

    // The sqlite3 shell's .import of the same file into a bare table (no checks, no indexes).
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    QProcess shell;
    t.restart();
    shell.start(QStringLiteral("sqlite3"), {bare, QStringLiteral(".mode csv"), QStringLiteral(".import %1 purchases").arg(csvPath)});
    shell.waitForFinished(600000);
    const double shellSeconds = double(t.nsecsElapsed()) / 1e9;

    std::printf("%-44s %10s %14s\n", "import", "seconds", "rows/second");
    std::printf("%-44s %10.2f %14.0f\n", "learnpartner (validated, indexed, 1 transaction)", oursSeconds, rows / oursSeconds);
    std::printf("%-44s %10.2f %14.0f\n", "sqlite3 .import (bare table)", shellSeconds, rows / shellSeconds);
    std::printf("ratio ours / sqlite3: %.2f (goal: within 1.5)\n", oursSeconds / shellSeconds);
    std::printf("peak memory after the import: %ld MB (goal: under 200 MB)\n", importRss);

    // Opening the ledger: the count and the first page, as the GUI does.
    Session session;
    session.user = {1, QStringLiteral("bench"), Role::FrontlineSupport, 0};
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto count = LedgerService(*db.value()).count(session, partner->id, {});
        auto page = LedgerService(*db.value()).page(session, partner->id, {}, std::nullopt, LedgerService::kPageSize, QDate(2022, 1, 1));
        std::printf("ledger open (count %lld + first %lld rows): %.1f ms\n", qlonglong(count.value()), qlonglong(page->size()),
                    double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("peak memory at the end: %ld MB\n", peakRssMb());
    return 0;
}
