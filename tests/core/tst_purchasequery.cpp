// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// PurchaseRepository::page() and count() on a PurchaseQuery, on the driver of the run (SQLite
// by default, PostgreSQL with LP_TEST_DRIVER=pg): each condition, the evidence condition inside
// and outside, and the three ways a page starts, against the same view worked out here; the count
// summed from the KPI summary against the rows counted, on random rows and random views.
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/purchasequery.h"
#include "storage/purchaserepository.h"
#include "testdatabase.h"

#include <QRandomGenerator>
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

    void countFromTheSummaryIsTheRowsCount()
    {
        // count() sums the KPI summary unless an OMLP type is asked; countRows() counts the purchases.
        // Random rows (some texts not ASCII, some with LIKE's wildcards in them), then random views
        // made of every condition: the two counts and the rows of the view agree.
        QRandomGenerator random(20261202);
        PurchaseRepository repo(*m_db);
        const QStringList competencies{QStringLiteral("Data Analytics"), QStringLiteral("Cloud Platform"),
                                       QStringLiteral("Sécurité"), QStringLiteral("50% off_line"), QString()};
        const QStringList omlpTypes{QStringLiteral("Official courseware"), QStringLiteral("Lab"),
                                    QStringLiteral("MOC On-Demand")};
        const DocumentType types[] = {DocumentType::Invoice, DocumentType::OrderConfirmation,
                                      DocumentType::PartnerReport};
        for (int i = 0; i < 150; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("R-%1").arg(i);
            p.documentType = types[random.bounded(3)];
            p.invoiceDate = QDate(2021, 2, 20).addDays(random.bounded(30));
            p.omlpType = omlpTypes[random.bounded(omlpTypes.size())];
            p.competency = competencies[random.bounded(competencies.size())];
            p.kpiValue = random.bounded(5);
            p.currency = QStringLiteral("EUR");
            p.id = repo.insert(m_partnerId, p).value();
            m_stored.append(p);
        }
        const QStringList typed{QString(),           QStringLiteral("analytics"), QStringLiteral("CLOUD"),
                                QStringLiteral("é"), QStringLiteral("%"),         QStringLiteral("_"),
                                QStringLiteral("a"), QStringLiteral("nothing")};
        auto day = [&] { return QDate(2021, 2, 15).addDays(random.bounded(40)); };
        for (int n = 0; n < 300; ++n) {
            PurchaseQuery q;
            q.partnerId = m_partnerId;
            if (random.bounded(2))
                q.from = day();
            if (random.bounded(2))
                q.to = day();
            if (random.bounded(3) == 0)
                q.documentType = types[random.bounded(3)];
            q.competency = typed[random.bounded(typed.size())];
            if (random.bounded(4) == 0)
                q.omlpType = QStringLiteral("course");
            if (random.bounded(2)) {
                PurchaseQuery::Evidence e;
                for (DocumentType t : types) {
                    if (random.bounded(2))
                        e.documentTypes.append(t);
                }
                if (random.bounded(2))
                    e.from = day();
                if (random.bounded(2))
                    e.to = day();
                e.outside = random.bounded(2);
                q.evidence = e;
            }
            // The view worked out here: every text in the data and typed is ASCII but for a
            // lower-case é, so "in any case" is the same on both engines and here.
            const auto view = expected([&](const Purchase& p) {
                if ((q.from.isValid() && p.invoiceDate < q.from) || (q.to.isValid() && p.invoiceDate > q.to))
                    return false;
                if (q.documentType && p.documentType != *q.documentType)
                    return false;
                if (!p.competency.toLower().contains(q.competency.toLower()) ||
                    !p.omlpType.toLower().contains(q.omlpType.toLower()))
                    return false;
                if (!q.evidence)
                    return true;
                const auto& e = *q.evidence;
                const bool inside = e.documentTypes.contains(p.documentType) &&
                                    (!e.from.isValid() || p.invoiceDate >= e.from) &&
                                    (!e.to.isValid() || p.invoiceDate <= e.to);
                return inside != e.outside;
            });
            QCOMPARE(repo.countRows(q).value(), qint64(view.size()));
            QCOMPARE(repo.count(q).value(), qint64(view.size()));
            // Pages at an offset, and after and before a row, read with the summary's days.
            q.limit = 1 + random.bounded(40);
            q.offset = random.bounded(int(view.size()) + 2);
            QCOMPARE(repo.page(q).value(), view.mid(q.offset, q.limit));
            if (view.isEmpty())
                continue;
            const int at = random.bounded(int(view.size()));
            q.keyDate = view[at].invoiceDate;
            q.keyId = view[at].id;
            q.start = PurchaseQuery::Start::After;
            QCOMPARE(repo.page(q).value(), view.mid(at + 1, q.limit));
            q.start = PurchaseQuery::Start::Before;
            QCOMPARE(repo.page(q).value(), view.mid(std::max(0, at - q.limit), std::min(at, q.limit)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPurchaseQuery)
#include "tst_purchasequery.moc"
