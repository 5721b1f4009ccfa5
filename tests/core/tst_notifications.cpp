// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// NotificationService and GettingStartedService (docs/architecture.md#reminders-and-getting-started): which
// reminders are due on a fixed day, per role; new, announced and read per account (table user_marks,
// migration 10); the getting-started checklist derived from the data and the account's marks. Run on SQLite
// and on PostgreSQL.
#include "domain/messages.h"
#include "services/caseservice.h"
#include "services/gettingstartedservice.h"
#include "services/notificationservice.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exampassrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

// The partner's anniversary is 1 May (since 2020); its Action Pack ran to 31 March 2021; one MCT ends on
// 10 June 2021, another in 2023.
const QDate kAnniversary(2020, 5, 1);
const QDate kTrainerEnds(2021, 6, 10);
const QDateTime kAt(QDate(2021, 4, 16), QTime(9, 0), Qt::UTC);

QStringList keys(const QList<Notice>& list)
{
    QStringList out;
    for (const Notice& n : list)
        out << n.key;
    out.sort();
    return out;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    qint64 m_pid = 0;
    qint64 m_actionPack = 0;
    qint64 m_endingTrainer = 0;

    QList<Notice> due(const Session& who, const QDate& day)
    {
        auto r = NotificationService(*m_db).due(who, day);
        if (!r)
            qWarning() << r.error().code << r.error().args;
        return r ? r.value() : QList<Notice>{};
    }
    QString key(const char* format, qint64 id, const QDate& d = {}) const
    {
        QString k = QString::fromLatin1(format).arg(id);
        return d.isValid() ? k.arg(d.toString(Qt::ISODate)) : k;
    }
    qint64 fileCase(const QString& invoice)
    {
        DiscrepancyCaseInput c;
        c.month = 1;
        c.year = 2021;
        c.omlpType = QStringLiteral("courseware");
        c.purchaseUnit = 3;
        c.invoiceNumber = invoice;
        c.kpiValue = 3;
        c.revenueCents = 129000;
        c.evidence = DocumentType::Invoice;
        const Evidence pdf{invoice + QStringLiteral(".pdf"), QStringLiteral("application/pdf"),
                           QByteArrayLiteral("%PDF-1.7\n an invoice\n%%EOF\n"), DocumentType::Invoice};
        auto r = CaseService(*m_db).file(m_accounts.admin, m_pid, c, pdf, QDate(2021, 4, 2));
        if (!r || !r->filed) {
            qWarning() << (r ? QStringLiteral("not filed") : r.error().code);
            return 0;
        }
        return r->filed->id;
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        m_accounts = TestAccounts::create(*m_db, kAnniversary);
        m_pid = m_accounts.admin.partnerId();
        m_actionPack =
            PartnerRepository(*m_db)
                .addMembership(
                    m_pid, {0, MembershipType::ActionPack, {}, true, QDate(2020, 4, 1), QDate(2021, 3, 31)})
                .value();
        TrainerRepository trainers(*m_db);
        m_endingTrainer = trainers
                              .insert(m_pid, {0, QStringLiteral("Paolo Conti"), QStringLiteral("MCT-1002"),
                                              QDate(2019, 1, 1), kTrainerEnds})
                              .value();
        QVERIFY(trainers
                    .insert(m_pid, {0, QStringLiteral("Giulia Rossi"), QStringLiteral("MCT-1001"),
                                    QDate(2019, 1, 1), QDate(2023, 1, 1)})
                    .ok());
    }

    void cleanup() { m_db.reset(); }

    void schemaHasTheMarksTable()
    {
        QVERIFY(m_db->schemaVersion() >= 10);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM user_marks")));
    }

    void dueOnAFixedDate_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QStringList>("expected");
        // The keys' %1 is the partner (renewals), the membership or the trainer; %2 a date.
        QTest::newRow("window open, nothing else") << QDate(2021, 4, 5) << QStringList{"ap"};
        QTest::newRow("15 days before the anniversary; MCT within 60 days")
            << QDate(2021, 4, 16) << QStringList{"ahead", "ap", "mct"};
        QTest::newRow("on the anniversary") << QDate(2021, 5, 1) << QStringList{"ahead", "mct"};
        QTest::newRow("the day after: next year's anniversary is far")
            << QDate(2021, 5, 2) << QStringList{"mct"};
        QTest::newRow("23 days after the anniversary") << QDate(2021, 5, 24) << QStringList{"mct", "past"};
        QTest::newRow("the past reminder's last day; the MCT has ended")
            << QDate(2021, 6, 22) << QStringList{"past"};
        QTest::newRow("after the MCT ended and the past reminder") << QDate(2021, 6, 23) << QStringList{};
        QTest::newRow("the first anniversary has no past reminder") << QDate(2020, 5, 24) << QStringList{};
    }

    void dueOnAFixedDate()
    {
        QFETCH(QDate, day);
        QFETCH(QStringList, expected);
        QStringList want;
        for (const QString& e : expected) {
            if (e == QLatin1String("ap"))
                want << key("actionpack-renewal:%1:%2", m_actionPack, QDate(2021, 3, 31));
            if (e == QLatin1String("mct"))
                want << key("mct-ending:%1:%2", m_endingTrainer, kTrainerEnds);
            if (e == QLatin1String("ahead"))
                want << key("renewal-ahead:%1:%2", m_pid, QDate(2021, 5, 1));
            if (e == QLatin1String("past"))
                want << key("renewal-past:%1:%2", m_pid, QDate(2021, 5, 1));
        }
        want.sort();
        const QList<Notice> list = due(m_accounts.admin, day);
        QCOMPARE(keys(list), want);
        for (const Notice& n : list) {
            QVERIFY(n.isNew());
            QVERIFY(!n.announced);
            switch (n.kind) {
            case NoticeKind::TrainerEnding:
                QCOMPARE(n.place, NoticePlace::People);
                QCOMPARE(n.subject, QStringLiteral("Paolo Conti"));
                QCOMPARE(n.reference, QStringLiteral("MCT-1002"));
                QCOMPARE(n.date, kTrainerEnds);
                break;
            case NoticeKind::ActionPackRenewal:
                QCOMPARE(n.place, NoticePlace::Enrollment);
                QCOMPARE(n.date, QDate(2021, 4, 30)); // the window's last day (30 days)
                break;
            case NoticeKind::RenewalAhead:
            case NoticeKind::RenewalPast:
                QCOMPARE(n.place, NoticePlace::Enrollment);
                QCOMPARE(n.date, QDate(2021, 5, 1));
                break;
            default:
                QFAIL("unexpected kind");
            }
        }
    }

    void renewedActionPackIsNoLongerDue()
    {
        QVERIFY(
            PartnerRepository(*m_db)
                .addMembership(
                    m_pid, {0, MembershipType::ActionPack, {}, true, QDate(2021, 4, 10), QDate(2022, 4, 9)})
                .ok());
        const QStringList k = keys(due(m_accounts.admin, QDate(2021, 4, 16)));
        QVERIFY(!k.contains(key("actionpack-renewal:%1:%2", m_actionPack, QDate(2021, 3, 31))));
        QCOMPARE(k.size(), 2);
    }

    void newAnnouncedAndReadPerAccount()
    {
        const QDate day(2021, 4, 16);
        NotificationService service(*m_db);
        const QStringList all = keys(due(m_accounts.admin, day));
        QCOMPARE(all.size(), 3);

        // Announced on the desktop: not announced again, still new in the list.
        QVERIFY(service.markAnnounced(m_accounts.admin, all, kAt).ok());
        QVERIFY(service.markAnnounced(m_accounts.admin, all, kAt).ok()); // twice changes nothing
        for (const Notice& n : due(m_accounts.admin, day)) {
            QVERIFY(n.announced);
            QVERIFY(n.isNew());
        }
        // Read in the list: no longer new; one left unread stays new.
        QVERIFY(service.markRead(m_accounts.admin, all.mid(0, 2), kAt).ok());
        int fresh = 0;
        for (const Notice& n : due(m_accounts.admin, day))
            fresh += n.isNew() ? 1 : 0;
        QCOMPARE(fresh, 1);
        // The new one is listed first.
        QVERIFY(due(m_accounts.admin, day).first().isNew());

        // Another account of the same partner has been told nothing yet.
        for (const Notice& n : due(m_accounts.viewer, day)) {
            QVERIFY(n.isNew());
            QVERIFY(!n.announced);
        }
        // Marks belong to the account that made them.
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM user_marks WHERE user_id = ?"));
        q.addBindValue(m_accounts.admin.user.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
    }

    void viewerRemindersOpenTheOverview()
    {
        for (const Notice& n : due(m_accounts.viewer, QDate(2021, 4, 16))) {
            if (n.kind == NoticeKind::TrainerEnding)
                QCOMPARE(n.place, NoticePlace::People);
            else
                QCOMPARE(n.place, NoticePlace::Overview);
        }
    }

    void answeredCaseForThePartnerNewCaseForSupport()
    {
        const QDate day(2021, 4, 3);
        const qint64 id = fileCase(QStringLiteral("INV-7"));
        QVERIFY(id > 0);
        // Support: the open case, in the queue; no partner's renewal reminders.
        QList<Notice> support = due(m_accounts.support, day);
        QCOMPARE(keys(support), QStringList{key("case-filed:%1", id)});
        QCOMPARE(support.first().place, NoticePlace::CaseQueue);
        QCOMPARE(support.first().caseId, id);
        QCOMPARE(support.first().subject, QStringLiteral("INV-7"));
        QCOMPARE(support.first().reference, QStringLiteral("Contoso"));
        // The partner is not reminded of its own open case.
        QVERIFY(!keys(due(m_accounts.admin, day)).join(',').contains(QStringLiteral("case-")));

        QVERIFY(CaseService(*m_db)
                    .resolve(m_accounts.support, id, CaseService::Resolution::Rejected,
                             QStringLiteral("The invoice agrees with the report."))
                    .ok());
        QVERIFY(due(m_accounts.support, day).isEmpty());
        const QList<Notice> admin = due(m_accounts.admin, day);
        auto answered = std::find_if(admin.cbegin(), admin.cend(),
                                     [&](const Notice& n) { return n.kind == NoticeKind::CaseAnswered; });
        QVERIFY(answered != admin.cend());
        QCOMPARE(answered->key, key("case-answered:%1", id));
        QCOMPARE(answered->place, NoticePlace::Cases);
        QCOMPARE(answered->caseId, id);
        QVERIFY(answered->isNew());

        // Read, it stays listed for 30 days after the answer, then goes; unread, it stays.
        const QDate answeredOn = answered->date;
        const QDate later = answeredOn.addDays(NotificationService::kCaseAnsweredDays + 1);
        QVERIFY(keys(due(m_accounts.admin, later)).contains(answered->key));
        QVERIFY(NotificationService(*m_db).markRead(m_accounts.admin, {answered->key}, kAt).ok());
        QVERIFY(keys(due(m_accounts.admin, answeredOn.addDays(NotificationService::kCaseAnsweredDays)))
                    .contains(answered->key));
        QVERIFY(!keys(due(m_accounts.admin, later)).contains(answered->key));
    }

    void refusedWithoutAValidSession()
    {
        auto r = NotificationService(*m_db).due(Session{}, QDate(2021, 4, 16));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("NOT_SIGNED_IN"));
        QVERIFY(!NotificationService(*m_db).markRead(Session{}, {QStringLiteral("x")}, kAt));
        Session disabled = m_accounts.admin;
        disabled.user.disabled = true;
        QCOMPARE(NotificationService(*m_db).due(disabled, QDate(2021, 4, 16)).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
    }

    void checklistFollowsTheData()
    {
        // The trainers of init() are there, no exam pass yet.
        GettingStartedService service(*m_db);
        const Session& admin = m_accounts.admin;
        auto step = [&](ChecklistStep s) {
            const Checklist now = service.checklist(admin).value();
            for (const ChecklistItem& i : now.items)
                if (i.step == s)
                    return i.done;
            return false;
        };
        Checklist c = service.checklist(admin).value();
        QVERIFY(c.applies);
        QVERIFY(!c.dismissed);
        QCOMPARE(c.items.size(), 4);
        QCOMPARE(c.doneCount(), 0);
        QVERIFY(c.visible());

        QVERIFY(ExamPassRepository(*m_db)
                    .insert(m_pid, {0, QStringLiteral("Marco Bianchi"), QStringLiteral("PL-300"),
                                    QDate(2021, 1, 10), QStringLiteral("Data Analytics")})
                    .ok());
        QVERIFY(step(ChecklistStep::AddPeople));
        QVERIFY(!step(ChecklistStep::ImportInvoices));

        Purchase p;
        p.invoice = QStringLiteral("INV-1");
        p.invoiceDate = QDate(2021, 1, 12);
        p.omlpType = QStringLiteral("courseware");
        p.kpiValue = 3;
        p.competency = QStringLiteral("Data Analytics");
        QVERIFY(PurchaseRepository(*m_db).insert(m_pid, p).ok());
        QVERIFY(step(ChecklistStep::ImportInvoices));

        // The dashboard is the account's own: the viewer's look does not count, the admin's does.
        QVERIFY(service.markDashboardChecked(m_accounts.viewer, kAt).ok());
        QVERIFY(!step(ChecklistStep::CheckDashboard));
        QVERIFY(service.markDashboardChecked(admin, kAt).ok());
        QVERIFY(step(ChecklistStep::CheckDashboard));
        QVERIFY(service.checklist(admin)->visible());

        Enrollment draft;
        draft.partnerId = m_pid;
        draft.path = Path::ActionPack;
        draft.answers = QByteArrayLiteral("{}");
        draft.createdAt = draft.updatedAt = kAt;
        QVERIFY(EnrollmentRepository(*m_db).insert(draft).ok());
        c = service.checklist(admin).value();
        QVERIFY(c.done());
        QVERIFY(!c.visible());
    }

    void checklistDismissedPerAccountAndOnlyForRolesThatCanDoIt()
    {
        GettingStartedService service(*m_db);
        QVERIFY(service.dismiss(m_accounts.admin, kAt).ok());
        const Checklist c = service.checklist(m_accounts.admin).value();
        QVERIFY(c.dismissed);
        QVERIFY(!c.visible());
        QVERIFY(!c.done());
        QVERIFY(!service.checklist(m_accounts.viewer)->applies);
        QVERIFY(!service.checklist(m_accounts.support)->applies);
        QVERIFY(!service.checklist(m_accounts.viewer)->visible());
        QCOMPARE(service.checklist(Session{}).error().code, QStringLiteral("NOT_SIGNED_IN"));
    }

    void upgradeFromVersionSevenAddsTheTable()
    {
        TestDatabase fixture;
        LP_FRESH_DATABASE(fixture, location);
        {
            Database::Options options;
            options.targetVersion = 7;
            auto v7 = Database::open(location, options);
            QVERIFY(v7.ok());
            QCOMPARE(v7.value()->schemaVersion(), 7);
            TestAccounts::create(*v7.value(), kAnniversary);
        }
        auto latest = Database::open(location);
        QVERIFY(latest.ok());
        QVERIFY(latest.value()->schemaVersion() >= 10);
        auto accounts = AccountService(*latest.value())
                            .signIn(QStringLiteral("giulia"), QStringLiteral("a long passphrase"));
        QVERIFY(accounts.ok());
        QVERIFY(GettingStartedService(*latest.value()).dismiss(accounts.value(), kAt).ok());
        QVERIFY(GettingStartedService(*latest.value()).checklist(accounts.value())->dismissed);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
