// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Resolving a KPI discrepancy case (program-rules §6, amended): month and year in the triage
// and in the correction (invoice dates move to the filed month), the preview of a resolution
// planned by the same code as the write, the triage stored at filing and at resolution, and the
// case history with its filters in SQL. On SQLite and on PostgreSQL.
#include "answercodes.h"
#include "services/auditservice.h"
#include "services/caseservice.h"
#include "services/partnerservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace lp;

namespace {

const QDate kAsOf(2026, 12, 1);

Purchase purchase(const QString& invoice, int line, const QDate& date, int units, double kpi, qint64 cents)
{
    Purchase p;
    p.invoice = invoice;
    p.line = line;
    p.invoiceDate = date;
    p.omlpType = QStringLiteral("courseware");
    p.units = units;
    p.kpiValue = kpi;
    p.revenueCents = cents;
    p.competency = QStringLiteral("Data Analytics");
    return p;
}

DiscrepancyCaseInput filed(const QString& invoice, int month, int year, int units, double kpi, qint64 cents)
{
    DiscrepancyCaseInput c;
    c.month = month;
    c.year = year;
    c.omlpType = QStringLiteral("courseware");
    c.purchaseUnit = units;
    c.invoiceNumber = invoice;
    c.kpiValue = kpi;
    c.revenueCents = cents;
    c.evidence = DocumentType::Invoice;
    return c;
}

Evidence pdf()
{
    return {QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"),
            QByteArrayLiteral("%PDF-1.7\n an invoice\n%%EOF\n"), DocumentType::Invoice};
}

} // namespace

class TestCaseResolution : public QObject
{
    Q_OBJECT

    TestDatabase m_fixture;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;
    qint64 m_pid = 0;
    qint64 m_otherPid = 0;

    QList<Purchase> ledger(const QString& invoice) const
    {
        return PurchaseRepository(*m_db).findByInvoice(m_pid, invoice).value();
    }
    DiscrepancyCase fileOk(const DiscrepancyCaseInput& in, qint64 pid = 0)
    {
        auto r = CaseService(*m_db).file(m_admin, pid ? pid : m_pid, in, pdf(), kAsOf);
        if (!r.ok() || !r->filed) {
            qWarning() << (r.ok() ? (r->triage.errors.isEmpty() ? QString() : r->triage.errors.first().code)
                                  : r.error().code);
            return {};
        }
        return *r->filed;
    }
    void setTimes(qint64 caseId, const char* column, const QDateTime& at)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("UPDATE discrepancy_cases SET %1 = ? WHERE id = ?").arg(QLatin1String(column)));
        q.addBindValue(Repository::timestampValue(at));
        q.addBindValue(caseId);
        QVERIFY(q.exec());
    }
    qint64 count(const char* table) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        LP_FRESH_DATABASE(m_fixture, location);
        m_db = std::move(Database::open(location)).value();
        const TestAccounts accounts = TestAccounts::create(*m_db);
        m_admin = accounts.admin;
        m_support = accounts.support;
        m_pid = m_admin.partnerId();
        auto fabrikam = PartnerService(*m_db).add(Actor::commandLine(),
                                                  {0, QStringLiteral("4498765"), QStringLiteral("Fabrikam"),
                                                   QStringLiteral("DE"), QDate(2020, 3, 1)});
        QVERIFY(fabrikam.ok());
        m_otherPid = fabrikam->id;
        PurchaseRepository purchases(*m_db);
        // The invoice: dated 11 November 2026, 2 KPI, 860.00.
        QVERIFY(
            purchases
                .insert(m_pid, purchase(QStringLiteral("INV-2026-0034"), 1, QDate(2026, 11, 11), 4, 2, 86000))
                .ok());
        // Two lines dated the 31st of October.
        QVERIFY(
            purchases
                .insert(m_pid, purchase(QStringLiteral("INV-2026-0040"), 1, QDate(2026, 10, 31), 1, 1, 43000))
                .ok());
        QVERIFY(
            purchases
                .insert(m_pid, purchase(QStringLiteral("INV-2026-0040"), 2, QDate(2026, 10, 31), 2, 2, 86000))
                .ok());
        QVERIFY(purchases
                    .insert(m_otherPid,
                            purchase(QStringLiteral("INV-2026-0034"), 1, QDate(2026, 11, 11), 4, 2, 86000))
                    .ok());
    }
    void cleanup() { m_db.reset(); }

    void monthIsTriagedAndStored()
    {
        const DiscrepancyCase c = fileOk(filed(QStringLiteral("INV-2026-0034"), 3, 2026, 4, 4, 172000));
        QCOMPARE(test::code(c.triage), QStringLiteral("VALUE_MISMATCH"));
        QCOMPARE(c.triageFields, (QStringList{"month", "kpiValue", "revenueValue"}));
        const DiscrepancyCase stored = CaseService(*m_db).casesForPartner(m_admin, m_pid)->first();
        QCOMPARE(stored.triageFields, c.triageFields);
        const CaseDetail d = CaseService(*m_db).detail(m_support, c.id, kAsOf).value();
        QCOMPARE(d.triage.mismatches, c.triageFields);
        QCOMPARE(d.records.first().mismatches, c.triageFields); // a single line: every field its own
        QVERIFY(
            CaseService::exportText(d).contains(QLatin1String("differ from the case in: Month, KPI value")));
    }

    void correctedMovesTheInvoiceDate()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(filed(QStringLiteral("INV-2026-0034"), 3, 2026, 4, 4, 172000));
        const Purchase before = ledger(QStringLiteral("INV-2026-0034")).first();
        auto done =
            service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("Checked."));
        QVERIFY(done.ok());
        const Purchase after = ledger(QStringLiteral("INV-2026-0034")).first();
        QCOMPARE(after.invoiceDate, QDate(2026, 3, 11)); // the same day of the filed month
        QCOMPARE(after.kpiValue, 4.0);
        QCOMPARE(after.revenueCents, qint64(172000));
        QCOMPARE(after.id, before.id);
        // The triage as it stood at resolution is kept; the ledger agrees now.
        QCOMPARE(test::code(done->resolutionTriage), QStringLiteral("VALUE_MISMATCH"));
        QCOMPARE(done->resolutionTriageFields, (QStringList{"month", "kpiValue", "revenueValue"}));
        const DiscrepancyCase stored = service.casesForPartner(m_admin, m_pid)->first();
        QCOMPARE(test::code(stored.resolutionTriage), QStringLiteral("VALUE_MISMATCH"));
        QCOMPARE(stored.resolutionTriageFields, done->resolutionTriageFields);
        QCOMPARE(test::code(service.detail(m_admin, c.id, kAsOf)->triage.triage),
                 QStringLiteral("NO_DISCREPANCY"));
        // The audit entry of the record carries both dates.
        const AuditEntry entry = AuditRepository(*m_db).list(m_pid).value().at(1);
        QCOMPARE(entry.action, QStringLiteral("purchase.correct"));
        QVERIFY(entry.before.contains("2026-11-11"));
        QVERIFY(entry.after.contains("2026-03-11"));
        QVERIFY(AuditRepository(*m_db).verify()->intact);
    }

    void correctedDateTakesTheLastDayOfAShorterMonth_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("February 2026") << 2 << 2026 << QDate(2026, 2, 28);
        QTest::newRow("February 2024 (leap)") << 2 << 2024 << QDate(2024, 2, 29);
        QTest::newRow("September") << 9 << 2026 << QDate(2026, 9, 30);
        QTest::newRow("another year, same month") << 10 << 2025 << QDate(2025, 10, 31);
    }
    void correctedDateTakesTheLastDayOfAShorterMonth()
    {
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QDate, expected);
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(filed(QStringLiteral("INV-2026-0040"), month, year, 3, 3, 129000));
        QCOMPARE(test::code(c.triage), QStringLiteral("VALUE_MISMATCH"));
        QVERIFY(c.triageFields.contains(month == 10 ? QStringLiteral("year") : QStringLiteral("month")));
        QVERIFY(
            service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("ok")).ok());
        const QList<Purchase> lines = ledger(QStringLiteral("INV-2026-0040"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].invoiceDate, expected);
        QCOMPARE(lines[1].invoiceDate, expected);
        QCOMPARE(lines[0].units + lines[1].units, 3); // the values were right already
        QCOMPARE(test::code(service.detail(m_support, c.id, kAsOf)->triage.triage),
                 QStringLiteral("NO_DISCREPANCY"));
    }

    void previewIsWhatResolveWrites()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(filed(QStringLiteral("INV-2026-0034"), 3, 2026, 4, 4, 172000));
        const QList<Purchase> before = ledger(QStringLiteral("INV-2026-0034"));
        const QList<Purchase> all = PurchaseRepository(*m_db).list(m_pid).value();
        const qint64 entries = count("audit_log");
        auto preview = service.previewResolution(m_support, c.id, CaseService::Resolution::Corrected);
        QVERIFY(preview.ok());
        QCOMPARE(preview->changes.size(), 1);
        const RecordChange& change = preview->changes.first();
        QVERIFY(!change.added);
        QCOMPARE(change.before, before.first());
        QCOMPARE(change.fields, (QStringList{"invoiceDate", "kpiValue", "revenueValue"}));
        QCOMPARE(change.after.invoiceDate, QDate(2026, 3, 11));
        // Nothing written by the preview.
        QCOMPARE(PurchaseRepository(*m_db).list(m_pid).value(), all);
        QCOMPARE(count("audit_log"), entries);
        QVERIFY(service.casesForPartner(m_admin, m_pid)->first().status == CaseStatus::Open);
        // A rejection changes no record.
        auto rejected = service.previewResolution(m_support, c.id, CaseService::Resolution::Rejected);
        QVERIFY(rejected.ok());
        QVERIFY(rejected->changes.isEmpty());
        // Partners may not preview; the write is the preview.
        QCOMPARE(service.previewResolution(m_admin, c.id, CaseService::Resolution::Corrected).error().code,
                 QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(
            service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("ok")).ok());
        QCOMPARE(ledger(QStringLiteral("INV-2026-0034")).first(), change.after);
        QCOMPARE(service.previewResolution(m_support, c.id, CaseService::Resolution::Rejected).error().code,
                 QStringLiteral("CASE_ALREADY_RESOLVED"));
    }

    void previewOfAnImpossibleCorrectionAndOfAMissingInvoice()
    {
        CaseService service(*m_db);
        const DiscrepancyCase impossible =
            fileOk(filed(QStringLiteral("INV-2026-0040"), 10, 2026, 1, 3, 129000));
        QCOMPARE(service.previewResolution(m_support, impossible.id, CaseService::Resolution::Corrected)
                     .error()
                     .code,
                 QStringLiteral("CASE_CORRECTION_IMPOSSIBLE"));
        const DiscrepancyCase missing = fileOk(filed(QStringLiteral("INV-404"), 9, 2026, 1, 1, 100));
        auto added = service.previewResolution(m_support, missing.id, CaseService::Resolution::Corrected);
        QVERIFY(added.ok());
        QCOMPARE(added->changes.size(), 1);
        QVERIFY(added->changes.first().added);
        QCOMPARE(added->changes.first().after.invoiceDate, QDate(2026, 9, 1));
    }

    void historyFiltersInSql()
    {
        CaseService service(*m_db);
        const DiscrepancyCase a = fileOk(filed(QStringLiteral("INV-2026-0034"), 3, 2026, 4, 4, 172000));
        const DiscrepancyCase b = fileOk(filed(QStringLiteral("INV-2026-0040"), 10, 2026, 3, 3, 129000));
        const DiscrepancyCase m = fileOk(filed(QStringLiteral("INV-404"), 9, 2026, 1, 1, 100));
        const DiscrepancyCase f =
            fileOk(filed(QStringLiteral("INV-2026-0034"), 11, 2026, 4, 2, 86000), m_otherPid);
        QVERIFY(f.id == 0); // Contoso's admin cannot file for Fabrikam
        Session marco = m_admin;
        marco.user.partnerId = m_otherPid;
        auto other = service.file(
            marco, m_otherPid, filed(QStringLiteral("INV-2026-0034"), 11, 2026, 4, 2, 86000), pdf(), kAsOf);
        QVERIFY(other.ok() && other->filed);
        const qint64 fabrikamCase = other->filed->id;
        setTimes(a.id, "filed_at", QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
        setTimes(b.id, "filed_at", QDateTime(QDate(2026, 11, 25), QTime(23, 30)));
        setTimes(m.id, "filed_at", QDateTime(QDate(2026, 11, 28), QTime(0, 0)));
        QVERIFY(
            service.resolve(m_support, b.id, CaseService::Resolution::Rejected, QStringLiteral("no")).ok());
        setTimes(b.id, "resolved_at", QDateTime(QDate(2026, 11, 30), QTime(9, 0)));

        const auto ids = [&](const Session& who, const CaseFilter& filter) {
            QList<qint64> out;
            auto found = service.history(who, filter, kAsOf);
            if (!found)
                qWarning() << found.error().code << found.error().args;
            for (const CaseSummary& s : found.value())
                out << s.discrepancyCase.id;
            return out;
        };
        QCOMPARE(ids(m_support, {}), (QList<qint64>{fabrikamCase, m.id, b.id, a.id})); // newest first
        CaseFilter byStatus;
        byStatus.status = CaseStatus::Open;
        QCOMPARE(ids(m_support, byStatus), (QList<qint64>{fabrikamCase, m.id, a.id}));
        byStatus.status = CaseStatus::Rejected;
        QCOMPARE(ids(m_support, byStatus), QList<qint64>{b.id});
        CaseFilter byPartner;
        byPartner.partnerId = m_otherPid;
        QCOMPARE(ids(m_support, byPartner), QList<qint64>{fabrikamCase});
        CaseFilter filedIn;
        filedIn.filedFrom = QDate(2026, 11, 21);
        filedIn.filedTo = QDate(2026, 11, 25); // the whole last day included
        QCOMPARE(ids(m_support, filedIn), QList<qint64>{b.id});
        CaseFilter resolvedIn;
        resolvedIn.resolvedFrom = QDate(2026, 11, 30);
        resolvedIn.resolvedTo = QDate(2026, 11, 30);
        QCOMPARE(ids(m_support, resolvedIn), QList<qint64>{b.id});
        resolvedIn.resolvedFrom = QDate(2026, 12, 1);
        resolvedIn.resolvedTo = {};
        QCOMPARE(ids(m_support, resolvedIn), QList<qint64>());
        CaseFilter byTriage;
        byTriage.triage = QStringLiteral("MISSING_FROM_LEDGER");
        QCOMPARE(ids(m_support, byTriage), QList<qint64>{m.id});
        CaseFilter search;
        search.invoiceSearch = QStringLiteral("inv-2026-003");
        QCOMPARE(ids(m_support, search), (QList<qint64>{fabrikamCase, a.id}));
        search.invoiceSearch = QStringLiteral("%");
        QCOMPARE(ids(m_support, search), QList<qint64>()); // taken literally
        search.invoiceSearch = QStringLiteral("_NV");
        QCOMPARE(ids(m_support, search), QList<qint64>());
        // A partner reads only their own partner's cases, whatever the filter says.
        QCOMPARE(ids(m_admin, {}), (QList<qint64>{m.id, b.id, a.id}));
        QCOMPARE(ids(m_admin, byPartner), (QList<qint64>{m.id, b.id, a.id}));
        QCOMPARE(service.history(m_admin, search, kAsOf)->size(), 0);
        const CaseSummary first = service.history(m_support, byPartner, kAsOf)->first();
        QCOMPARE(first.partnerName, QStringLiteral("Fabrikam"));
        QCOMPARE(first.mpnId, QStringLiteral("4498765"));
    }

    // The audit trail's filters run in SQL too: person, action, partner and period.
    void auditFiltersInSql()
    {
        CaseService service(*m_db);
        const DiscrepancyCase c = fileOk(filed(QStringLiteral("INV-2026-0034"), 3, 2026, 4, 4, 172000));
        QVERIFY(
            service.resolve(m_support, c.id, CaseService::Resolution::Corrected, QStringLiteral("ok")).ok());
        AuditService audit(*m_db);
        const auto actions = [&](const AuditFilter& f) {
            QStringList out;
            const QList<AuditEntry> entries = audit.entries(m_support, f).value();
            for (const AuditEntry& e : entries)
                out << e.action;
            return out;
        };
        AuditFilter bySupport;
        bySupport.userName = QStringLiteral("support");
        QCOMPARE(actions(bySupport), (QStringList{"case.resolve", "purchase.correct"}));
        AuditFilter byAction;
        byAction.action = QStringLiteral("case.file");
        QCOMPARE(actions(byAction), QStringList{"case.file"});
        AuditFilter byPartner;
        byPartner.partnerId = m_otherPid;
        QCOMPARE(actions(byPartner), QStringList{"partner.add"});
        AuditFilter today;
        today.from = QDate::currentDate();
        today.to = QDate::currentDate();
        QCOMPARE(actions(today).size(), actions({}).size());
        today.from = today.to = QDate::currentDate().addDays(1);
        QCOMPARE(actions(today), QStringList());
        QVERIFY(audit.people(m_support)->contains(
            AuditPerson{QStringLiteral("support"), QStringLiteral("frontlineSupport")}));
        QCOMPARE(audit.entries(m_admin, {}).error().code, QStringLiteral("PERMISSION_DENIED"));
    }
};

QTEST_GUILESS_MAIN(TestCaseResolution)
#include "tst_caseresolution.moc"
