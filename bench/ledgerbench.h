// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once
// What the ledger benchmarks share: the bench's actor and partner, the generated invoice file, the
// measures.

#include "services/partnerservice.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QString>

#include <cstdio>

#include <sys/resource.h>

namespace lp::bench {

// Who the benchmarks act as, in the audit log.
inline const Actor kBench{QStringLiteral("bench"), QStringLiteral("operator")};

// The one partner the benchmarks import for: MPN ID 1, which bench_ledger_gui looks up.
inline Result<Partner> addBenchPartner(Database& db)
{
    return PartnerService(db).add(
        kBench, {0, QStringLiteral("1"), QStringLiteral("Bench"), QStringLiteral("IT"), QDate(2021, 5, 1)});
}

// `rows` invoice lines, three to an invoice, dated over 700 days from 2020-01-01.
inline bool writeInvoiceCsv(const QString& path, int rows)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("invoice,line,documentType,invoiceDate,omlpType,units,kpiValue,revenue,currency,competency\n");
    const QDate first(2020, 1, 1);
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        line = "INV-" + QByteArray::number(i / 3) + ',' + QByteArray::number(i % 3 + 1) + ",invoice," +
               first.addDays(i % 700).toString(Qt::ISODate).toLatin1() + ",Official courseware," +
               QByteArray::number(i % 5 + 1) + ',' + QByteArray::number(i % 5 + 1) + ',' +
               QByteArray::number(430 * (i % 5 + 1)) + ".50,EUR,Data Analytics\n";
        csv.write(line);
    }
    return true;
}

// A row count as the bench table names it: 1M, 10M, 100k, or the number itself.
inline QByteArray rowsLabel(qint64 rows)
{
    if (rows >= 1000000 && rows % 1000000 == 0)
        return QByteArray::number(rows / 1000000) + 'M';
    if (rows >= 1000 && rows % 1000 == 0)
        return QByteArray::number(rows / 1000) + 'k';
    return QByteArray::number(rows);
}

// One line of the table ./dev bench prints (tools/bench_table.awk): engine, workload, our time
// and the peer's (negative: no peer) in ms, and the goal ("within 1.2x", "under 300 ms").
inline void benchLine(const char* engine, const QByteArray& workload, double oursMs, double peerMs,
                      const char* goal)
{
    if (peerMs >= 0)
        std::printf("BENCH\t%s\t%s\t%.0f\t%.0f\t%s\n", engine, workload.constData(), oursMs, peerMs, goal);
    else
        std::printf("BENCH\t%s\t%s\t%.0f\t-\t%s\n", engine, workload.constData(), oursMs, goal);
    std::fflush(stdout);
}

// The process's peak resident memory so far, in MB.
inline long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU seconds (user + system) of this process, or of its finished children: on a machine
// that is busy with something else they say more than the clock does.
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace lp::bench
