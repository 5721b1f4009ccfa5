// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Rule sets as administered data (docs/rules-admin.md), on SQLite and on PostgreSQL: a new
// database is seeded with the shipped sets; the engine takes the set in force from the
// database; import is validated and audited, a refused one writes nothing (on SQLite the file
// stays byte for byte as it was); activation is audited; decisions and submitted enrollments
// carry the set's SHA-256; submit refuses what the wizard refuses, with the same codes.
#include "io/rulesetcodec.h"
#include "io/rulesetlibrary.h"
#include "rules/submissioncheck.h"
#include "services/accountservice.h"
#include "services/enrollmentservice.h"
#include "services/peopleservice.h"
#include "services/rulesetservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/rulesetrepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lp;

namespace {

const QDate kAsOf(2021, 6, 20); // FY2021

QJsonObject shippedJson(const QString& name)
{
    for (const auto& [file, bytes] : RuleSetLibrary::files()) {
        if (file == name)
            return QJsonDocument::fromJson(bytes).object();
    }
    return {};
}

// FY2021 with the Action Pack asking `mct` trainers and a renewal window of `days`.
QByteArray fy2021With(int mct, int days = 30,
                      const QString& source = QStringLiteral("Published FY2021 guide"))
{
    QJsonObject o = shippedJson(QStringLiteral("fy2021.json"));
    QJsonObject ap = o.value(QStringLiteral("actionPack")).toObject();
    ap.insert(QStringLiteral("minActiveMct"), mct);
    ap.insert(QStringLiteral("renewalWindowDays"), days);
    o.insert(QStringLiteral("actionPack"), ap);
    o.insert(QStringLiteral("source"), source);
    return QJsonDocument(o).toJson();
}

QByteArray fileBytes(const QString& path)
{
    QByteArray all;
    for (const QString& p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            all += QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() + ' ';
    }
    return all;
}

} // namespace

class TestRuleSets : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    Session m_accountAdmin;
    Session m_supportLead;

    void addTrainer(int i, const QDate& from = QDate(2019, 1, 1))
    {
        QVERIFY(PeopleService(*m_db)
                    .addTrainer(m_accounts.admin, m_accounts.admin.partnerId(),
                                {0, QStringLiteral("T%1").arg(i), QStringLiteral("MCT-200%1").arg(i), from,
                                 QDate(2022, 12, 31)})
                    .ok());
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_accounts = TestAccounts::create(*m_db, QDate(2019, 9, 1));
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        const QString pw = QStringLiteral("a long passphrase");
        m_accountAdmin =
            Session{accounts
                        .addUser(Actor::commandLine(), {QStringLiteral("anna"), Role::AccountAdmin,
                                                        m_accounts.admin.partnerId(), pw})
                        .value()};
        m_supportLead =
            Session{accounts.addUser(Actor::commandLine(), {QStringLiteral("lead"), Role::SupportLead, 0, pw})
                        .value()};
    }
    void cleanup() { m_db.reset(); }

    void newDatabaseIsSeededWithTheShippedSets()
    {
        auto all = RuleSetService(*m_db).list(m_accounts.viewer);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), RuleSetLibrary::files().size());
        for (const RuleSetRecord& r : all.value()) {
            QCOMPARE(r.provenance, QStringLiteral("builtin-illustrative"));
            QVERIFY(r.active);
            QCOMPARE(r.sha256, RuleSetLibrary::sha256(r.json));
        }
        QCOMPARE(all->first().programYear, QStringLiteral("FY2021"));
        // Seeding again changes nothing.
        QVERIFY(m_db->transaction([&] { return RuleSetRepository::seedShipped(*m_db); }).ok());
        QCOMPARE(RuleSetService(*m_db).list()->size(), all->size());
        // Nobody made them: no audit entry.
        const auto entries = AuditRepository(*m_db).list(); // kept: the loop reads into it
        QVERIFY(entries.ok());
        for (const AuditEntry& e : entries.value())
            QVERIFY(!e.action.startsWith(QLatin1String("ruleset.")));
    }

    void decisionsCarryTheHashOfTheSetInForce()
    {
        EnrollmentService service(*m_db);
        addTrainer(1);
        auto d = service.evaluate(m_accounts.admin, m_accounts.admin.partnerId(), {Path::ActionPack}, kAsOf);
        QVERIFY(d.ok());
        QCOMPARE(d->ruleSet, QStringLiteral("FY2021"));
        QCOMPARE(d->ruleSetProvenance, QStringLiteral("builtin-illustrative"));
        QCOMPARE(d->ruleSetSha256, RuleSetService(*m_db).find(QStringLiteral("FY2021"))->sha256);
        QVERIFY(d->eligible);

        // An imported FY2021 that asks two trainers: once active, the engine takes it.
        auto stored = RuleSetService(*m_db).importSet(m_accountAdmin, fy2021With(2), {});
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().code));
        QVERIFY(!stored->active);
        QCOMPARE(stored->sourceNote, QStringLiteral("Published FY2021 guide"));
        QVERIFY(service.evaluate(m_accounts.admin, m_accounts.admin.partnerId(), {Path::ActionPack}, kAsOf)
                    ->eligible); // not active yet
        QVERIFY(RuleSetService(*m_db).activate(m_supportLead, QStringLiteral("FY2021")).ok());
        d = service.evaluate(m_accounts.admin, m_accounts.admin.partnerId(), {Path::ActionPack}, kAsOf);
        QVERIFY(!d->eligible);
        QCOMPARE(d->ruleSetSha256, stored->sha256);
        QCOMPARE(d->ruleSetProvenance, QStringLiteral("imported"));
        // Other years are untouched.
        QCOMPARE(service.ruleSet(QDate(2022, 1, 1))->provenance, QStringLiteral("builtin-illustrative"));
    }

    void refusedImportChangesNothing()
    {
        QJsonObject bad = shippedJson(QStringLiteral("fy2021.json"));
        bad.insert(QStringLiteral("reportDay"), -3);
        bad.insert(QStringLiteral("surprise"), 1);
        const QByteArray badBytes = QJsonDocument(bad).toJson();
        const int auditBefore = int(AuditRepository(*m_db).list()->size());
        const int setsBefore = int(RuleSetService(*m_db).list()->size());
        const QString file = m_fixture.filePath();
        QByteArray before;
        if (!file.isEmpty()) {
            m_db.reset(); // everything on disk, then the bytes
            before = fileBytes(file);
            m_db = std::move(Database::open(file)).value();
        }
        QList<Error> problems;
        auto refused = RuleSetService(*m_db).importSet(m_accountAdmin, badBytes, {}, &problems);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("RULESET_INVALID"));
        QCOMPARE(problems.size(), 2);
        // A file stored already is refused too.
        const QByteArray shipped = RuleSetLibrary::files().first().second;
        QCOMPARE(RuleSetService(*m_db).importSet(m_accountAdmin, shipped, {}).error().code,
                 QStringLiteral("RULESET_ALREADY_STORED"));
        // A role that may not import is refused before anything is read.
        QCOMPARE(RuleSetService(*m_db).importSet(m_accounts.admin, fy2021With(3), {}).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(RuleSetService(*m_db).importSet(m_accounts.support, fy2021With(3), {}).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(int(RuleSetService(*m_db).list()->size()), setsBefore);
        QCOMPARE(int(AuditRepository(*m_db).list()->size()), auditBefore);
        if (!file.isEmpty()) {
            m_db.reset();
            QCOMPARE(fileBytes(file), before);
        }
    }

    void importAndActivationAreAudited()
    {
        RuleSetService service(*m_db);
        const QString builtin = service.find(QStringLiteral("FY2021"))->sha256;
        auto stored = service.importSet(m_accountAdmin, fy2021With(1, 20), QStringLiteral("our reading"));
        QVERIFY(stored.ok());
        auto trail = AuditRepository(*m_db).list().value();
        QCOMPARE(trail.first().action, QStringLiteral("ruleset.import"));
        QCOMPARE(trail.first().userName, QStringLiteral("anna"));
        QCOMPARE(trail.first().entityId, stored->sha256);
        QVERIFY(trail.first().after.contains("our reading"));

        auto active = service.activate(m_accountAdmin, stored->sha256.left(10));
        QVERIFY(active.ok());
        trail = AuditRepository(*m_db).list().value();
        QCOMPARE(trail.first().action, QStringLiteral("ruleset.activate"));
        QVERIFY(trail.first().before.contains(builtin.toLatin1()));
        QVERIFY(trail.first().after.contains(stored->sha256.toLatin1()));
        QVERIFY(AuditRepository(*m_db).verify()->intact);
        // One active set per program year: the builtin one is not active any more.
        int activeFy2021 = 0;
        const auto sets = service.list(); // kept: the loop reads into it
        QVERIFY(sets.ok());
        for (const RuleSetRecord& r : sets.value())
            activeFy2021 += r.programYear == QLatin1String("FY2021") && r.active;
        QCOMPARE(activeFy2021, 1);
        QVERIFY(!service.find(builtin)->active);
        // The viewer and frontline support may not activate.
        QCOMPARE(service.activate(m_accounts.viewer, builtin).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.activate(m_accounts.support, builtin).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.activate(m_accountAdmin, QStringLiteral("FY1999")).error().code,
                 QStringLiteral("RULESET_NOT_FOUND"));
    }

    void activationRefusesAnOverlap()
    {
        QJsonObject o = shippedJson(QStringLiteral("fy2021.json"));
        o.insert(QStringLiteral("id"), QStringLiteral("FY2021-extended"));
        RuleSetService service(*m_db);
        // Valid on its own, but its dates reach into FY2022's: refused at import already.
        o.insert(QStringLiteral("effectiveTo"), QStringLiteral("2021-08-31"));
        QList<Error> problems;
        QCOMPARE(service.importSet(m_accountAdmin, QJsonDocument(o).toJson(), {}, &problems).error().code,
                 QStringLiteral("RULESET_INVALID"));
        QCOMPARE(problems.first().code, QStringLiteral("RULESET_OVERLAP"));
    }

    void preview()
    {
        addTrainer(1);
        RuleSetService service(*m_db);
        const RuleSet candidate = RuleSetCodec::fromBytes(fy2021With(2)).value();
        auto p = service.preview(m_supportLead, candidate, kAsOf);
        QVERIFY(p.ok());
        QCOMPARE(p->date, kAsOf);
        QCOMPARE(p->currentRuleSet, QStringLiteral("FY2021"));
        const auto& first = p->rows.first();
        QCOMPARE(first.mpnId, QStringLiteral("4412345"));
        QVERIFY(first.competency.isEmpty());
        QCOMPARE(first.current, QStringLiteral("actionPack"));
        QCOMPARE(first.candidate, QString());
        QVERIFY(first.changed());
    }

    void enrollmentKeepsTheSetItWasDecidedUnder()
    {
        addTrainer(1);
        EnrollmentService service(*m_db);
        Enrollment e;
        e.subscriptionOn = QDate(2021, 6, 1);
        e.profileRequestedOn = QDate(2021, 6, 2);
        auto done =
            service.submit(m_accounts.admin, m_accounts.admin.partnerId(), {Path::ActionPack}, e, kAsOf);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().code));
        const QString builtin = RuleSetService(*m_db).find(QStringLiteral("FY2021"))->sha256;
        QCOMPARE(done->ruleSetSha256, builtin);
        // Another FY2021 activated later: the enrollment still shows the one it was decided under.
        auto stored = RuleSetService(*m_db).importSet(m_accountAdmin, fy2021With(1, 45), {});
        QVERIFY(RuleSetService(*m_db).activate(m_accountAdmin, stored->sha256).ok());
        const Enrollment reopened =
            service.enrollments(m_accounts.admin, m_accounts.admin.partnerId())->first();
        QCOMPARE(reopened.ruleSetSha256, builtin);
        auto then = service.ruleSetOf(m_accounts.admin, reopened);
        QVERIFY(then.ok());
        QCOMPARE(then->sha256, builtin);
        QCOMPARE(then->actionPackRenewalWindowDays, 30);
        QCOMPARE(service.ruleSet(kAsOf)->actionPackRenewalWindowDays, 45);
    }

    // Submit refuses what the wizard refuses: the renewal window (the subscription page) ...
    void submitRefusesARenewalOutsideTheWindow()
    {
        addTrainer(1);
        const qint64 pid = m_accounts.admin.partnerId();
        Membership ap;
        ap.type = MembershipType::ActionPack;
        ap.from = QDate(2020, 6, 1);
        ap.to = QDate(2021, 5, 31);
        QVERIFY(PartnerRepository(*m_db).addMembership(pid, ap).ok());
        EnrollmentService service(*m_db);
        const EnrollmentRequest renew{Path::ActionPack, {}, EvaluationKind::Renew, true};
        Enrollment e;
        e.profileRequestedOn = QDate(2021, 6, 2);
        e.subscriptionOn = QDate(2021, 5, 20); // before the expiry
        auto refused = service.submit(m_accounts.admin, pid, renew, e, kAsOf);
        QCOMPARE(refused.error().code, QStringLiteral("ACTION_PACK_RENEWAL_WINDOW"));
        QCOMPARE(refused.error().path, QStringLiteral("subscriptionOn"));
        QCOMPARE(refused.error().args.mid(0, 2),
                 (QStringList{QStringLiteral("2021-06-01"), QStringLiteral("2021-06-30")}));
        // The wizard's page asks the same engine check, so the codes are the same.
        const SubmissionFacts facts{Path::ActionPack, true, e.subscriptionOn, e.profileRequestedOn, ap.to};
        QCOMPARE(SubmissionCheck::renewal(service.ruleSet(kAsOf).value(), facts).error(), refused.error());
        e.subscriptionOn = QDate(2021, 6, 10); // inside the window
        QVERIFY(service.submit(m_accounts.admin, pid, renew, e, kAsOf).ok());
    }

    // ... and the window is the rule set's, not a literal.
    void theRenewalWindowComesFromTheRuleSet()
    {
        addTrainer(1);
        const qint64 pid = m_accounts.admin.partnerId();
        Membership ap;
        ap.type = MembershipType::ActionPack;
        ap.from = QDate(2020, 5, 1);
        ap.to = QDate(2021, 4, 30);
        QVERIFY(PartnerRepository(*m_db).addMembership(pid, ap).ok());
        EnrollmentService service(*m_db);
        const EnrollmentRequest renew{Path::ActionPack, {}, EvaluationKind::Renew, true};
        Enrollment e;
        e.profileRequestedOn = QDate(2021, 6, 2);
        e.subscriptionOn = QDate(2021, 6, 15); // 46 days after the expiry
        QCOMPARE(service.submit(m_accounts.admin, pid, renew, e, kAsOf).error().code,
                 QStringLiteral("ACTION_PACK_RENEWAL_WINDOW"));
        auto stored = RuleSetService(*m_db).importSet(m_accountAdmin, fy2021With(1, 60), {});
        QVERIFY(RuleSetService(*m_db).activate(m_accountAdmin, stored->sha256).ok());
        QVERIFY(service.submit(m_accounts.admin, pid, renew, e, kAsOf).ok());
    }

    // ... and both Action Pack steps recorded (the summary page).
    void submitRefusesAnActionPackWithoutBothSteps()
    {
        addTrainer(1);
        const qint64 pid = m_accounts.admin.partnerId();
        EnrollmentService service(*m_db);
        Enrollment e;
        e.subscriptionOn = QDate(2021, 6, 1);
        auto refused = service.submit(m_accounts.admin, pid, {Path::ActionPack}, e, kAsOf);
        QCOMPARE(refused.error().code, QStringLiteral("ACTION_PACK_STEPS_REQUIRED"));
        QCOMPARE(refused.error().path, QStringLiteral("profileRequestedOn"));
        e.subscriptionOn = {};
        e.profileRequestedOn = QDate(2021, 6, 1);
        QCOMPARE(service.submit(m_accounts.admin, pid, {Path::ActionPack}, e, kAsOf).error().path,
                 QStringLiteral("subscriptionOn"));
        // A set that does not require both steps lets it through.
        QJsonObject o = QJsonDocument::fromJson(fy2021With(1)).object();
        QJsonObject apRules = o.value(QStringLiteral("actionPack")).toObject();
        apRules.insert(QStringLiteral("bothStepsRequired"), false);
        o.insert(QStringLiteral("actionPack"), apRules);
        auto stored = RuleSetService(*m_db).importSet(m_accountAdmin, QJsonDocument(o).toJson(), {});
        QVERIFY(stored.ok());
        QVERIFY(RuleSetService(*m_db).activate(m_accountAdmin, stored->sha256).ok());
        QVERIFY(service.submit(m_accounts.admin, pid, {Path::ActionPack}, e, kAsOf).ok());
    }
};

QTEST_GUILESS_MAIN(TestRuleSets)
#include "tst_rulesets.moc"
