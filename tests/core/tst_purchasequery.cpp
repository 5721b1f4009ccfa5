// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// PurchaseRepository::page() and count() on a PurchaseQuery, on the driver of the run (SQLite
// by default, PostgreSQL with LP_TEST_DRIVER=pg): each condition, the evidence condition inside
// and outside, and the three ways a page starts, against the same view worked out here.
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/purchasequery.h"
#include "storage/purchaserepository.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace lp;

class TestPurchaseQuery : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    qint64 m_partnerId = 0;
    QList<Purchase> m_stored; // every row of the partner, with its id

    // The view of `query`'s conditions, newest first (invoice date, then id, descending).
    QList<Purchase> expected(const std::function<bool(const Purchase&)>& keep) const
    {
        QList<Purchase> view;
        std::copy_if(m_stored.cbegin(), m_stored.cend(), std::back_inserter(view), keep);
        std::sort(view.begin(), view.end(), [](const Purchase& a, const Purchase& b) {
            return a.invoiceDate != b.invoiceDate ? a.invoiceDate > b.invoiceDate : a.id > b.id;
        });
        return view;
    }
    QList<Purchase> all(PurchaseQuery query) const
    {
        query.limit = 1000;
        return PurchaseRepository(*m_db).page(query).value();
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        auto db = Database::open(location);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        PartnerRepository partners(*m_db);
        m_partnerId = partners
                          .insert({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                   QStringLiteral("IT"), QDate(2021, 5, 1)})
                          .value();
        const qint64 other = partners
                                 .insert({0, QStringLiteral("4499999"), QStringLiteral("Fabrikam"),
                                          QStringLiteral("IT"), QDate(2021, 5, 1)})
                                 .value();
        // Three rows a day over ten days (the same day's rows apart only by id), stored out of
        // date order, with every document type, two OMLP types and two competencies.
        m_stored.clear();
        PurchaseRepository repo(*m_db);
        const DocumentType types[] = {DocumentType::Invoice, DocumentType::OrderConfirmation,
                                      DocumentType::PartnerReport};
        for (int i = 0; i < 30; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("INV-%1").arg(i);
            p.documentType = types[i % 3];
            p.invoiceDate = QDate(2021, 3, 1).addDays((i * 7) % 10);
            p.omlpType = i % 2 ? QStringLiteral("Official courseware") : QStringLiteral("Lab");
            p.competency = i % 4 ? QStringLiteral("Data Analytics") : QString();
            p.kpiValue = i;
            p.revenueCents = 100 * i;
            p.currency = QStringLiteral("EUR");
            p.id = repo.insert(m_partnerId, p).value();
            m_stored.append(p);
            Purchase theirs = p;
            QVERIFY(repo.insert(other, theirs).ok()); // another partner's rows never show
        }
    }
    void cleanup() { m_db.reset(); }

    void eachConditionNarrowsTheView()
    {
        PurchaseQuery q;
        q.partnerId = m_partnerId;
        QCOMPARE(all(q), expected([](const Purchase&) { return true; }));
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(30));

        q.from = QDate(2021, 3, 3);
        q.to = QDate(2021, 3, 6);
        const auto inRange = [&](const Purchase& p) {
            return p.invoiceDate >= q.from && p.invoiceDate <= q.to;
        };
        QCOMPARE(all(q), expected(inRange));
        q.omlpType = QStringLiteral("Lab");
        q.documentType = DocumentType::Invoice;
        q.competency = QStringLiteral("Data Analytics");
        const auto view = expected([&](const Purchase& p) {
            return inRange(p) && p.omlpType == q.omlpType && p.documentType == DocumentType::Invoice &&
                   p.competency == q.competency;
        });
        QVERIFY(!view.isEmpty());
        QCOMPARE(all(q), view);
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(view.size()));
    }

    void textFiltersMatchAnywhereWhateverTheCase()
    {
        // Issue 21: "packaged" finds "Packaged courseware"; the OMLP type and the competency are found
        // anywhere in the text, in any case; % and _ are letters, not wildcards.
        PurchaseQuery q;
        q.partnerId = m_partnerId;
        PurchaseRepository repo(*m_db);
        const auto official =
            expected([](const Purchase& p) { return p.omlpType == QLatin1String("Official courseware"); });
        for (const char* typed : {"COURSE", "courseware", "Official courseware", "ficial c"}) {
            q.omlpType = QLatin1String(typed);
            QCOMPARE(all(q), official);
            QCOMPARE(repo.count(q).value(), qint64(official.size()));
        }
        q.omlpType = QStringLiteral("lab");
        QCOMPARE(repo.count(q).value(), qint64(30 - official.size()));
        for (const char* wildcard : {"%", "_", "L_b", "!"}) {
            q.omlpType = QLatin1String(wildcard);
            QCOMPARE(repo.count(q).value(), qint64(0));
        }
        q.omlpType.clear();
        q.competency = QStringLiteral("analytics");
        QCOMPARE(repo.count(q).value(), qint64(expected([](const Purchase& p) {
                                                   return p.competency == QLatin1String("Data Analytics");
                                               }).size()));
    }

    void evidenceInsideAndOutside()
    {
        PurchaseQuery q;
        q.partnerId = m_partnerId;
        const QList<DocumentType> accepted{DocumentType::Invoice, DocumentType::PartnerReport};
        q.evidence = PurchaseQuery::Evidence{accepted, QDate(2021, 3, 4), QDate(2021, 3, 8), false};
        const auto inside = [&](const Purchase& p) {
            return accepted.contains(p.documentType) && p.invoiceDate >= QDate(2021, 3, 4) &&
                   p.invoiceDate <= QDate(2021, 3, 8);
        };
        QCOMPARE(all(q), expected(inside));
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(expected(inside).size()));

        q.evidence->outside = true;
        const auto outside = [&](const Purchase& p) { return !inside(p); };
        QCOMPARE(all(q), expected(outside));
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(expected(outside).size()));

        // Open-ended: accepted and dated from a day on (pending rows), or the rest.
        q.evidence = PurchaseQuery::Evidence{accepted, QDate(2021, 3, 9), {}, false};
        const auto later = [&](const Purchase& p) {
            return accepted.contains(p.documentType) && p.invoiceDate >= QDate(2021, 3, 9);
        };
        QCOMPARE(all(q), expected(later));
        q.evidence->outside = true;
        QCOMPARE(all(q), expected([&](const Purchase& p) { return !later(p); }));

        // No accepted evidence: nothing is inside, everything outside.
        q.evidence = PurchaseQuery::Evidence{{}, QDate(2021, 3, 1), {}, false};
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(0));
        q.evidence->outside = true;
        QCOMPARE(PurchaseRepository(*m_db).count(q).value(), qint64(30));
    }

    void pagesStartAtAnOffsetAfterOrBeforeAKey()
    {
        PurchaseQuery q;
        q.partnerId = m_partnerId;
        q.omlpType = QStringLiteral("Official courseware");
        const auto view = expected([&](const Purchase& p) { return p.omlpType == q.omlpType; });
        QCOMPARE(view.size(), qsizetype(15));
        q.limit = 4;
        PurchaseRepository repo(*m_db);

        // Forwards from the first row, each page after the last row of the one before.
        QList<Purchase> walked;
        QList<Purchase> page = repo.page(q).value();
        while (!page.isEmpty()) {
            walked += page;
            q.start = PurchaseQuery::Start::After;
            q.keyDate = page.last().invoiceDate;
            q.keyId = page.last().id;
            page = repo.page(q).value();
        }
        QCOMPARE(walked, view);

        // Backwards from the last row, each page before the first row of the one after.
        walked.clear();
        q.start = PurchaseQuery::Start::Before;
        q.keyDate = view.last().invoiceDate;
        q.keyId = view.last().id;
        walked.prepend(view.last());
        for (page = repo.page(q).value(); !page.isEmpty(); page = repo.page(q).value()) {
            QVERIFY(page.size() <= 4);
            walked = page + walked;
            q.keyDate = page.first().invoiceDate;
            q.keyId = page.first().id;
        }
        QCOMPARE(walked, view);

        // At an offset.
        q.start = PurchaseQuery::Start::Offset;
        for (int offset : {0, 5, 13, 15}) {
            q.offset = offset;
            QCOMPARE(repo.page(q).value(), view.mid(offset, 4));
        }
    }
};

QTEST_GUILESS_MAIN(TestPurchaseQuery)
#include "tst_purchasequery.moc"
