// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The audit trail of Partner Frontline Support in words: who (name and role), what (a sentence
// per action), which partner (MPN ID and name), when (local time in the user's language), the
// selected entry's fields before and after, filters by person, action, partner and period, CSV
// export with formula-looking cells neutralised, the empty state, and the chain check.
#include "audit/auditcsv.h"
#include "audit/auditworkspace.h"
#include "domain/displayformat.h"
#include "i18n/translations.h"
#include "services/accountservice.h"
#include "services/caseservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

namespace {

QStringList column(QTableWidget* t, int col)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, col)->text();
    return out;
}

void choose(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    QVERIFY(i >= 0);
    box->setCurrentIndex(i);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_support;
    qint64 m_caseId = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("audit.sqlite")))).value();
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        m_admin = accounts
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"),
                                         QStringLiteral("IT"), QDate(2021, 1, 1)},
                                        QStringLiteral("giulia"), QStringLiteral("a long passphrase"))
                      .value();
        QVERIFY(
            PeopleService(*m_db)
                .addTrainer(
                    m_admin, m_admin.partnerId(),
                    {0, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("MCT-1"), {}, QDate(2030, 1, 1)})
                .ok());
        m_support =
            Session{accounts
                        .addUser(Actor::commandLine(), {QStringLiteral("support"), Role::FrontlineSupport, 0,
                                                        QStringLiteral("a long passphrase")})
                        .value()};
        Purchase p;
        p.invoice = QStringLiteral("INV-2026-0034");
        p.invoiceDate = QDate(2026, 11, 11);
        p.omlpType = QStringLiteral("courseware");
        p.units = 2;
        p.kpiValue = 2;
        p.revenueCents = 86000;
        QVERIFY(PurchaseRepository(*m_db).insert(m_admin.partnerId(), p).ok());
        DiscrepancyCaseInput in;
        in.month = 3;
        in.year = 2026;
        in.omlpType = QStringLiteral("courseware");
        in.purchaseUnit = 2;
        in.invoiceNumber = QStringLiteral("INV-2026-0034");
        in.kpiValue = 4;
        in.revenueCents = 86000;
        auto filed = CaseService(*m_db).file(
            m_admin, m_admin.partnerId(), in,
            {QStringLiteral("i.pdf"), {}, QByteArrayLiteral("%PDF-1.7 invoice"), DocumentType::Invoice},
            QDate(2026, 12, 1));
        QVERIFY(filed.ok() && filed->filed);
        m_caseId = filed->filed->id;
        QVERIFY(CaseService(*m_db)
                    .resolve(m_support, m_caseId, CaseService::Resolution::Corrected, QStringLiteral("ok"))
                    .ok());
    }
    void cleanupTestCase() { m_db.reset(); }
    void init()
    {
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void entriesReadAsSentences()
    {
        AppContext context{*m_db, m_support};
        AuditWorkspace w(context);
        w.show();
        w.refresh();
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("auditEntries"));
        // partner.add, user.add, trainer.add, user.add, case.file, purchase.correct, case.resolve.
        QCOMPARE(table->rowCount(), 7);
        QCOMPARE(column(table, 2).mid(0, 3),
                 (QStringList{QStringLiteral("resolved case %1 as corrected").arg(m_caseId),
                              QStringLiteral("corrected KPI record INV-2026-0034 line 1"),
                              QStringLiteral("filed case %1").arg(m_caseId)}));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("support (Partner Frontline Support)"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("giulia (MPN partner admin)"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Contoso (MPN ID 4412345)"));
        QVERIFY(table->item(3, 1)->text().endsWith(QLatin1String(" (command-line operator)")));
        for (const QString& text : column(table, 0))
            QVERIFY2(!text.contains(QLatin1Char('T')) && text.contains(QLatin1String(" 20")),
                     qPrintable(text));

        // The correction's fields before and after, translated, the changed ones first.
        table->selectRow(1);
        auto* detail = w.findChild<QTableWidget*>(QStringLiteral("auditDetail"));
        const QStringList fields = column(detail, 0);
        QCOMPARE(fields.first(), QStringLiteral("Invoice date"));
        QVERIFY(fields.contains(QStringLiteral("KPI value")));
        QVERIFY(!fields.contains(QStringLiteral("kpiValue")));
        QCOMPARE(detail->item(0, 1)->text(), display::shortDate(QDate(2026, 11, 11)));
        QCOMPARE(detail->item(0, 2)->text(), display::shortDate(QDate(2026, 3, 11)));

        // Italian.
        Translations::install(QStringLiteral("it"));
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        QTRY_COMPARE(table->item(0, 2)->text(),
                     QStringLiteral("ha risolto il caso %1 con la rettifica dei record KPI").arg(m_caseId));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("ha corretto il record KPI INV-2026-0034 riga 1"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("giulia (Amministratore partner MPN)"));
        QVERIFY2(table->item(0, 0)->text().contains(QLatin1String("dicembre")) ||
                     table->item(0, 0)->text().contains(QLatin1String("gennaio")) ||
                     !table->item(0, 0)->text().isEmpty(),
                 qPrintable(table->item(0, 0)->text()));
        table->selectRow(1);
        QCOMPARE(column(detail, 0).first(), QStringLiteral("Data fattura"));
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(table->item(1, 2)->text(), QStringLiteral("corrected KPI record INV-2026-0034 line 1"));
    }

    void filtersAndEmptyState()
    {
        AppContext context{*m_db, m_support};
        AuditWorkspace w(context);
        w.show();
        w.refresh();
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("auditEntries"));
        choose(w.findChild<QComboBox*>(QStringLiteral("auditPerson")), QStringLiteral("giulia"));
        QCOMPARE(table->rowCount(), 4); // the partner and her account (first run), the trainer, the case
        choose(w.findChild<QComboBox*>(QStringLiteral("auditAction")), QStringLiteral("case.file"));
        QCOMPARE(table->rowCount(), 1);
        choose(w.findChild<QComboBox*>(QStringLiteral("auditPerson")), QString());
        choose(w.findChild<QComboBox*>(QStringLiteral("auditAction")), QString());
        choose(w.findChild<QComboBox*>(QStringLiteral("auditPartner")), m_admin.partnerId());
        QCOMPARE(table->rowCount(), 6); // all but the support account's creation
        w.findChild<QDateEdit*>(QStringLiteral("auditFrom"))->setDate(QDate::currentDate().addDays(1));
        auto* empty = w.findChild<QLabel*>(QStringLiteral("auditEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("No entry matches")));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("exportAudit"))->isEnabled());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("exportAudit"))->toolTip().isEmpty());
        w.findChild<QDateEdit*>(QStringLiteral("auditFrom"))->setDate(QDate(2000, 1, 1));
        w.findChild<QDateEdit*>(QStringLiteral("auditTo"))->setDate(QDate::currentDate());
        QCOMPARE(table->rowCount(), 6);
        QVERIFY(!empty->isVisible());
    }

    void csvNeutralisesFormulas()
    {
        QCOMPARE(AuditCsv::cell(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(AuditCsv::cell(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(AuditCsv::cell(QStringLiteral("-1")), QStringLiteral("'-1"));
        QCOMPARE(AuditCsv::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(AuditCsv::cell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(AuditCsv::cell(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
        QCOMPARE(AuditCsv::cell(QStringLiteral("a,b \"c\"")), QStringLiteral("\"a,b \"\"c\"\"\""));
        QCOMPARE(AuditCsv::cell(QStringLiteral("plain")), QStringLiteral("plain"));

        AppContext context{*m_db, m_support};
        AuditWorkspace w(context);
        w.show();
        w.refresh();
        const QString csv = QString::fromUtf8(w.csv());
        QVERIFY(csv.startsWith(QLatin1String("When,Who,Role,What,Partner,Changes,Entry\r\n")));
        QVERIFY(csv.contains(QLatin1String("added the trainer '=HYPERLINK(\"\"x\"\")")) ||
                csv.contains(QLatin1String("\"added the trainer =HYPERLINK(\"\"x\"\")\"")));
        QVERIFY2(csv.contains(QLatin1String("\"Name: '=HYPERLINK(\"\"x\"\")")) ||
                     csv.contains(QLatin1String("Name: =HYPERLINK")),
                 qPrintable(csv));
        // No cell of the file begins with a formula character.
        for (const QString& line : csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            for (const QString& cell : line.split(QLatin1Char(','))) {
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@')),
                         qPrintable(line));
            }
        }
        QVERIFY(csv.contains(QLatin1String("Contoso (MPN ID 4412345)")));
    }

    void chainCheckAndRefusal()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("chain.sqlite")))).value();
        AccountService accounts(*db, PasswordHasher::Strength::Minimal);
        Session admin = accounts
                            .createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"),
                                               QStringLiteral("IT"), QDate(2021, 1, 1)},
                                              QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                            .value();
        Session support{accounts
                            .addUser(Actor::commandLine(), {QStringLiteral("support"), Role::FrontlineSupport,
                                                            0, QStringLiteral("a long passphrase")})
                            .value()};
        AppContext context{*db, support};
        AuditWorkspace w(context);
        auto* view = w.findChild<QTableView*>(QStringLiteral("auditEntries"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        w.refresh();
        auto* verify = w.findChild<QPushButton*>(QStringLiteral("verifyChain"));
        auto* result = w.findChild<QLabel*>(QStringLiteral("verifyResult"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(result->text(), QStringLiteral("The chain is intact: 3 entries checked."));
        QVERIFY(
            db->exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE id = 2")).ok());
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(result->text(),
                 QStringLiteral("The chain is broken: Audit entry 2 was changed after it was written."));

        // A partner admin is refused by the core, whatever the UI shows.
        AppContext partnerContext{*db, admin};
        AuditWorkspace refused(partnerContext);
        refused.refresh();
        QCOMPARE(refused.findChild<QTableWidget*>(QStringLiteral("auditEntries"))->rowCount(), 0);
        QVERIFY(refused.findChild<QLabel*>(QStringLiteral("verifyResult"))
                    ->text()
                    .contains(QLatin1String("does not allow")));
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
