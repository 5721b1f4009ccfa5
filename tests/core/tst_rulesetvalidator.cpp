// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// RuleSetValidator: the shipped schema and the checks beyond it, one test per kind of error,
// each naming the JSON path; the shipped sets pass; RuleSetDiff lists what changed.
#include "io/rulesetcodec.h"
#include "io/rulesetdiff.h"
#include "io/rulesetlibrary.h"
#include "io/rulesetvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lp;

namespace {

// A shipped file as a JSON object, to break one thing at a time.
QJsonObject shipped(const QString& name = QStringLiteral("fy2021.json"))
{
    for (const auto& [file, bytes] : RuleSetLibrary::files()) {
        if (file == name)
            return QJsonDocument::fromJson(bytes).object();
    }
    return {};
}

QByteArray bytesOf(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// Sets `value` at competencies[index].tier.field.
QJsonObject withTier(QJsonObject o, int index, const QString& tier, const QString& field,
                     const QJsonValue& value)
{
    QJsonArray cs = o.value(QStringLiteral("competencies")).toArray();
    QJsonObject c = cs.at(index).toObject();
    QJsonObject t = c.value(tier).toObject();
    t.insert(field, value);
    c.insert(tier, t);
    cs.replace(index, c);
    o.insert(QStringLiteral("competencies"), cs);
    return o;
}

QStringList codes(const QList<Error>& errors)
{
    QStringList out;
    for (const Error& e : errors)
        out << e.code + QLatin1Char('@') + e.path;
    return out;
}

} // namespace

class TestRuleSetValidator : public QObject
{
    Q_OBJECT

private slots:
    void shippedSetsAreValid()
    {
        QCOMPARE(RuleSetLibrary::files().size(), 7);
        for (const auto& [name, bytes] : RuleSetLibrary::files())
            QVERIFY2(
                RuleSetValidator::validate(bytes).isEmpty(),
                qPrintable(name + QLatin1Char(' ') + codes(RuleSetValidator::validate(bytes)).join(',')));
        QCOMPARE(RuleSetValidator::schema().value(QStringLiteral("title")).toString().isEmpty(), false);
    }

    void missingField()
    {
        QJsonObject o = shipped();
        o.remove(QStringLiteral("effectiveTo"));
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(o))),
                 QStringList{QStringLiteral("REQUIRED@effectiveTo")});
        // A tier's required field too, with its full path.
        QJsonArray cs = o.value(QStringLiteral("competencies")).toArray();
        QJsonObject c = cs.at(0).toObject();
        QJsonObject gold = c.value(QStringLiteral("gold")).toObject();
        gold.remove(QStringLiteral("minExams"));
        c.insert(QStringLiteral("gold"), gold);
        cs.replace(0, c);
        o = shipped();
        o.insert(QStringLiteral("competencies"), cs);
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(o))),
                 QStringList{QStringLiteral("REQUIRED@competencies[0].gold.minExams")});
    }

    void extraField()
    {
        QJsonObject o = shipped();
        o.insert(QStringLiteral("kpiBonus"), 3);
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(o))),
                 QStringList{QStringLiteral("UNKNOWN_KEY@kpiBonus")});
        const QJsonObject t =
            withTier(shipped(), 2, QStringLiteral("silver"), QStringLiteral("minRevenue"), 1);
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(t))),
                 QStringList{QStringLiteral("UNKNOWN_KEY@competencies[2].silver.minRevenue")});
    }

    void wrongType()
    {
        QJsonObject o = shipped();
        o.insert(QStringLiteral("reportDay"), QStringLiteral("15"));
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(o))),
                 QStringList{QStringLiteral("WRONG_TYPE@reportDay")});
        const QJsonObject t =
            withTier(shipped(), 0, QStringLiteral("gold"), QStringLiteral("performanceCommitment"), 1);
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(t))),
                 QStringList{QStringLiteral("WRONG_TYPE@competencies[0].gold.performanceCommitment")});
    }

    void negativeThreshold()
    {
        const QJsonObject t = withTier(shipped(), 1, QStringLiteral("silver"), QStringLiteral("minKpi"), -2);
        const QList<Error> e = RuleSetValidator::validate(bytesOf(t));
        QCOMPARE(codes(e), QStringList{QStringLiteral("NEGATIVE_VALUE@competencies[1].silver.minKpi")});
        QCOMPARE(e.first().args, QStringList{QStringLiteral("-2")});
    }

    void nonIntegerThreshold()
    {
        const QJsonObject t =
            withTier(shipped(), 1, QStringLiteral("gold"), QStringLiteral("minActiveMct"), 1.5);
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(t))),
                 QStringList{QStringLiteral("NOT_INTEGER@competencies[1].gold.minActiveMct")});
        // minKpi may be fractional (KPIs are summed values).
        const QJsonObject k = withTier(shipped(), 1, QStringLiteral("gold"), QStringLiteral("minKpi"), 9.5);
        QVERIFY(RuleSetValidator::validate(bytesOf(k)).isEmpty());
    }

    void silverAboveGold()
    {
        const QJsonObject t = withTier(shipped(), 3, QStringLiteral("silver"), QStringLiteral("minKpi"), 25);
        const QList<Error> e = RuleSetValidator::validate(bytesOf(t));
        QCOMPARE(codes(e), QStringList{QStringLiteral("SILVER_ABOVE_GOLD@competencies[3].silver.minKpi")});
        QCOMPARE(e.first().args, (QStringList{QStringLiteral("Data Analytics"), QStringLiteral("minKpi"),
                                              QStringLiteral("25"), QStringLiteral("20")}));
    }

    void unknownCompetencyName()
    {
        QJsonObject o = shipped();
        QJsonArray cs = o.value(QStringLiteral("competencies")).toArray();
        QJsonObject c = cs.at(4).toObject();
        c.insert(QStringLiteral("name"), QStringLiteral("Data Platfrom"));
        cs.replace(4, c);
        o.insert(QStringLiteral("competencies"), cs);
        const QList<Error> e = RuleSetValidator::validate(bytesOf(o));
        QCOMPARE(codes(e), QStringList{QStringLiteral("UNKNOWN_COMPETENCY_NAME@competencies[4].name")});
        QCOMPARE(e.first().args, QStringList{QStringLiteral("Data Platfrom")});
    }

    void overlappingEffectiveDates()
    {
        const QList<RuleSet> active = RuleSetLibrary::shipped().value();
        // FY2021 against the active sets: its own year is replaced, not overlapped.
        QVERIFY(RuleSetValidator::validate(bytesOf(shipped()), active).isEmpty());
        // A new year that reaches into FY2022.
        QJsonObject o = shipped();
        o.insert(QStringLiteral("id"), QStringLiteral("FY2021-bis"));
        o.insert(QStringLiteral("effectiveFrom"), QStringLiteral("2021-05-01"));
        o.insert(QStringLiteral("effectiveTo"), QStringLiteral("2021-09-30"));
        const QList<Error> e = RuleSetValidator::validate(bytesOf(o), active);
        QCOMPARE(codes(e), (QStringList{QStringLiteral("RULESET_OVERLAP@effectiveFrom"),
                                        QStringLiteral("RULESET_OVERLAP@effectiveFrom")}));
        QCOMPARE(e.at(0).args.first(), QStringLiteral("FY2021"));
        QCOMPARE(e.at(1).args.first(), QStringLiteral("FY2022"));
        // Without active sets, nothing to overlap.
        QVERIFY(RuleSetValidator::validate(bytesOf(o)).isEmpty());
    }

    void datesInOrderAndJsonItself()
    {
        QJsonObject o = shipped();
        o.insert(QStringLiteral("effectiveTo"), QStringLiteral("2020-01-01"));
        QCOMPARE(codes(RuleSetValidator::validate(bytesOf(o))),
                 QStringList{QStringLiteral("DATE_ORDER@effectiveTo")});
        QCOMPARE(RuleSetValidator::validate("{\"id\": ").first().code, QStringLiteral("JSON_INVALID"));
        QCOMPARE(RuleSetValidator::validate("[]").first().code, QStringLiteral("WRONG_TYPE"));
    }

    void everyProblemIsReported()
    {
        QJsonObject o = withTier(shipped(), 0, QStringLiteral("silver"), QStringLiteral("minExams"), -1);
        o.insert(QStringLiteral("extra"), true);
        o.remove(QStringLiteral("id"));
        QCOMPARE(RuleSetValidator::validate(bytesOf(o)).size(), 3);
    }

    void diffOfTwoProgramYears()
    {
        const RuleSet a = RuleSetCodec::fromBytes(bytesOf(shipped())).value();
        QVERIFY(RuleSetDiff::diff(a, a).isEmpty());
        RuleSet b = a;
        b.id = QStringLiteral("FY2021b");
        b.competencies[2].gold.minKpi = 14;
        b.upgradeDiscountPercent = 20;
        b.competencies.removeLast();
        const QList<RuleSetChange> d = RuleSetDiff::diff(a, b);
        QStringList paths;
        for (const RuleSetChange& c : d)
            paths << c.path;
        QVERIFY2(paths.contains(QStringLiteral("competencies[Cloud Platform].gold.minKpi")),
                 qPrintable(paths.join(',')));
        QVERIFY(paths.contains(QStringLiteral("id")));
        QVERIFY(paths.contains(QStringLiteral("upgradeDiscountPercent")));
        QVERIFY(paths.contains(QStringLiteral("competencies[Windows and Devices].learningOption")));
        QCOMPARE(d.size(), 4);
        for (const RuleSetChange& c : d) {
            if (c.path == QLatin1String("competencies[Cloud Platform].gold.minKpi")) {
                QCOMPARE(c.before.toDouble(), 12.0);
                QCOMPARE(c.after.toDouble(), 14.0);
            }
            if (c.path.startsWith(QLatin1String("competencies[Windows")))
                QVERIFY(c.after.isUndefined());
        }
        const QJsonArray json = RuleSetDiff::toJson(d);
        QCOMPARE(json.size(), 4);
        QVERIFY(json.at(0).toObject().contains(QStringLiteral("before")));
    }
};

QTEST_GUILESS_MAIN(TestRuleSetValidator)
#include "tst_rulesetvalidator.moc"
