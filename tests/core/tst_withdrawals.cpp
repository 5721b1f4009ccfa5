// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Nothing twice and withdrawals (docs/rules.md#nothing-twice, docs/rules.md#withdrawing-a-request):
// an identical listing request and a second open case for one invoice are refused by the
// services; a partner admin withdraws an open case or a listing request not yet sent, with a
// reason and an audit entry, and support sees it withdrawn. Runs on SQLite or PostgreSQL.
#include "services/caseservice.h"
#include "services/listingservice.h"
#include "services/partnerservice.h"
#include "services/withdrawalservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QTest>

using namespace lp;

namespace {

const QDate kAsOf(2021, 4, 2);

DiscrepancyCaseInput caseInput(const QString& invoice = QStringLiteral("INV-7"))
{
    DiscrepancyCaseInput c;
    c.month = 1;
    c.year = 2021;
    c.omlpType = QStringLiteral("courseware");
    c.purchaseUnit = 3;
    c.invoiceNumber = invoice;
    c.kpiValue = 5;
    c.revenueCents = 129000;
    c.evidence = DocumentType::Invoice;
    c.description = QStringLiteral("  The invoice counts five KPIs, the ledger three.  ");
    return c;
}

Evidence pdf()
{
    return {QStringLiteral("INV-7.pdf"), QStringLiteral("application/pdf"),
            QByteArrayLiteral("%PDF-1.7\n an invoice\n%%EOF\n"), DocumentType::Invoice};
}

ListingInput listing()
{
    return {QStringLiteral("Contoso Learning"),
            QStringLiteral("IT"),
            QStringLiteral("https://contoso.example/microsoft"),
            true,
            true,
            true};
}

} // namespace

class TestWithdrawals : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;
    Session m_support;
    Session m_otherAdmin;
    qint64 m_pid = 0;
    QString m_location;

    QString lastAction() const { return AuditRepository(*m_db).list(m_pid).value().first().action; }
    qint64 audited() const { return AuditRepository(*m_db).list(m_pid)->size(); }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_location = location;
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db);
        m_admin = accounts.admin;
        m_viewer = accounts.viewer;
        m_support = accounts.support;
        m_pid = m_admin.partnerId();
        auto fabrikam = PartnerService(*m_db).add(Actor::commandLine(),
                                                  {0, QStringLiteral("4498765"), QStringLiteral("Fabrikam"),
                                                   QStringLiteral("DE"), QDate(2020, 3, 1)});
        QVERIFY(fabrikam.ok());
        auto marco = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                         .addUser(Actor::commandLine(), {QStringLiteral("marco"), Role::PartnerAdmin,
                                                         fabrikam->id, QStringLiteral("a long passphrase")});
        QVERIFY(marco.ok());
        m_otherAdmin = Session{marco.value()};
        Purchase p;
        p.invoice = QStringLiteral("INV-7");
        p.line = 1;
        p.invoiceDate = QDate(2021, 1, 12);
        p.omlpType = QStringLiteral("courseware");
        p.units = 3;
        p.kpiValue = 3;
        p.revenueCents = 129000;
        QVERIFY(PurchaseRepository(*m_db).insert(m_pid, p).ok());
    }
    void cleanup() { m_db.reset(); }

    void secondOpenCaseIsRefusedUntilTheFirstIsWithdrawn()
    {
        CaseService cases(*m_db);
        auto first = cases.file(m_admin, m_pid, caseInput(), pdf(), kAsOf);
        QVERIFY(first.ok() && first->filed);
        const qint64 before = audited();
        auto second = cases.file(m_admin, m_pid, caseInput(QStringLiteral(" INV-7 ")), pdf(), kAsOf);
        QVERIFY(second.ok());
        QVERIFY(!second->filed);
        QCOMPARE(second->triage.errors.first().code, QStringLiteral("CASE_ALREADY_OPEN"));
        QCOMPARE(second->triage.errors.first().path, QStringLiteral("case.invoiceNumber"));
        QCOMPARE(second->triage.errors.first().args.first(), QString::number(first->filed->id));
        QCOMPARE(cases.casesForPartner(m_admin, m_pid)->size(), 1);
        QCOMPARE(audited(), before);

        QVERIFY(WithdrawalService(*m_db)
                    .withdrawCase(m_admin, first->filed->id, QStringLiteral("Wrong month"))
                    .ok());
        auto again = cases.file(m_admin, m_pid, caseInput(), pdf(), kAsOf);
        QVERIFY(again.ok() && again->filed);
    }

    void caseKeepsItsDescription()
    {
        CaseService cases(*m_db);
        auto filed = cases.file(m_admin, m_pid, caseInput(), pdf(), kAsOf);
        QVERIFY(filed.ok() && filed->filed);
        QCOMPARE(filed->filed->description,
                 QStringLiteral("The invoice counts five KPIs, the ledger three."));
        auto detail = cases.detail(m_support, filed->filed->id, kAsOf);
        QVERIFY(detail.ok());
        QCOMPARE(detail->discrepancyCase.description, filed->filed->description);
        QVERIFY(CaseService::exportText(detail.value()).contains(filed->filed->description));

        DiscrepancyCaseInput tooLong = caseInput(QStringLiteral("INV-8"));
        tooLong.description = QString(CaseService::kMaxDescription + 1, QLatin1Char('x'));
        auto refused = cases.file(m_admin, m_pid, tooLong, pdf(), kAsOf);
        QVERIFY(refused.ok() && !refused->filed);
        QCOMPARE(refused->triage.errors.first().code, QStringLiteral("DESCRIPTION_TOO_LONG"));
        QCOMPARE(refused->triage.errors.first().path, QStringLiteral("case.description"));
        tooLong.description.chop(1);
        QVERIFY(cases.file(m_admin, m_pid, tooLong, pdf(), kAsOf)->filed);
    }

    void partnerAdminWithdrawsAnOpenCase()
    {
        CaseService cases(*m_db);
        WithdrawalService withdrawals(*m_db);
        const qint64 id = cases.file(m_admin, m_pid, caseInput(), pdf(), kAsOf)->filed->id;
        const QString reason = QStringLiteral("Filed against the wrong invoice");
        // Role and partner checked in the core.
        QCOMPARE(withdrawals.withdrawCase(m_viewer, id, reason).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(withdrawals.withdrawCase(m_support, id, reason).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(withdrawals.withdrawCase(m_otherAdmin, id, reason).error().code,
                 QStringLiteral("NOT_FOUND"));
        const Error noReason = withdrawals.withdrawCase(m_admin, id, QStringLiteral("   ")).error();
        QCOMPARE(noReason.code, QStringLiteral("REQUIRED"));
        QCOMPARE(noReason.path, QStringLiteral("case.withdrawalReason"));
        QCOMPARE(withdrawals.withdrawCase(m_admin, id + 100, reason).error().code,
                 QStringLiteral("NOT_FOUND"));
        QVERIFY(cases.casesForPartner(m_admin, m_pid)->first().status == CaseStatus::Open);

        const qint64 before = audited();
        auto withdrawn = withdrawals.withdrawCase(m_admin, id, QStringLiteral(" %1 ").arg(reason));
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.ok() ? QString() : withdrawn.error().code));
        QVERIFY(withdrawn->status == CaseStatus::Withdrawn);
        QCOMPARE(withdrawn->resolvedBy, QStringLiteral("giulia"));
        QCOMPARE(withdrawn->resolutionNote, reason);
        QVERIFY(withdrawn->resolvedAt.isValid());
        QCOMPARE(audited(), before + 1);
        QCOMPARE(lastAction(), QStringLiteral("case.withdraw"));

        // Support: not in the queue; in the history as withdrawn, with the reason.
        QVERIFY(cases.openCases(m_support, kAsOf)->isEmpty());
        CaseFilter filter;
        filter.status = CaseStatus::Withdrawn;
        auto history = cases.history(m_support, filter, kAsOf);
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().discrepancyCase.status == CaseStatus::Withdrawn);
        QCOMPARE(history->first().discrepancyCase.resolutionNote, reason);
        auto detail = cases.detail(m_support, id, kAsOf);
        QVERIFY(CaseService::exportText(detail.value()).contains(reason));

        // Closed: neither withdrawn again nor resolved.
        QCOMPARE(withdrawals.withdrawCase(m_admin, id, reason).error().code, QStringLiteral("CASE_NOT_OPEN"));
        QCOMPARE(cases.resolve(m_support, id, CaseService::Resolution::Rejected, QStringLiteral("no"))
                     .error()
                     .code,
                 QStringLiteral("CASE_ALREADY_RESOLVED"));
        QCOMPARE(audited(), before + 1);
    }

    void resolvedCaseIsNotWithdrawn()
    {
        CaseService cases(*m_db);
        const qint64 id = cases.file(m_admin, m_pid, caseInput(), pdf(), kAsOf)->filed->id;
        QVERIFY(cases.resolve(m_support, id, CaseService::Resolution::Rejected, QStringLiteral("no")).ok());
        auto refused = WithdrawalService(*m_db).withdrawCase(m_admin, id, QStringLiteral("late"));
        QCOMPARE(refused.error().code, QStringLiteral("CASE_NOT_OPEN"));
        QVERIFY(cases.casesForPartner(m_admin, m_pid)->first().status == CaseStatus::Rejected);
    }

    void identicalListingRequestIsRefused()
    {
        ListingService service(*m_db);
        auto first = service.submit(m_admin, m_pid, listing(), QDate(2021, 3, 9));
        QVERIFY(first.ok() && first->request);
        QVERIFY(!service.sameRequest(m_admin, m_pid, {}).value().has_value());
        auto seen = service.sameRequest(m_viewer, m_pid, listing());
        QVERIFY(seen.ok() && seen->has_value());
        QCOMPARE((*seen)->id, first->request->id);

        const qint64 before = audited();
        ListingInput same = listing();
        same.displayName = QStringLiteral(" contoso LEARNING ");
        auto second = service.submit(m_admin, m_pid, same, QDate(2021, 3, 10));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("LISTING_ALREADY_REQUESTED"));
        QCOMPARE(second.error().args,
                 (QStringList{QString::number(first->request->id), QStringLiteral("2021-03-09")}));
        QCOMPARE(service.requests(m_admin, m_pid)->size(), 1);
        QCOMPARE(audited(), before);

        // Another landing page is another request.
        ListingInput other = listing();
        other.landingUrl = QStringLiteral("https://contoso.example/learning");
        QVERIFY(service.submit(m_admin, m_pid, other, QDate(2021, 3, 10))->request);
        // A sent request still counts: it is not asked for twice.
        QVERIFY(service.markBatchSent(m_support, QDate(2021, 3, 1), QDate(2021, 3, 17)).ok());
        QCOMPARE(service.submit(m_admin, m_pid, listing(), QDate(2021, 4, 1)).error().code,
                 QStringLiteral("LISTING_ALREADY_REQUESTED"));
    }

    void partnerAdminWithdrawsAQueuedListingRequest()
    {
        ListingService service(*m_db);
        WithdrawalService withdrawals(*m_db);
        const qint64 id = service.submit(m_admin, m_pid, listing(), QDate(2021, 3, 9))->request->id;
        const QString reason = QStringLiteral("The landing page moves next month");
        QCOMPARE(withdrawals.withdrawListing(m_viewer, id, reason).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(withdrawals.withdrawListing(m_support, id, reason).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(withdrawals.withdrawListing(m_otherAdmin, id, reason).error().code,
                 QStringLiteral("NOT_FOUND"));
        QCOMPARE(withdrawals.withdrawListing(m_admin, id, QString()).error().path,
                 QStringLiteral("listing.withdrawalReason"));

        const qint64 before = audited();
        auto withdrawn = withdrawals.withdrawListing(m_admin, id, reason);
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.ok() ? QString() : withdrawn.error().code));
        QVERIFY(withdrawn->status == ListingStatus::Withdrawn);
        QCOMPARE(withdrawn->withdrawnBy, QStringLiteral("giulia"));
        QCOMPARE(withdrawn->withdrawalReason, reason);
        QCOMPARE(audited(), before + 1);
        QCOMPARE(lastAction(), QStringLiteral("listing.withdraw"));
        // Stored as such; support no longer has it to send.
        const ListingRequest stored = service.requests(m_support, m_pid)->first();
        QVERIFY(stored.status == ListingStatus::Withdrawn);
        QCOMPARE(stored.withdrawalReason, reason);
        QCOMPARE(stored.withdrawnBy, QStringLiteral("giulia"));
        QVERIFY(stored.withdrawnAt.isValid());
        QVERIFY(service.queued(m_support)->isEmpty());
        QCOMPARE(service.markBatchSent(m_support, QDate(2021, 3, 1), QDate(2021, 3, 17)).value(), 0);
        QCOMPARE(withdrawals.withdrawListing(m_admin, id, reason).error().code,
                 QStringLiteral("LISTING_NOT_WITHDRAWABLE"));
        // Withdrawn, it may be asked for again.
        QVERIFY(service.submit(m_admin, m_pid, listing(), QDate(2021, 3, 10))->request);
    }

    void batchedOrDraftListingIsNotWithdrawn()
    {
        ListingService service(*m_db);
        WithdrawalService withdrawals(*m_db);
        const qint64 id = service.submit(m_admin, m_pid, listing(), QDate(2021, 3, 9))->request->id;
        QCOMPARE(service.markBatchSent(m_support, QDate(2021, 3, 1), QDate(2021, 3, 17)).value(), 1);
        QCOMPARE(withdrawals.withdrawListing(m_admin, id, QStringLiteral("late")).error().code,
                 QStringLiteral("LISTING_NOT_WITHDRAWABLE"));
        ListingInput draft = listing();
        draft.displayName = QStringLiteral("Another name");
        const qint64 draftId = service.saveDraft(m_admin, m_pid, draft)->id;
        QCOMPARE(withdrawals.withdrawListing(m_admin, draftId, QStringLiteral("no")).error().code,
                 QStringLiteral("LISTING_NOT_WITHDRAWABLE"));
    }

    // PostgreSQL: a second workstation sending the same request waits for the first one's
    // transaction (the partner's row), then finds its request and is refused.
    void concurrentRequestsWaitForEachOther()
    {
        if (!m_db->isPostgres())
            QSKIP("SQLite has one writer at a time already");
        auto second = Database::open(m_location);
        QVERIFY(second.ok());
        Database& other = *second.value();
        QVERIFY(other.exec(QStringLiteral("SET lock_timeout = '300ms'")).ok());
        // The first workstation is in the middle of its transaction.
        QVERIFY(m_db->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(PartnerRepository(*m_db).serializeRequests(m_pid).ok());
        auto waited = ListingService(other).submit(m_admin, m_pid, listing(), QDate(2021, 3, 9));
        QVERIFY(!waited.ok()); // it waited, and gave up after lock_timeout: nothing written
        QVERIFY(m_db->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(ListingService(other).requests(m_admin, m_pid)->isEmpty());
        QVERIFY(ListingService(other).submit(m_admin, m_pid, listing(), QDate(2021, 3, 9))->request);
        QCOMPARE(ListingService(*m_db).submit(m_admin, m_pid, listing(), QDate(2021, 3, 9)).error().code,
                 QStringLiteral("LISTING_ALREADY_REQUESTED"));
    }
};

QTEST_GUILESS_MAIN(TestWithdrawals)
#include "tst_withdrawals.moc"
