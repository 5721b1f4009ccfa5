// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Benchmark: EligibilityEngine::evaluate on snapshots of 1,000 / 10,000 / 100,000 purchases
// (it must grow linearly: the 100k/1k ratio should be near 100), and learnpartner-cli's
// whole-process time on a 50-purchase scenario. Prints figures; asserts nothing.
#include "io/rulesetlibrary.h"
#include "io/scenariocodec.h"
#include "rules/eligibilityengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

using namespace lp;

namespace {

PartnerSnapshot snapshot(int purchases)
{
    QRandomGenerator random(42);
    PartnerSnapshot s;
    s.partner = {0, QStringLiteral("4412345"), QStringLiteral("Bench"), QStringLiteral("IT"),
                 QDate(2019, 9, 1)};
    for (int i = 0; i < 5; ++i)
        s.trainers.append(
            {0, QStringLiteral("T%1").arg(i), QStringLiteral("MCT-%1").arg(i), {}, QDate(2022, 12, 31)});
    for (int i = 0; i < 20; ++i)
        s.exams.append({0, QStringLiteral("P%1").arg(i), QStringLiteral("DP-%1").arg(100 + i),
                        QDate(2020, 10, 1), QStringLiteral("Data Analytics")});
    const QStringList competencies{QStringLiteral("Data Analytics"), QStringLiteral("Cloud Platform"),
                                   QString()};
    for (int i = 0; i < purchases; ++i) {
        Purchase p;
        p.invoice = QStringLiteral("INV-%1").arg(i);
        p.invoiceDate = QDate(2019, 7, 1).addDays(random.bounded(700));
        p.documentType = random.bounded(20) == 0 ? DocumentType::OrderConfirmation : DocumentType::Invoice;
        p.omlpType = QStringLiteral("courseware");
        p.units = 1 + int(random.bounded(5));
        p.kpiValue = p.units;
        p.revenueCents = p.units * 43000;
        p.competency = competencies[int(random.bounded(3))];
        s.purchases.append(p);
    }
    return s;
}

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const RuleSet rules = RuleSetLibrary::inForce(QDate(2021, 6, 20)).value();
    const EnrollmentRequest request{Path::Gold, QStringLiteral("Data Analytics"), EvaluationKind::Enroll,
                                    true};
    const QDate asOf(2021, 6, 20);

    std::printf("EligibilityEngine::evaluate (gold, Data Analytics; median of the runs)\n");
    std::printf("%12s %8s %14s %16s\n", "purchases", "runs", "median ms", "us per purchase");
    double first = 0, last = 0;
    for (int n : {1000, 2000, 5000, 10000, 30000, 100000}) {
        const PartnerSnapshot s = snapshot(n);
        const int runs = n >= 100000 ? 9 : 31;
        QList<double> times;
        double counted = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            counted += EligibilityEngine::evaluate(s, rules, request, asOf).kpi.counted;
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        const double m = medianMs(times);
        std::printf("%12d %8d %14.3f %16.3f   (counted %.0f)\n", n, runs, m, m * 1000.0 / n, counted / runs);
        if (n == 1000)
            first = m;
        last = m;
    }
    std::printf("ratio 100k/1k: %.1f (linear growth is 100)\n\n", last / first);

    // The CLI's whole process on a 50-purchase scenario.
    const PartnerSnapshot small = snapshot(50);
    QJsonArray purchases;
    for (const Purchase& p : small.purchases)
        purchases.append(ScenarioCodec::toJson(p));
    QJsonObject scenario{{QStringLiteral("asOf"), QStringLiteral("2021-06-20")},
                         {QStringLiteral("partner"),
                          QJsonObject{{QStringLiteral("mpnId"), QStringLiteral("1")},
                                      {QStringLiteral("name"), QStringLiteral("Bench")},
                                      {QStringLiteral("country"), QStringLiteral("IT")},
                                      {QStringLiteral("anniversary"), QStringLiteral("2019-09-01")}}},
                         {QStringLiteral("purchases"), purchases},
                         {QStringLiteral("request"),
                          QJsonObject{{QStringLiteral("path"), QStringLiteral("gold")},
                                      {QStringLiteral("competency"), QStringLiteral("Data Analytics")}}}};
    QTemporaryFile file;
    file.open();
    file.write(QJsonDocument(scenario).toJson());
    file.flush();
    QList<double> times;
    for (int i = 0; i < 21; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(LP_CLI), {QStringLiteral("evaluate"), file.fileName()});
        p.waitForFinished(30000);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (p.exitCode() != 0) {
            std::printf("learnpartner-cli failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
    }
    std::printf("learnpartner-cli evaluate, 50 purchases, whole process: median %.1f ms over %lld runs (min "
                "%.1f, max %.1f)\n",
                medianMs(times), qlonglong(times.size()), *std::min_element(times.cbegin(), times.cend()),
                *std::max_element(times.cbegin(), times.cend()));
    return 0;
}
