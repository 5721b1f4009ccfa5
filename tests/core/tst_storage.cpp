// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Storage on the driver of the run (SQLite by default, PostgreSQL with LP_TEST_DRIVER=pg):
// schema creation, one round trip per repository, transactions, the audit chain.
#include "storage/auditrepository.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/exampassrepository.h"
#include "storage/listingrepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "storage/repository.h"
#include "storage/trainerrepository.h"
#include "storage/userrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    qint64 m_partnerId = 0;

    Partner contoso() const
    {
        return {0, QStringLiteral("4412345"), QStringLiteral("Contoso Learning"), QStringLiteral("IT"),
                QDate(2021, 5, 1)};
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString()
                                             : db.error().code + QLatin1Char(' ') +
                                                   db.error().args.join(QLatin1Char(' '))));
        m_db = std::move(db).value();
        auto id = PartnerRepository(*m_db).insert(contoso());
        QVERIFY(id.ok());
        m_partnerId = id.value();
    }
    void cleanup() { m_db.reset(); }

    void isoDatesAsQtWritesThem()
    {
        for (const QDate& d : {QDate(2021, 2, 28), QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                               QDate(2024, 2, 29)})
            QCOMPARE(Repository::isoDate(d), d.toString(Qt::ISODate));
    }

    void opensAtLatestSchema()
    {
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(m_db->isPostgres(), TestDatabase::wantsPostgres());
        auto integrity = m_db->integrityCheck();
        QVERIFY(integrity.ok());
        QCOMPARE(integrity.value(), QStringLiteral("ok"));
    }

    void newSqliteDatabasesHave16KiBPages()
    {
        if (TestDatabase::wantsPostgres())
            QSKIP("SQLite's page size");
        auto pageSize = [](const QSqlDatabase& connection) {
            QSqlQuery q(connection);
            return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(pageSize(m_db->connection()), 16384);

        // A database made with SQLite's 4 KiB pages (as earlier versions did) keeps them and opens.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto old = Database::open(path);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pageSize(old.value()->connection()), 4096);
    }

    void partnerRoundTrip()
    {
        PartnerRepository repo(*m_db);
        auto found = repo.findByMpnId(QStringLiteral("4412345"));
        QVERIFY(found.ok() && found->has_value());
        Partner expected = contoso();
        expected.id = m_partnerId;
        QCOMPARE(**found, expected);

        expected.name = QStringLiteral("Contoso Learning S.r.l.");
        expected.anniversary = QDate(2024, 2, 29);
        QVERIFY(repo.update(expected).ok());
        QCOMPARE(**repo.findById(m_partnerId), expected);
        QVERIFY(!repo.findByMpnId(QStringLiteral("999")).value().has_value());
        // The MPN ID is unique.
        QVERIFY(!repo.insert(contoso()).ok());
    }

    void membershipRoundTrip()
    {
        PartnerRepository repo(*m_db);
        Membership pack{0, MembershipType::ActionPack, {}, true, QDate(2020, 9, 1), QDate(2021, 8, 31)};
        Membership silver{0,     MembershipType::Silver, QStringLiteral("Data Analytics"),
                          false, QDate(2020, 5, 1),      QDate(2021, 4, 30)};
        auto a = repo.addMembership(m_partnerId, pack);
        auto b = repo.addMembership(m_partnerId, silver);
        QVERIFY(a.ok() && b.ok());
        pack.id = a.value();
        silver.id = b.value();
        QCOMPARE(repo.memberships(m_partnerId).value(), (QList<Membership>{silver, pack}));
        QVERIFY(repo.removeMembership(m_partnerId, silver.id).ok());
        QCOMPARE(repo.memberships(m_partnerId).value(), QList<Membership>{pack});
        // A silver membership without a competency breaks the schema's own rule.
        silver.competency.clear();
        QVERIFY(!repo.addMembership(m_partnerId, silver).ok());
    }

    void trainerAndExamRoundTrip()
    {
        TrainerRepository trainers(*m_db);
        Trainer t{0, QStringLiteral("Giulia Rossi"), QStringLiteral("MCT-1001"), QDate(),
                  QDate(2021, 12, 31)};
        auto id = trainers.insert(m_partnerId, t);
        QVERIFY(id.ok());
        t.id = id.value();
        QCOMPARE(trainers.list(m_partnerId).value(), QList<Trainer>{t});
        t.validFrom = QDate(2020, 1, 1);
        QVERIFY(trainers.update(m_partnerId, t).ok());
        QCOMPARE(trainers.list(m_partnerId).value(), QList<Trainer>{t});
        QVERIFY(!trainers.insert(m_partnerId, t).ok()); // same MCT ID twice
        QVERIFY(trainers.remove(m_partnerId, t.id).ok());
        QVERIFY(trainers.list(m_partnerId).value().isEmpty());
        QCOMPARE(trainers.remove(m_partnerId, t.id).error().code, QStringLiteral("NOT_FOUND"));

        ExamPassRepository exams(*m_db);
        ExamPass e{0, QStringLiteral("Marco Bianchi"), QStringLiteral("DA-100"), QDate(2020, 11, 20),
                   QStringLiteral("Data Analytics")};
        auto eid = exams.insert(m_partnerId, e);
        QVERIFY(eid.ok());
        e.id = eid.value();
        QCOMPARE(exams.list(m_partnerId).value(), QList<ExamPass>{e});
        e.exam = QStringLiteral("PL-300");
        QVERIFY(exams.update(m_partnerId, e).ok());
        QCOMPARE(exams.list(m_partnerId).value(), QList<ExamPass>{e});
        QVERIFY(exams.remove(m_partnerId, e.id).ok());
    }

    void purchaseRoundTrip()
    {
        PurchaseRepository repo(*m_db);
        Purchase inv{0,
                     QStringLiteral("INV-2020-0042"),
                     1,
                     DocumentType::Invoice,
                     QDate(2020, 10, 5),
                     QStringLiteral("courseware"),
                     3,
                     2.5,
                     129050,
                     QStringLiteral("EUR"),
                     QStringLiteral("Data Analytics")};
        Purchase oc{0,
                    QStringLiteral("OC-7"),
                    1,
                    DocumentType::OrderConfirmation,
                    QDate(2020, 9, 1),
                    QStringLiteral("exam vouchers"),
                    1,
                    0,
                    0,
                    {},
                    {}};
        auto a = repo.insert(m_partnerId, inv);
        auto b = repo.insert(m_partnerId, oc);
        QVERIFY(a.ok() && b.ok());
        inv.id = a.value();
        oc.id = b.value();
        oc.currency = QStringLiteral("");
        oc.competency = QStringLiteral("");
        QCOMPARE(repo.list(m_partnerId).value(), (QList<Purchase>{oc, inv}));
        QCOMPARE(repo.list(m_partnerId, QDate(2020, 9, 30)).value(), QList<Purchase>{oc});
        QCOMPARE(repo.find(m_partnerId, QStringLiteral("INV-2020-0042"), 1).value(),
                 std::optional<Purchase>(inv));
        QCOMPARE(repo.count(m_partnerId).value(), 2);
        // (invoice, line) is unique per partner; units < 1 and negative values are refused.
        QVERIFY(!repo.insert(m_partnerId, inv).ok());
        Purchase bad = inv;
        bad.line = 2;
        bad.units = 0;
        QVERIFY(!repo.insert(m_partnerId, bad).ok());
        bad.units = 1;
        bad.revenueCents = -1;
        QVERIFY(!repo.insert(m_partnerId, bad).ok());
        inv.kpiValue = 3;
        QVERIFY(repo.update(m_partnerId, inv).ok());
        QCOMPARE(repo.findByInvoice(m_partnerId, QStringLiteral("INV-2020-0042")).value(),
                 QList<Purchase>{inv});
    }

    void enrollmentDraftsAreOnePerPathAndCompetency()
    {
        EnrollmentRepository repo(*m_db);
        Enrollment e;
        e.partnerId = m_partnerId;
        e.path = Path::Silver;
        e.competency = QStringLiteral("Data Analytics");
        e.answers = QByteArrayLiteral("{\"performanceCommitment\":true}");
        e.createdAt = QDateTime(QDate(2021, 3, 10), QTime(9, 30, 0, 125), Qt::UTC);
        e.updatedAt = e.createdAt;
        auto id = repo.insert(e);
        QVERIFY(id.ok());
        e.id = id.value();
        QCOMPARE(repo.findDraft(m_partnerId, Path::Silver, e.competency).value(),
                 std::optional<Enrollment>(e));
        QVERIFY(!repo.findDraft(m_partnerId, Path::Gold, e.competency).value().has_value());
        QVERIFY(!repo.insert(e).ok()); // a second open draft for the same path and competency

        e.status = EnrollmentStatus::Submitted;
        e.ruleSetId = QStringLiteral("FY2021");
        e.evaluatedOn = QDate(2021, 3, 10);
        e.submittedAt = QDateTime(QDate(2021, 3, 10), QTime(10, 0), Qt::UTC);
        e.updatedAt = e.submittedAt;
        QVERIFY(repo.update(e).ok());
        QCOMPARE(repo.findById(e.id).value(), std::optional<Enrollment>(e));
        QVERIFY(repo.insert(Enrollment{0, m_partnerId, Path::Silver, e.competency})
                    .ok()); // a new draft is fine now
        QCOMPARE(repo.list(m_partnerId).value().size(), 2);
    }

    void caseWithEvidenceRoundTrip()
    {
        CaseRepository repo(*m_db);
        const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n\x00\x01\x02\xff binary evidence");
        DiscrepancyCase c;
        c.partnerId = m_partnerId;
        c.month = 1;
        c.year = 2021;
        c.omlpType = QStringLiteral("courseware");
        c.purchaseUnit = 3;
        c.invoiceNumber = QStringLiteral("INV-7");
        c.kpiValue = 2;
        c.revenueCents = 129000;
        c.currency = QStringLiteral("EUR");
        c.evidenceName = QStringLiteral("INV-7.pdf");
        c.evidenceMimeType = QStringLiteral("application/pdf");
        c.evidenceSha256 = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex();
        c.triage = TriageCode::ValueMismatch;
        c.filedBy = QStringLiteral("admin1");
        c.filedAt = QDateTime(QDate(2021, 4, 2), QTime(8, 0), Qt::UTC);
        auto id = repo.insert(c, pdf);
        QVERIFY(id.ok());
        c.id = id.value();
        QCOMPARE(repo.findById(c.id).value(), std::optional<DiscrepancyCase>(c));
        QCOMPARE(repo.evidence(c.id).value(), pdf);
        QCOMPARE(repo.listOpen().value(), QList<DiscrepancyCase>{c});

        c.status = CaseStatus::Corrected;
        c.resolvedBy = QStringLiteral("support1");
        c.resolvedAt = QDateTime(QDate(2021, 4, 5), QTime(15, 0), Qt::UTC);
        c.resolutionNote = QStringLiteral("KPI value corrected to 2");
        QVERIFY(repo.resolve(c).ok());
        QVERIFY(repo.listOpen().value().isEmpty());
        QCOMPARE(repo.listForPartner(m_partnerId).value(), QList<DiscrepancyCase>{c});
    }

    void listingRoundTrip()
    {
        ListingRepository repo(*m_db);
        ListingRequest r;
        r.partnerId = m_partnerId;
        r.displayName = QStringLiteral("Contoso Learning");
        r.country = QStringLiteral("IT");
        r.landingUrl = QStringLiteral("https://contoso.example/microsoft");
        r.aboutPartnerOnly = r.noCompetitors = r.ownedByPartner = true;
        r.status = ListingStatus::Queued;
        r.receivedOn = QDate(2021, 3, 9);
        r.batchMonth = QDate(2021, 3, 1);
        auto id = repo.insert(r);
        QVERIFY(id.ok());
        r.id = id.value();
        QCOMPARE(repo.findById(r.id).value(), std::optional<ListingRequest>(r));
        r.status = ListingStatus::SentInBatch;
        r.sentOn = QDate(2021, 3, 17);
        QVERIFY(repo.update(r).ok());
        QCOMPARE(repo.listByStatus(ListingStatus::SentInBatch).value(), QList<ListingRequest>{r});
        QCOMPARE(repo.listForPartner(m_partnerId).value(), QList<ListingRequest>{r});
    }

    void userRoundTrip()
    {
        UserRepository repo(*m_db);
        User u;
        u.name = QStringLiteral("admin1");
        u.role = Role::PartnerAdmin;
        u.partnerId = m_partnerId;
        u.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA");
        u.createdAt = QDateTime(QDate(2021, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        auto id = repo.insert(u);
        QVERIFY(id.ok());
        u.id = id.value();
        QCOMPARE(repo.findByName(QStringLiteral("admin1")).value(), std::optional<User>(u));
        QVERIFY(repo.setDisabled(u.id, true).ok());
        QVERIFY(repo.findById(u.id).value()->disabled);
        QVERIFY(!repo.insert(u).ok()); // names are unique
        // Support belongs to no partner; every other role to one.
        User support{0, QStringLiteral("support1"), Role::FrontlineSupport, m_partnerId, u.passwordHash};
        QVERIFY(!repo.insert(support).ok());
        support.partnerId = 0;
        QVERIFY(repo.insert(support).ok());
        QCOMPARE(repo.count().value(), 2);
    }

    void transactionRollsBackEverything()
    {
        PurchaseRepository repo(*m_db);
        Status s = m_db->transaction([&]() -> Status {
            Purchase p{0,
                       QStringLiteral("INV-1"),
                       1,
                       DocumentType::Invoice,
                       QDate(2021, 1, 5),
                       QStringLiteral("courseware"),
                       1,
                       1,
                       100,
                       QStringLiteral("EUR"),
                       {}};
            if (auto id = repo.insert(m_partnerId, p); !id)
                return id.error();
            // A nested failure dooms the whole transaction.
            return m_db->transaction([&]() -> Status { return repo.insert(m_partnerId, p).error(); });
        });
        QVERIFY(!s.ok());
        QCOMPARE(repo.count(m_partnerId).value(), 0);
        QVERIFY(!m_db->inTransaction());
    }

    void auditChainDetectsTampering()
    {
        AuditRepository audit(*m_db);
        for (int i = 0; i < 4; ++i) {
            AuditEntry e;
            e.userName = QStringLiteral("admin1");
            e.role = QStringLiteral("partnerAdmin");
            e.action = QStringLiteral("purchase.import");
            e.entity = QStringLiteral("purchase");
            e.entityId = QString::number(i);
            e.partnerId = m_partnerId;
            e.after = QByteArrayLiteral("{\"kpiValue\":") + QByteArray::number(i) + '}';
            QVERIFY(m_db->transaction([&]() -> Status {
                            return audit.append(e).ok() ? Status() : Status(Error{QStringLiteral("X")});
                        })
                        .ok());
        }
        auto v = audit.verify();
        QVERIFY(v.ok());
        QVERIFY(v->intact);
        QCOMPARE(v->entries, 4);
        QCOMPARE(audit.list(m_partnerId).value().size(), 4);

        QVERIFY(
            m_db->exec(QStringLiteral("UPDATE audit_log SET after_json = '{\"kpiValue\":9}' WHERE id = 3"))
                .ok());
        v = audit.verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadId, 3);
    }

    void auditChainDetectsRemovalOfTheNewest()
    {
        AuditRepository audit(*m_db);
        for (int i = 0; i < 3; ++i) {
            AuditEntry e{0,
                         {},
                         QStringLiteral("u"),
                         QStringLiteral("viewer"),
                         QStringLiteral("a"),
                         QStringLiteral("e"),
                         QString::number(i)};
            QVERIFY(audit.append(e).ok());
        }
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
        QVERIFY(!audit.verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
