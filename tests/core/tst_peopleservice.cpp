// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Trainers and exam passes: CRUD with validation and audit, role refusals, CSV import
// (all or nothing, every bad row listed) and export, and the 60-day MCT expiry flag.
#include "services/accountservice.h"
#include "services/peopleservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace lp;

namespace {

QBuffer* buffer(const QByteArray& data, QObject* parent)
{
    auto* b = new QBuffer(parent);
    b->setData(data);
    b->open(QIODevice::ReadOnly);
    return b;
}

} // namespace

class TestPeopleService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;
    Session m_support;
    const QDate m_today{2021, 3, 10};

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db, QDate(2021, 5, 1));
        m_admin = accounts.admin;
        m_viewer = accounts.viewer;
        m_support = accounts.support;
    }
    void cleanup() { m_db.reset(); }

    void trainerLifecycleIsAudited()
    {
        PeopleService people(*m_db);
        const qint64 pid = m_admin.partnerId();
        auto added = people.addTrainer(m_admin, pid,
                                       {0, QStringLiteral(" Giulia Rossi "), QStringLiteral("MCT-1001"),
                                        QDate(2020, 1, 1), QDate(2021, 12, 31)});
        QVERIFY(added.ok());
        QCOMPARE(added->name, QStringLiteral("Giulia Rossi"));
        QCOMPARE(
            people
                .addTrainer(m_admin, pid,
                            {0, QStringLiteral("Other"), QStringLiteral("MCT-1001"), {}, QDate(2022, 1, 1)})
                .error()
                .code,
            QStringLiteral("DUPLICATE"));
        Trainer changed = added.value();
        changed.validTo = QDate(2022, 12, 31);
        QVERIFY(people.updateTrainer(m_admin, pid, changed).ok());
        QCOMPARE(people.trainers(m_viewer, pid).value(), QList<Trainer>{changed});
        QVERIFY(people.removeTrainer(m_admin, pid, changed.id).ok());
        QVERIFY(people.trainers(m_admin, pid).value().isEmpty());

        auto trail = AuditRepository(*m_db).list(pid).value();
        QStringList actions;
        for (const AuditEntry& e : trail)
            actions.prepend(e.action);
        QCOMPARE(actions.mid(actions.size() - 3),
                 (QStringList{QStringLiteral("trainer.add"), QStringLiteral("trainer.update"),
                              QStringLiteral("trainer.remove")}));
        QVERIFY(AuditRepository(*m_db).verify()->intact);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("exam");
        QTest::addColumn<QDate>("passedOn");
        QTest::addColumn<QString>("competency");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("no person") << ""
                                   << "PL-300" << QDate(2021, 1, 1) << "Data Analytics"
                                   << "REQUIRED"
                                   << "person";
        QTest::newRow("bad exam") << "Marco"
                                  << "PL300" << QDate(2021, 1, 1) << "Data Analytics"
                                  << "EXAM_CODE_INVALID"
                                  << "exam";
        QTest::newRow("future") << "Marco"
                                << "PL-300" << QDate(2021, 3, 11) << "Data Analytics"
                                << "DATE_IN_FUTURE"
                                << "passedOn";
        QTest::newRow("no competency") << "Marco"
                                       << "PL-300" << QDate(2021, 3, 10) << ""
                                       << "REQUIRED"
                                       << "competency";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, person);
        QFETCH(QString, exam);
        QFETCH(QDate, passedOn);
        QFETCH(QString, competency);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto r = PeopleService(*m_db).addExamPass(m_admin, m_admin.partnerId(),
                                                  {0, person, exam, passedOn, competency}, m_today);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().path, field);
    }

    void trainerDatesInOrder()
    {
        auto r = PeopleService(*m_db).addTrainer(
            m_admin, m_admin.partnerId(),
            {0, QStringLiteral("X"), QStringLiteral("MCT-9"), QDate(2022, 1, 2), QDate(2022, 1, 1)});
        QCOMPARE(r.error().code, QStringLiteral("DATE_ORDER"));
        QCOMPARE(r.error().path, QStringLiteral("validTo"));
    }

    void refusals()
    {
        PeopleService people(*m_db);
        const qint64 pid = m_admin.partnerId();
        const Trainer t{0, QStringLiteral("X"), QStringLiteral("MCT-1"), {}, QDate(2022, 1, 1)};
        QCOMPARE(people.addTrainer(m_viewer, pid, t).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(people.addTrainer(m_support, pid, t).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(people.addTrainer(m_admin, pid + 1, t).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(people.trainers(m_admin, pid + 1).error().code, QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(people.trainers(m_support, pid).ok()); // support reads every partner
        QCOMPARE(people.removeTrainer(m_admin, pid, 12345).error().code, QStringLiteral("NOT_FOUND"));
    }

    void csvImportIsAllOrNothingAndListsEveryBadRow()
    {
        PeopleService people(*m_db);
        const QByteArray bad = "Name;MCT ID;mctId;validFrom;validTo\n"
                               "Giulia Rossi;x;MCT-1001;01/01/2020;31/12/2021\n"
                               "Paolo Conti;x;MCT-1002;2020-01-01;2021-02-30\n"
                               ";x;MCT-1003;;2021-12-31\n"
                               "Sara Galli;x;MCT-1001;;2021-12-31\n";
        auto r = people.importTrainers(m_admin, m_admin.partnerId(), *buffer(bad, this));
        QVERIFY(r.ok());
        QCOMPARE(
            r->errors,
            (QList<RowError>{
                {3, QStringLiteral("validTo"), QStringLiteral("INVALID_DATE"), QStringLiteral("2021-02-30")},
                {4, QStringLiteral("name"), QStringLiteral("REQUIRED"), QString()},
                {5, QStringLiteral("mctId"), QStringLiteral("DUPLICATE"), QStringLiteral("MCT-1001")}}));
        QVERIFY(people.trainers(m_admin, m_admin.partnerId()).value().isEmpty());

        auto missing = people.importTrainers(m_admin, m_admin.partnerId(),
                                             *buffer("name,validTo\nX,2021-01-01\n", this));
        QCOMPARE(missing.error().code, QStringLiteral("CSV_MISSING_COLUMN"));
        QCOMPARE(missing.error().args, QStringList{QStringLiteral("\"mctId\"")});
    }

    void csvRoundTripAndReimport()
    {
        PeopleService people(*m_db);
        const qint64 pid = m_admin.partnerId();
        const QByteArray csv = "name,mctId,validFrom,validTo\n"
                               "\"Rossi, Giulia\",MCT-1001,01/01/2020,31/12/2021\n"
                               "Paolo Conti,MCT-1002,,2021-04-30\n";
        auto first = people.importTrainers(m_admin, pid, *buffer(csv, this));
        QVERIFY(first.ok() && first->ok());
        QCOMPARE(first->added, 2);
        auto again = people.importTrainers(m_admin, pid, *buffer(csv, this));
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(again->added, 0);
        auto renewed = people.importTrainers(
            m_admin, pid, *buffer("name,mctId,validTo\nPaolo Conti,MCT-1002,2022-04-30\n", this));
        QCOMPARE(renewed->updated, 1);

        const QByteArray exported = people.exportTrainers(m_viewer, pid).value();
        QVERIFY(exported.contains("\"Rossi, Giulia\",MCT-1001,2020-01-01,2021-12-31"));
        QVERIFY(exported.contains("Paolo Conti,MCT-1002,,2022-04-30"));

        const QByteArray exams = "person,exam,passedOn,competency\n"
                                 "Marco Bianchi,pl-300,2020-11-20,Data Analytics\n"
                                 "Elena Fontana,DP-900,20/01/2021,Data Analytics\n";
        auto imported = people.importExamPasses(m_admin, pid, *buffer(exams, this), m_today);
        QVERIFY(imported.ok() && imported->ok());
        QCOMPARE(imported->added, 2);
        QCOMPARE(people.examPasses(m_admin, pid).value().first().exam, QStringLiteral("PL-300"));
        auto back = people.importExamPasses(
            m_admin, pid, *buffer(people.exportExamPasses(m_admin, pid).value(), this), m_today);
        QCOMPARE(back->unchanged, 2);
        QCOMPARE(people.importExamPasses(m_viewer, pid, *buffer(exams, this), m_today).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
    }

    void expiryFlag_data()
    {
        QTest::addColumn<QDate>("validTo");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("today") << QDate(2021, 3, 10) << true;
        QTest::newRow("60 days") << QDate(2021, 3, 10).addDays(60) << true;
        QTest::newRow("61 days") << QDate(2021, 3, 10).addDays(61) << false;
        QTest::newRow("expired yesterday") << QDate(2021, 3, 9) << false;
    }
    void expiryFlag()
    {
        QFETCH(QDate, validTo);
        QFETCH(bool, flagged);
        QCOMPARE(PeopleService::expiresSoon({0, QStringLiteral("X"), QStringLiteral("MCT-1"), {}, validTo},
                                            m_today),
                 flagged);
    }
};

QTEST_GUILESS_MAIN(TestPeopleService)
#include "tst_peopleservice.moc"
