// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// CaseService (docs/rules.md#kpi-discrepancy-cases): filing a KPI discrepancy case with its seven fields and
// its invoice, the triage stored with it, the support queue, who sees and does what, and the resolution
// (corrected: the KPI records take the filed values; rejected: nothing else changes), each write in one
// transaction with its audit entries.
#include "answercodes.h"
#include "domain/messages.h"
#include "services/accountservice.h"
#include "services/auditservice.h"
#include "services/caseservice.h"
#include "services/partnerservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

const QDate kAsOf(2021, 4, 2);
const QString kRequired = QStringLiteral("REQUIRED");
const QString kDenied = QStringLiteral("PERMISSION_DENIED");

// A case that agrees with the ledger's INV-7.
DiscrepancyCaseInput agreeing(const QString& invoice = QStringLiteral("INV-7"))
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
    return c;
}

// INV-7 as the partner says it really is: a different KPI value, revenue and type.
DiscrepancyCaseInput mismatching()
{
    DiscrepancyCaseInput c = agreeing();
    c.omlpType = QStringLiteral("MOC On-Demand");
    c.kpiValue = 5;
    c.revenueCents = 150000;
    return c;
}

Evidence pdf(const QString& name = QStringLiteral("INV-7.pdf"), DocumentType type = DocumentType::Invoice)
{
    return {name, QStringLiteral("application/pdf"),
            QByteArrayLiteral("%PDF-1.7\n\x00\x01\x02\xff an invoice\n%%EOF\n"), type};
}

Purchase purchase(const QString& invoice, int line, const QString& type, int units, double kpi, qint64 cents)
{
    Purchase p;
    p.invoice = invoice;
    p.line = line;
    p.invoiceDate = QDate(2021, 1, 12);
    p.omlpType = type;
    p.units = units;
    p.kpiValue = kpi;
    p.revenueCents = cents;
    p.competency = QStringLiteral("Data Analytics");
    return p;
}

} // namespace

class TestCaseService : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;
    Session m_support;
    Session m_otherAdmin; // Fabrikam's partner admin
    qint64 m_pid = 0;
    qint64 m_otherPid = 0;

    qint64 count(const char* table) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QList<Purchase> ledger(const QString& invoice) const
    {
        return PurchaseRepository(*m_db).findByInvoice(m_pid, invoice).value();
    }
    DiscrepancyCase fileOk(const Session& who, qint64 pid, const DiscrepancyCaseInput& in,
                           const Evidence& ev = pdf(), const QDate& asOf = kAsOf)
    {
        auto r = CaseService(*m_db).file(who, pid, in, ev, asOf);
        if (!r.ok() || !r->filed) {
            qWarning() << (r.ok() ? (r->triage.errors.isEmpty() ? QString() : r->triage.errors.first().code)
                                  : r.error().code);
            return {};
        }
        return *r->filed;
    }
    void setFiledAt(qint64 caseId, const QDateTime& at)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE discrepancy_cases SET filed_at = ? WHERE id = ?"));
        q.addBindValue(Repository::timestampValue(at));
        q.addBindValue(caseId);
        QVERIFY(q.exec());
    }
    // Makes every audit append fail, as a full disk or a lost connection would mid-transaction.
    void breakAuditTrail(bool broken)
    {
        QVERIFY(m_db->exec(broken ? QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_away")
                                  : QStringLiteral("ALTER TABLE audit_log_away RENAME TO audit_log"))
                    .ok());
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
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
        m_otherPid = fabrikam->id;
        auto marco = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                         .addUser(Actor::commandLine(), {QStringLiteral("marco"), Role::PartnerAdmin,
                                                         m_otherPid, QStringLiteral("a long passphrase")});
        QVERIFY(marco.ok());
        m_otherAdmin = Session{marco.value()};

        PurchaseRepository purchases(*m_db);
        QVERIFY(purchases
                    .insert(m_pid,
                            purchase(QStringLiteral("INV-7"), 1, QStringLiteral("courseware"), 3, 3, 129000))
                    .ok());
        QVERIFY(purchases
                    .insert(m_pid,
                            purchase(QStringLiteral("INV-9"), 1, QStringLiteral("courseware"), 1, 1, 43000))
                    .ok());
        QVERIFY(purchases
                    .insert(m_pid,
                            purchase(QStringLiteral("INV-9"), 2, QStringLiteral("courseware"), 2, 2, 86000))
                    .ok());
        QVERIFY(purchases
                    .insert(m_otherPid,
                            purchase(QStringLiteral("INV-7"), 1, QStringLiteral("exam vouchers"), 1, 1, 9900))
                    .ok());
    }
    void cleanup() { m_db.reset(); }

    void eachFieldIsRequired_data()
    {
        QTest::addColumn<QString>("field");
        for (const char* f :
             {"month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue", "revenueValue"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void eachFieldIsRequired()
    {
        QFETCH(QString, field);
        DiscrepancyCaseInput c = agreeing();
        if (field == QLatin1String("month"))
            c.month.reset();
        if (field == QLatin1String("year"))
            c.year.reset();
        if (field == QLatin1String("omlpType"))
            c.omlpType = QStringLiteral("  ");
        if (field == QLatin1String("purchaseUnit"))
            c.purchaseUnit.reset();
        if (field == QLatin1String("invoiceNumber"))
            c.invoiceNumber.clear();
        if (field == QLatin1String("kpiValue"))
            c.kpiValue.reset();
        if (field == QLatin1String("revenueValue"))
            c.revenueCents.reset();
        const qint64 entries = count("audit_log");
        auto r = CaseService(*m_db).file(m_admin, m_pid, c, pdf(), kAsOf);
        QVERIFY(r.ok());
        QVERIFY(!r->filed);
        QVERIFY(!r->triage.valid);
        QVERIFY(!r->triage.triage);
        QCOMPARE(r->triage.errors, (QList<Error>{{kRequired, QStringLiteral("case.") + field, {}}}));
        QCOMPARE(count("discrepancy_cases"), 0);
        QCOMPARE(count("audit_log"), entries);

        // Every missing field at once, each at its own place, with the evidence too.
        auto all = CaseService(*m_db).file(m_admin, m_pid, DiscrepancyCaseInput{}, Evidence{}, kAsOf);
        QCOMPARE(all->triage.errors.size(), 8);
        QCOMPARE(all->triage.errors.last(), (Error{kRequired, QStringLiteral("case.evidence"), {}}));
    }

    void evidenceMustBeAnInvoiceInPdfOrImage()
    {
        CaseService service(*m_db);
        auto code = [&](const Evidence& ev) {
            auto r = service.file(m_admin, m_pid, agreeing(), ev, kAsOf);
            if (!r.ok())
                return r.error().code;
            if (r->filed || r->triage.errors.size() != 1 ||
                r->triage.errors.first().path != QLatin1String("case.evidence"))
                return QStringLiteral("unexpected");
            return r->triage.errors.first().code;
        };
        QCOMPARE(
            code({QStringLiteral("INV-7.pdf"), QStringLiteral("application/pdf"), {}, DocumentType::Invoice}),
            kRequired);
        // The bytes decide, not the name or the MIME type the dialog gave.
        QCOMPARE(code({QStringLiteral("INV-7.pdf"), QStringLiteral("application/pdf"),
                       QByteArrayLiteral("Invoice INV-7, 3 units"), DocumentType::Invoice}),
                 QStringLiteral("EVIDENCE_NOT_PDF_OR_IMAGE"));
        QCOMPARE(code({QStringLiteral("INV-7.gif"), QStringLiteral("image/gif"),
                       QByteArrayLiteral("GIF89a\x01\x00"), DocumentType::Invoice}),
                 QStringLiteral("EVIDENCE_NOT_PDF_OR_IMAGE"));
        QCOMPARE(code({QStringLiteral("INV-7.docx"), QString(), QByteArrayLiteral("PK\x03\x04 a zip"),
                       DocumentType::Invoice}),
                 QStringLiteral("EVIDENCE_NOT_PDF_OR_IMAGE"));
        QByteArray huge(CaseService::kMaxEvidenceBytes + 1, ' ');
        huge.replace(0, 5, "%PDF-");
        QCOMPARE(code({QStringLiteral("scan.pdf"), QString(), huge, DocumentType::Invoice}),
                 QStringLiteral("EVIDENCE_TOO_LARGE"));
        // docs/rules.md#invoices-only: an order confirmation or a partner report is not an invoice.
        QCOMPARE(code(pdf(QStringLiteral("order.pdf"), DocumentType::OrderConfirmation)),
                 QStringLiteral("EVIDENCE_NOT_INVOICE"));
        QCOMPARE(code(pdf(QStringLiteral("report.pdf"), DocumentType::PartnerReport)),
                 QStringLiteral("EVIDENCE_NOT_INVOICE"));
        QCOMPARE(count("discrepancy_cases"), 0);

        // Every new code has its sentence.
        for (const char* c : {"EVIDENCE_NOT_PDF_OR_IMAGE", "EVIDENCE_TOO_LARGE", "CASE_ALREADY_OPEN",
                              "CASE_ALREADY_RESOLVED", "CASE_CORRECTION_IMPOSSIBLE"})
            QVERIFY(
                !Messages::text(
                     {QLatin1String(c), {}, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}})
                     .startsWith(QLatin1String(c)));

        // PNG and JPEG pictures of the invoice are fine.
        const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR");
        const QByteArray jpeg = QByteArrayLiteral("\xff\xd8\xff\xe0\x00\x10JFIF");
        QCOMPARE(
            fileOk(m_admin, m_pid, agreeing(), {QStringLiteral("INV-7.png"), {}, png, DocumentType::Invoice})
                .evidenceMimeType,
            QStringLiteral("image/png"));
        QCOMPARE(fileOk(m_admin, m_pid, agreeing(QStringLiteral("INV-9")),
                        {QStringLiteral("INV-9.jpg"), {}, jpeg, DocumentType::Invoice})
                     .evidenceMimeType,
                 QStringLiteral("image/jpeg"));
    }

    void evidenceIsStoredWithItsSha256()
    {
        CaseService service(*m_db);
        const Evidence ev = pdf(QStringLiteral("/home/giulia/Documents/INV-7.pdf"));
        const DiscrepancyCase filed = fileOk(m_admin, m_pid, mismatching(), ev);
        QVERIFY(filed.id > 0);
        const QByteArray expected = QCryptographicHash::hash(ev.bytes, QCryptographicHash::Sha256).toHex();
        QCOMPARE(filed.evidenceSha256, expected);
        QCOMPARE(filed.evidenceSha256.size(), 64);
        QCOMPARE(filed.evidenceName, QStringLiteral("INV-7.pdf")); // no directories
        QCOMPARE(filed.evidenceMimeType, QStringLiteral("application/pdf"));
        QCOMPARE(filed.filedBy, QStringLiteral("giulia"));
        QVERIFY(filed.status == CaseStatus::Open);
        const auto stored = service.casesForPartner(m_admin, m_pid);
        QCOMPARE(stored.value(), QList<DiscrepancyCase>{filed});
        QCOMPARE(service.evidence(m_admin, filed.id).value(), ev.bytes);
        QCOMPARE(QCryptographicHash::hash(service.evidence(m_support, filed.id).value(),
                                          QCryptographicHash::Sha256)
                     .toHex(),
                 stored->first().evidenceSha256);
    }

    void triageIsStored_data()
    {
        QTest::addColumn<QString>("invoice");
        QTest::addColumn<bool>("agree");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<TriageCode>("triage");
        QTest::addColumn<QStringList>("mismatches");
        // docs/rules.md#kpi-visibility: January's invoices appear in the report of 15 February.
        QTest::newRow("not yet reported")
            << "INV-7" << true << QDate(2021, 2, 10) << TriageCode::NotYetReported << QStringList();
        QTest::newRow("missing from the ledger")
            << "INV-404" << true << kAsOf << TriageCode::MissingFromLedger << QStringList();
        QTest::newRow("value mismatch") << "INV-7" << false << kAsOf << TriageCode::ValueMismatch
                                        << QStringList{"omlpType", "kpiValue", "revenueValue"};
        QTest::newRow("no discrepancy")
            << "INV-7" << true << kAsOf << TriageCode::NoDiscrepancy << QStringList();
    }
    void triageIsStored()
    {
        QFETCH(QString, invoice);
        QFETCH(bool, agree);
        QFETCH(QDate, asOf);
        QFETCH(TriageCode, triage);
        QFETCH(QStringList, mismatches);
        CaseService service(*m_db);
        DiscrepancyCaseInput in = agree ? agreeing(invoice) : mismatching();
        in.invoiceNumber = invoice;
        auto preview = service.preview(m_admin, m_pid, in, asOf);
        QVERIFY(preview.ok());
        QCOMPARE(test::code(preview->triage), test::code(triage));
        QCOMPARE(preview->mismatches, mismatches);
        QCOMPARE(preview->visibleOn, QDate(2021, 2, 15));
        QCOMPARE(count("discrepancy_cases"), 0); // a preview writes nothing

        // The user may insist: every outcome is filed, with its triage.
        auto r = service.file(m_admin, m_pid, in, pdf(), asOf);
        QVERIFY(r.ok() && r->filed);
        QCOMPARE(r->triage, preview.value());
        QCOMPARE(test::code(r->filed->triage), test::code(triage));
        QCOMPARE(test::code(service.detail(m_support, r->filed->id, asOf)->discrepancyCase.triage),
                 test::code(triage));
    }

    void invoiceMonthAfterTheFilingDateIsRefused()
    {
        DiscrepancyCaseInput in = agreeing();
        in.month = 5;
        auto r = CaseService(*m_db).file(m_admin, m_pid, in, pdf(), kAsOf);
        QCOMPARE(r->triage.errors, (QList<Error>{{QStringLiteral("DATE_IN_FUTURE"),
                                                  QStringLiteral("case.month"),
                                                  {QStringLiteral("2021-05")}}}));
        QVERIFY(!r->filed);
    }

    void filingIsAuditedInTheSameTransaction()
    {
        const qint64 before = count("audit_log");
        const DiscrepancyCase filed = fileOk(m_admin, m_pid, mismatching());
        QCOMPARE(count("audit_log"), before + 1);
        const AuditEntry entry = AuditRepository(*m_db).list(m_pid).value().first();
        QCOMPARE(entry.action, QStringLiteral("case.file"));
        QCOMPARE(entry.entityId, QString::number(filed.id));
        QCOMPARE(entry.userName, QStringLiteral("giulia"));
        QVERIFY(entry.after.contains(filed.evidenceSha256));

        // When the audit entry cannot be written, neither the case nor its evidence is.
        breakAuditTrail(true);
        auto failed =
            CaseService(*m_db).file(m_admin, m_pid, agreeing(QStringLiteral("INV-9")), pdf(), kAsOf);
        breakAuditTrail(false);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("DB_QUERY_FAILED"));
        QCOMPARE(count("discrepancy_cases"), 1);
        QCOMPARE(count("case_evidence"), 1);
        QCOMPARE(count("audit_log"), before + 1);
        QVERIFY(AuditRepository(*m_db).verify()->intact);
    }

    void oneOpenCasePerInvoice()
    {
        CaseService service(*m_db);
        const DiscrepancyCase first = fileOk(m_admin, m_pid, mismatching());
        auto second = service.file(m_admin, m_pid, agreeing(), pdf(), kAsOf);
        QCOMPARE(second->triage.errors,
                 (QList<Error>{{QStringLiteral("CASE_ALREADY_OPEN"),
                                QStringLiteral("case.invoiceNumber"),
                                {QString::number(first.id), QStringLiteral("INV-7")}}}));
        QVERIFY(!second->filed);
        // Fabrikam's INV-7 is another invoice.
        QVERIFY(fileOk(m_otherAdmin, m_otherPid, agreeing()).id > 0);
        QVERIFY(service
                    .resolve(m_support, first.id, CaseService::Resolution::Rejected,
                             QStringLiteral("The ledger is right."))
                    .ok());
        QVERIFY(fileOk(m_admin, m_pid, mismatching()).id > 0);
    }

    void queueIsOldestFirstWithAges()
    {
        CaseService service(*m_db);
        const DiscrepancyCase a = fileOk(m_admin, m_pid, mismatching());
        const DiscrepancyCase b = fileOk(m_admin, m_pid, agreeing(QStringLiteral("INV-404")));
        const DiscrepancyCase c = fileOk(m_otherAdmin, m_otherPid, agreeing());
        const DiscrepancyCase d = fileOk(m_admin, m_pid, agreeing(QStringLiteral("INV-9")));
        setFiledAt(a.id, QDateTime(QDate(2021, 4, 1), QTime(12, 0), Qt::UTC));
        setFiledAt(b.id, QDateTime(QDate(2021, 3, 20), QTime(12, 0), Qt::UTC));
        setFiledAt(c.id, QDateTime(QDate(2021, 3, 25), QTime(12, 0), Qt::UTC));
        setFiledAt(d.id, QDateTime(QDate(2021, 4, 10), QTime(12, 0), Qt::UTC));
        QVERIFY(
            service.resolve(m_support, d.id, CaseService::Resolution::Rejected, QStringLiteral("Duplicate."))
                .ok());

        auto queue = service.openCases(m_support, QDate(2021, 4, 10));
        QVERIFY(queue.ok());
        QCOMPARE(queue->size(), 3);
        QCOMPARE(queue->at(0).discrepancyCase.id, b.id);
        QCOMPARE(queue->at(0).ageDays, 21);
        QCOMPARE(queue->at(0).partnerName, QStringLiteral("Contoso"));
        QCOMPARE(queue->at(0).mpnId, QStringLiteral("4412345"));
        QCOMPARE(queue->at(1).discrepancyCase.id, c.id);
        QCOMPARE(queue->at(1).ageDays, 16);
        QCOMPARE(queue->at(1).partnerName, QStringLiteral("Fabrikam"));
        QCOMPARE(queue->at(2).discrepancyCase.id, a.id);
        QCOMPARE(queue->at(2).ageDays, 9);
        QCOMPARE(test::code(queue->at(2).discrepancyCase.triage), test::code(TriageCode::ValueMismatch));
        QCOMPARE(service.detail(m_support, a.id, QDate(2021, 4, 10))->ageDays, 9);

        // The queue is support's.
        QCOMPARE(service.openCases(m_admin, kAsOf).error().code, kDenied);
        QCOMPARE(service.openCases(m_viewer, kAsOf).error().code, kDenied);
    }

    void partnersSeeOnlyTheirOwnCases()
    {
        CaseService service(*m_db);
        const DiscrepancyCase mine = fileOk(m_admin, m_pid, mismatching());
        const DiscrepancyCase theirs = fileOk(m_otherAdmin, m_otherPid, agreeing());
        QCOMPARE(service.casesForPartner(m_admin, m_pid).value(), QList<DiscrepancyCase>{mine});
        QCOMPARE(service.casesForPartner(m_viewer, m_pid).value(), QList<DiscrepancyCase>{mine});
        QCOMPARE(service.casesForPartner(m_otherAdmin, m_otherPid).value(), QList<DiscrepancyCase>{theirs});
        QCOMPARE(service.casesForPartner(m_support, m_otherPid).value(), QList<DiscrepancyCase>{theirs});
        // Another partner's admin reaches none of Contoso's cases, by partner or by case id.
        QCOMPARE(service.casesForPartner(m_otherAdmin, m_pid).error().code, kDenied);
        QCOMPARE(service.detail(m_otherAdmin, mine.id, kAsOf).error().code, kDenied);
        QCOMPARE(service.evidence(m_otherAdmin, mine.id).error().code, kDenied);
        QCOMPARE(service.detail(m_admin, theirs.id, kAsOf).error().code, kDenied);
        QCOMPARE(service.evidence(m_viewer, theirs.id).error().code, kDenied);
        QCOMPARE(
            service.file(m_otherAdmin, m_pid, agreeing(QStringLiteral("INV-9")), pdf(), kAsOf).error().code,
            kDenied);
        QCOMPARE(service.preview(m_otherAdmin, m_pid, agreeing(), kAsOf).error().code, kDenied);
        QCOMPARE(service.detail(m_support, mine.id + theirs.id, kAsOf).error().code,
                 QStringLiteral("NOT_FOUND"));
    }

    void onlyPartnerAdminsFile()
    {
        CaseService service(*m_db);
        QCOMPARE(service.file(m_viewer, m_pid, agreeing(), pdf(), kAsOf).error().code, kDenied);
        QCOMPARE(service.file(m_support, m_pid, agreeing(), pdf(), kAsOf).error().code, kDenied);
        QCOMPARE(service.preview(m_viewer, m_pid, agreeing(), kAsOf).error().code, kDenied);
        QCOMPARE(service.file(Session{}, m_pid, agreeing(), pdf(), kAsOf).error().code,
                 QStringLiteral("NOT_SIGNED_IN"));
        QCOMPARE(service.casesForPartner(Session{}, m_pid).error().code, QStringLiteral("NOT_SIGNED_IN"));
        QCOMPARE(count("discrepancy_cases"), 0);
        // An account admin may, like the partner admin (docs/rules.md#roles-and-permissions).
        auto accountAdmin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                                .addUser(m_admin, {QStringLiteral("anna"), Role::AccountAdmin, m_pid,
                                                   QStringLiteral("a long passphrase")});
        QVERIFY(accountAdmin.ok());
        QCOMPARE(fileOk(Session{accountAdmin.value()}, m_pid, agreeing()).filedBy, QStringLiteral("anna"));
    }

    void resolvingIsSupportsWithANote()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(m_admin, m_pid, mismatching());
        QCOMPARE(service.resolve(m_admin, c.id, CaseService::Resolution::Corrected, QStringLiteral("fixed"))
                     .error()
                     .code,
                 kDenied);
        QCOMPARE(service.resolve(m_viewer, c.id, CaseService::Resolution::Rejected, QStringLiteral("no"))
                     .error()
                     .code,
                 kDenied);
        QCOMPARE(service.resolve(m_support, c.id, CaseService::Resolution::Rejected, QString()).error(),
                 (Error{kRequired, QStringLiteral("case.resolutionNote"), {}}));
        QCOMPARE(service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral(" \n "))
                     .error(),
                 (Error{kRequired, QStringLiteral("case.resolutionNote"), {}}));
        QCOMPARE(
            service.resolve(m_support, c.id + 100, CaseService::Resolution::Rejected, QStringLiteral("?"))
                .error()
                .code,
            QStringLiteral("NOT_FOUND"));
        QVERIFY(service.casesForPartner(m_admin, m_pid)->first().status == CaseStatus::Open);

        auto rejected = service.resolve(m_support, c.id, CaseService::Resolution::Rejected,
                                        QStringLiteral("  The invoice says 3.  "));
        QVERIFY(rejected.ok());
        QVERIFY(rejected->status == CaseStatus::Rejected);
        QCOMPARE(rejected->resolutionNote, QStringLiteral("The invoice says 3."));
        QCOMPARE(rejected->resolvedBy, QStringLiteral("support"));
        QCOMPARE(service.casesForPartner(m_admin, m_pid)->first(), rejected.value());
        // Once closed, it stays closed, whichever way is asked.
        for (auto how : {CaseService::Resolution::Rejected, CaseService::Resolution::Corrected}) {
            auto again = service.resolve(m_support, c.id, how, QStringLiteral("again"));
            QCOMPARE(again.error(), (Error{QStringLiteral("CASE_ALREADY_RESOLVED"),
                                           {},
                                           {QString::number(c.id), QStringLiteral("rejected")}}));
        }
        QCOMPARE(ledger(QStringLiteral("INV-7")).first().kpiValue, 3.0);
    }

    void correctedUpdatesTheKpiRecords()
    {
        CaseService service(*m_db);
        const Purchase before = ledger(QStringLiteral("INV-7")).first();
        const DiscrepancyCase c = fileOk(m_admin, m_pid, mismatching());
        const qint64 entries = count("audit_log");
        auto corrected = service.resolve(m_support, c.id, CaseService::Resolution::Corrected,
                                         QStringLiteral("Invoice checked."));
        QVERIFY2(corrected.ok(), qPrintable(corrected.ok() ? QString() : corrected.error().code));
        QVERIFY(corrected->status == CaseStatus::Corrected);

        Purchase expected = before;
        expected.omlpType = QStringLiteral("MOC On-Demand");
        expected.kpiValue = 5;
        expected.revenueCents = 150000;
        QCOMPARE(ledger(QStringLiteral("INV-7")), QList<Purchase>{expected});
        // Fabrikam's INV-7 is not Contoso's.
        QCOMPARE(
            PurchaseRepository(*m_db).findByInvoice(m_otherPid, QStringLiteral("INV-7"))->first().kpiValue,
            1.0);

        // One entry for the record (before and after) and one for the case, in that order.
        QCOMPARE(count("audit_log"), entries + 2);
        const QList<AuditEntry> trail = AuditRepository(*m_db).list(m_pid).value();
        QCOMPARE(trail.at(0).action, QStringLiteral("case.resolve"));
        QCOMPARE(trail.at(0).entityId, QString::number(c.id));
        QVERIFY(trail.at(0).before.contains("\"status\":\"open\""));
        QVERIFY(trail.at(0).after.contains("\"status\":\"corrected\""));
        QCOMPARE(trail.at(1).action, QStringLiteral("purchase.correct"));
        QCOMPARE(trail.at(1).entityId, QString::number(before.id));
        QVERIFY(trail.at(1).before.contains("\"kpiValue\":3"));
        QVERIFY(trail.at(1).after.contains("\"kpiValue\":5"));
        QCOMPARE(trail.at(1).userName, QStringLiteral("support"));
        const auto verified = AuditService(*m_db).verify(m_support);
        QVERIFY(verified.ok() && verified->intact);

        // The ledger now agrees with the case.
        const CaseDetail detail = service.detail(m_admin, c.id, kAsOf).value();
        QCOMPARE(test::code(detail.triage.triage), test::code(TriageCode::NoDiscrepancy));
        QCOMPARE(test::code(detail.discrepancyCase.triage),
                 test::code(TriageCode::ValueMismatch)); // as filed
    }

    void correctingSeveralLinesKeepsThemValid()
    {
        CaseService service(*m_db);
        // INV-9: line 1 = 1 unit, 1 KPI, 430.00; line 2 = 2 units, 2 KPI, 860.00.
        DiscrepancyCaseInput in = agreeing(QStringLiteral("INV-9"));
        in.purchaseUnit = 2;
        in.kpiValue = 4;
        in.revenueCents = 100000;
        const DiscrepancyCase c = fileOk(m_admin, m_pid, in);
        QCOMPARE(test::code(c.triage), test::code(TriageCode::ValueMismatch));
        QVERIFY(
            service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("ok")).ok());
        const QList<Purchase> lines = ledger(QStringLiteral("INV-9"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].units, 1); // a line keeps at least one unit: the decrease goes on to line 2
        QCOMPARE(lines[1].units, 1);
        QCOMPARE(lines[0].kpiValue, 2.0); // an increase goes to line 1
        QCOMPARE(lines[1].kpiValue, 2.0);
        QCOMPARE(lines[0].revenueCents, qint64(14000));
        QCOMPARE(lines[1].revenueCents, qint64(86000));
        QCOMPARE(test::code(service.detail(m_support, c.id, kAsOf)->triage.triage),
                 test::code(TriageCode::NoDiscrepancy));
        QVERIFY(AuditRepository(*m_db).verify()->intact);

        // One unit cannot be spread over two lines: refused, nothing changes.
        in.purchaseUnit = 1;
        const DiscrepancyCase impossible = fileOk(m_admin, m_pid, in);
        auto r = service.resolve(m_support, impossible.id, CaseService::Resolution::Corrected,
                                 QStringLiteral("ok"));
        QCOMPARE(r.error().code, QStringLiteral("CASE_CORRECTION_IMPOSSIBLE"));
        QCOMPARE(ledger(QStringLiteral("INV-9")), lines);
        QVERIFY(service.casesForPartner(m_admin, m_pid)->first().status == CaseStatus::Open);
    }

    void correctingAMissingInvoiceAddsItsRecord()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(m_admin, m_pid, agreeing(QStringLiteral("INV-404")));
        QCOMPARE(test::code(c.triage), test::code(TriageCode::MissingFromLedger));
        QVERIFY(service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("Added."))
                    .ok());
        const QList<Purchase> added = ledger(QStringLiteral("INV-404"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].line, 1);
        QVERIFY(added[0].documentType == DocumentType::Invoice);
        QCOMPARE(added[0].invoiceDate, QDate(2021, 1, 1));
        QCOMPARE(added[0].omlpType, QStringLiteral("courseware"));
        QCOMPARE(added[0].units, 3);
        QCOMPARE(added[0].kpiValue, 3.0);
        QCOMPARE(added[0].revenueCents, qint64(129000));
        QCOMPARE(AuditRepository(*m_db).list(m_pid).value().at(1).action, QStringLiteral("purchase.correct"));
        QVERIFY(AuditRepository(*m_db).verify()->intact);
    }

    void rejectedLeavesTheKpiRecordsAlone()
    {
        CaseService service(*m_db);
        const QList<Purchase> before = PurchaseRepository(*m_db).list(m_pid).value();
        const DiscrepancyCase c = fileOk(m_admin, m_pid, mismatching());
        const qint64 entries = count("audit_log");
        QVERIFY(service
                    .resolve(m_support, c.id, CaseService::Resolution::Rejected,
                             QStringLiteral("The ledger is right."))
                    .ok());
        QCOMPARE(PurchaseRepository(*m_db).list(m_pid).value(), before);
        QCOMPARE(count("audit_log"), entries + 1);
        QCOMPARE(AuditRepository(*m_db).list(m_pid).value().first().action, QStringLiteral("case.resolve"));
    }

    void aFailedResolutionChangesNothing()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(m_admin, m_pid, mismatching());
        const QList<Purchase> before = PurchaseRepository(*m_db).list(m_pid).value();
        breakAuditTrail(true);
        auto r = service.resolve(m_support, c.id, CaseService::Resolution::Corrected,
                                 QStringLiteral("Invoice checked."));
        breakAuditTrail(false);
        QVERIFY(!r.ok());
        QCOMPARE(PurchaseRepository(*m_db).list(m_pid).value(), before);
        QCOMPARE(service.casesForPartner(m_admin, m_pid).value(), QList<DiscrepancyCase>{c});
        QVERIFY(service
                    .resolve(m_support, c.id, CaseService::Resolution::Corrected,
                             QStringLiteral("Invoice checked."))
                    .ok());
    }

    void detailComparesEachRecord()
    {
        CaseService service(*m_db);
        QVERIFY(PurchaseRepository(*m_db)
                    .update(m_pid,
                            [&] {
                                Purchase p = ledger(QStringLiteral("INV-9")).at(1);
                                p.omlpType = QStringLiteral("exam vouchers");
                                return p;
                            }())
                    .ok());
        DiscrepancyCaseInput in = agreeing(QStringLiteral("INV-9"));
        in.kpiValue = 4;
        const DiscrepancyCase c = fileOk(m_admin, m_pid, in);
        auto d = service.detail(m_support, c.id, kAsOf);
        QVERIFY(d.ok());
        QCOMPARE(d->partnerName, QStringLiteral("Contoso"));
        QCOMPARE(test::code(d->triage.triage), test::code(TriageCode::ValueMismatch));
        QCOMPARE(d->triage.mismatches, (QStringList{QStringLiteral("omlpType"), QStringLiteral("kpiValue")}));
        QCOMPARE(d->records.size(), 2);
        QCOMPARE(d->records[0].purchase.line, 1);
        QCOMPARE(d->records[0].mismatches, QStringList());
        QCOMPARE(d->records[1].mismatches, QStringList{QStringLiteral("omlpType")});

        // A single-line invoice compares every field, even before its month is reported.
        const DiscrepancyCase single = fileOk(m_admin, m_pid, mismatching());
        auto early = service.detail(m_admin, single.id, QDate(2021, 2, 1));
        QCOMPARE(test::code(early->triage.triage), test::code(TriageCode::NotYetReported));
        QCOMPARE(early->records.first().mismatches,
                 (QStringList{QStringLiteral("omlpType"), QStringLiteral("kpiValue"),
                              QStringLiteral("revenueValue")}));
    }

    void exportTextCarriesTheCase()
    {
        CaseService service(*m_db);
        const Evidence ev = pdf();
        const DiscrepancyCase c = fileOk(m_admin, m_pid, mismatching(), ev);
        QString text = CaseService::exportText(service.detail(m_admin, c.id, kAsOf).value());
        for (const QString& expected :
             {QStringLiteral("Month: 1\n"), QStringLiteral("Year: 2021\n"),
              QStringLiteral("OMLP type: MOC On-Demand\n"), QStringLiteral("Purchase unit: 3\n"),
              QStringLiteral("Invoice number: INV-7\n"), QStringLiteral("KPI value: 5\n"),
              QStringLiteral("Revenue value: 1,500.00\n"),
              QStringLiteral("Partner: Contoso (MPN ID 4412345)"),
              QStringLiteral("INV-7.pdf (application/pdf)"),
              QStringLiteral("SHA-256: ") +
                  QString::fromLatin1(QCryptographicHash::hash(ev.bytes, QCryptographicHash::Sha256).toHex()),
              QStringLiteral("Triage: The KPI records of invoice INV-7 differ from the case in: OMLP type, "
                             "KPI value, Revenue value."),
              QStringLiteral("Status: open")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
        QVERIFY(!text.contains(QLatin1String("Note:")));

        QVERIFY(service
                    .resolve(m_support, c.id, CaseService::Resolution::Rejected,
                             QStringLiteral("The invoice says 3 KPIs."))
                    .ok());
        text = CaseService::exportText(service.detail(m_admin, c.id, kAsOf).value());
        QVERIFY2(text.contains(QLatin1String("Status: rejected by support on ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Note: The invoice says 3 KPIs.")));

        QCOMPARE(
            Messages::triage(TriageCode::NotYetReported, QStringLiteral("INV-7"), {}, QDate(2021, 2, 15)),
            QStringLiteral("Invoice INV-7 is from a month that no KPI report covers yet, so there is no "
                           "discrepancy yet: "
                           "it appears in the report of 15 February 2021."));
        QCOMPARE(Messages::triage(TriageCode::MissingFromLedger, QStringLiteral("INV-404"), {}, {}),
                 QStringLiteral("No KPI record has invoice number INV-404."));
        QCOMPARE(Messages::triage(TriageCode::NoDiscrepancy, QStringLiteral("INV-7"), {}, {}),
                 QStringLiteral("The KPI records of invoice INV-7 agree with the case."));
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
