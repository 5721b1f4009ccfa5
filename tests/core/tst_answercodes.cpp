// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The engine's answer codes (requirement codes, exclusion reasons, recommendations, triage
// results): every value has a stable string form that round-trips, and a sentence in English
// and in Italian that says more than the code.
#include "answercodes.h"
#include "domain/messages.h"
#include "i18n/translations.h"
#include "rules/decision.h"

#include <QSet>
#include <QTest>

using namespace lp;

namespace {

template <typename E> void checkRoundTrip(int expectedCount)
{
    const QList<E> values = allValues<E>();
    QCOMPARE(values.size(), expectedCount);
    QSet<QString> names;
    for (E v : values) {
        const QString name = toString(v);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(fromString<E>(name), std::optional<E>(v));
    }
    QCOMPARE(fromString<E>(QStringLiteral("SOMETHING_ELSE")), std::nullopt);
}

// A decision on silver in Data Analytics with every figure a sentence may use.
Decision decision()
{
    Decision d;
    d.ruleSet = QStringLiteral("FY-TEST");
    d.asOf = QDate(2021, 6, 20);
    d.path = Path::Silver;
    d.competency = QStringLiteral("Data Analytics");
    d.kpi.reportDate = QDate(2021, 6, 15);
    d.kpi.window = {QDate(2020, 6, 1), QDate(2021, 5, 31)};
    d.kpi.counted = 4;
    d.kpi.pending = 2;
    d.kpi.countedLines = 3;
    return d;
}

RequirementResult requirement(RequirementCode code, bool met)
{
    RequirementResult r{code, met, 1, 2};
    if (code == RequirementCode::RequiredExams) {
        r.actual.reset();
        r.required.reset();
        r.requiredExams = QStringList{QStringLiteral("AZ-900"), QStringLiteral("AZ-104")};
        if (!met)
            r.missing = QStringList{QStringLiteral("AZ-104")};
    }
    return r;
}

// Every sentence of every code, in the installed language, keyed by a description of the case.
QList<QPair<QString, QString>> sentences()
{
    QList<QPair<QString, QString>> out;
    const Decision d = decision();
    for (RequirementCode c : allValues<RequirementCode>()) {
        for (bool met : {true, false}) {
            out.append({toString(c) + (met ? QStringLiteral(" met") : QStringLiteral(" not met")),
                        Messages::explain(requirement(c, met), d)});
        }
    }
    Decision actionPack = d;
    actionPack.path = Path::ActionPack;
    actionPack.competency.clear();
    out.append({QStringLiteral("MIN_ACTIVE_MCT action pack"),
                Messages::explain(requirement(RequirementCode::MinActiveMct, true), actionPack)});
    Decision renewal = d;
    renewal.kind = EvaluationKind::Renew;
    out.append({QStringLiteral("MIN_KPI renewal"),
                Messages::explain(requirement(RequirementCode::MinKpi, true), renewal)});
    for (ExclusionReason r : allValues<ExclusionReason>())
        out.append({toString(r), Messages::exclusionReason(r, QDate(2021, 7, 15))});
    for (Recommendation r : allValues<Recommendation>())
        out.append({toString(r), Messages::recommendation(r, d.competency)});
    for (TriageCode t : allValues<TriageCode>()) {
        out.append({toString(t), Messages::triage(t, QStringLiteral("INV-7"), {}, QDate(2021, 2, 15))});
        if (t == TriageCode::ValueMismatch)
            out.append({toString(t) + QStringLiteral(" with fields"),
                        Messages::triage(t, QStringLiteral("INV-7"), {QStringLiteral("kpiValue")})});
    }
    return out;
}

} // namespace

class TestAnswerCodes : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void everyValueRoundTrips()
    {
        checkRoundTrip<RequirementCode>(6);
        checkRoundTrip<ExclusionReason>(4);
        checkRoundTrip<Recommendation>(4);
        checkRoundTrip<TriageCode>(4);
        // The spellings of the JSON formats.
        QCOMPARE(toString(RequirementCode::CompetencyLearningOption),
                 QStringLiteral("COMPETENCY_LEARNING_OPTION"));
        QCOMPARE(toString(RequirementCode::MinKpi), QStringLiteral("MIN_KPI"));
        QCOMPARE(toString(ExclusionReason::NotYetReported), QStringLiteral("NOT_YET_REPORTED"));
        QCOMPARE(toString(Recommendation::ActionPack), QStringLiteral("actionPack"));
        QCOMPARE(toString(Recommendation::None), QStringLiteral("none"));
        QCOMPARE(toString(TriageCode::MissingFromLedger), QStringLiteral("MISSING_FROM_LEDGER"));
        QCOMPARE(test::code(recommendationOf(Path::Gold)), test::code(Recommendation::Gold));
    }

    void everyValueHasASentenceInEnglishAndItalian()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const auto english = sentences();
        QVERIFY(Translations::install(QStringLiteral("it")));
        const auto italian = sentences();
        QCOMPARE(italian.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            const QString code = english[i].first.section(QLatin1Char(' '), 0, 0);
            for (const QString& s : {english[i].second, italian[i].second}) {
                QVERIFY2(!s.isEmpty(), qPrintable(english[i].first));
                QVERIFY2(s != code, qPrintable(english[i].first));
                QVERIFY2(!s.contains(QLatin1Char('%')), qPrintable(s)); // every argument filled
            }
            QVERIFY2(italian[i].second != english[i].second, qPrintable(english[i].second));
        }
    }

    void sentencesKeepTheirWording()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        const Decision d = decision();
        QCOMPARE(Messages::explain(requirement(RequirementCode::MinKpi, false), d),
                 QStringLiteral("Rule set FY-TEST, the report of 15 June 2021 (window 1 June 2020 to 31 May "
                                "2021): KPI total 1 from 3 invoice lines for Data Analytics; 2 required. "
                                "Pending for later reports: KPI total 2."));
        QCOMPARE(Messages::explain(requirement(RequirementCode::RequiredExams, false), d),
                 QStringLiteral("Still to pass: AZ-104 (required: AZ-900, AZ-104)."));
        QCOMPARE(Messages::exclusionReason(ExclusionReason::NotYetReported, QDate(2021, 7, 15)),
                 QStringLiteral("Pending: in the report of 15 July 2021"));
    }
};

QTEST_GUILESS_MAIN(TestAnswerCodes)
#include "tst_answercodes.moc"
