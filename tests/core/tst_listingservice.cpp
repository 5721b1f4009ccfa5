// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Directory listing requests through ListingService: the check at submission, the batch a
// request joins, support marking a month's batch as sent, the visibility that follows, and
// the role checks.
#include "services/accountservice.h"
#include "services/listingservice.h"
#include "storage/database.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QTest>

using namespace lp;

class TestListingService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;

    ListingInput listing() const
    {
        return {QStringLiteral("Contoso Learning"),
                QStringLiteral("IT"),
                QStringLiteral("https://contoso.example/microsoft"),
                true,
                true,
                true};
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db, QDate(2021, 5, 1));
        m_admin = accounts.admin;
        m_support = accounts.support;
    }
    void cleanup() { m_db.reset(); }

    void invalidRequestIsNotStored()
    {
        ListingService service(*m_db);
        ListingInput bad = listing();
        bad.landingUrl = QStringLiteral("https://www.microsoft.com/contoso");
        auto r = service.submit(m_admin, m_admin.partnerId(), bad, QDate(2021, 3, 9));
        QVERIFY(r.ok());
        QVERIFY(!r->check.valid);
        QVERIFY(!r->request);
        QCOMPARE(r->check.errors.first().code, QStringLiteral("URL_NOT_PARTNER_OWNED"));
        QVERIFY(service.requests(m_admin, m_admin.partnerId())->isEmpty());
    }

    void batchesAndVisibility()
    {
        ListingService service(*m_db);
        const qint64 pid = m_admin.partnerId();
        auto march = service.submit(m_admin, pid, listing(), QDate(2021, 3, 9)); // joins March's batch
        ListingInput other = listing(); // the same one again would be refused (docs/rules.md#nothing-twice)
        other.landingUrl = QStringLiteral("https://contoso.example/learning");
        auto april = service.submit(m_admin, pid, other, QDate(2021, 3, 20)); // too late: April's
        QVERIFY(march->request && april->request);
        QCOMPARE(march->request->batchMonth, QDate(2021, 3, 1));
        QCOMPARE(march->request->visibleOn, QDate(2021, 4, 7));
        QCOMPARE(april->request->batchMonth, QDate(2021, 4, 1));
        QVERIFY(march->request->status == ListingStatus::Queued);
        QCOMPARE(service.queued(m_support)->size(), 2);

        auto moved = service.markBatchSent(m_support, QDate(2021, 3, 17), QDate(2021, 3, 17));
        QCOMPARE(moved.value(), 1);
        QCOMPARE(service.queued(m_support)->size(), 1);
        const QList<ListingRequest> mine = service.requests(m_admin, pid).value();
        const ListingRequest sent = mine.last().id == march->request->id ? mine.last() : mine.first();
        QVERIFY(sent.status == ListingStatus::SentInBatch);
        QCOMPARE(sent.sentOn, QDate(2021, 3, 17));
        QVERIFY(ListingService::effectiveStatus(sent, QDate(2021, 4, 6)) == ListingStatus::SentInBatch);
        QVERIFY(ListingService::effectiveStatus(sent, QDate(2021, 4, 7)) == ListingStatus::Visible);
    }

    void draftBecomesTheRequest()
    {
        ListingService service(*m_db);
        const qint64 pid = m_admin.partnerId();
        ListingInput half{QStringLiteral("Contoso"),
                          QStringLiteral("IT"),
                          QStringLiteral("http://contoso.example"),
                          true,
                          {},
                          {}};
        auto first = service.saveDraft(m_admin, pid, half);
        QVERIFY(first.ok());
        QVERIFY(first->status == ListingStatus::Draft);
        half.landingUrl = QStringLiteral("https://contoso.example/microsoft");
        auto second = service.saveDraft(m_admin, pid, half);
        QCOMPARE(second->id, first->id); // one draft per partner
        auto kept = service.draft(m_admin, pid);
        QCOMPARE((*kept)->landingUrl, QStringLiteral("https://contoso.example/microsoft"));
        QVERIFY((*kept)->aboutPartnerOnly && !(*kept)->noCompetitors);
        QVERIFY(service.queued(m_support)->isEmpty()); // a draft waits for no batch

        auto sent = service.submit(m_admin, pid, listing(), QDate(2021, 3, 9));
        QCOMPARE(sent->request->id, first->id);
        QVERIFY(!service.draft(m_admin, pid)->has_value());
        QCOMPARE(service.requests(m_admin, pid)->size(), 1);
    }

    void roles()
    {
        ListingService service(*m_db);
        QCOMPARE(service.submit(m_support, m_admin.partnerId(), listing(), QDate(2021, 3, 9)).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.markBatchSent(m_admin, QDate(2021, 3, 1), QDate(2021, 3, 17)).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.queued(m_admin).error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.saveDraft(m_support, m_admin.partnerId(), listing()).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(service.submit(m_admin, m_admin.partnerId() + 1, listing(), QDate(2021, 3, 9)).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
    }
};

QTEST_GUILESS_MAIN(TestListingService)
#include "tst_listingservice.moc"
