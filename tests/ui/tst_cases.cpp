// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// KPI discrepancy cases end to end, as the two roles do it on screen: the partner files a
// mismatch, support compares and corrects it, the ledger shows the corrected values, the
// partner reads the outcome, and `learnpartner-cli audit verify` finds the chain intact.
#include "cases/casedialog.h"
#include "cases/caseexport.h"
#include "cases/casequeueworkspace.h"
#include "cases/casesworkspace.h"
#include "cases/resolutionpreviewdialog.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "kpi/ledgermodel.h"
#include "kpi/ledgerworkspace.h"
#include "security/session.h"
#include "services/caseservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "testaccounts.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

namespace {

const QDate kToday(2026, 11, 20); // the latest report (15 November) covers up to October 2026

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(LP_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
}

void type(QLineEdit* e, const QString& text)
{
    e->setFocus();
    e->clear();
    QTest::keyClicks(e, text);
    QMetaObject::invokeMethod(e, "editingFinished");
}

} // namespace

class TestCases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    QString m_invoiceImage;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("cases.sqlite"));
        m_db = std::move(Database::open(m_path)).value();
        m_accounts = TestAccounts::create(*m_db);
        Purchase p;
        p.invoice = QStringLiteral("INV-2026-0042");
        p.invoiceDate = QDate(2026, 9, 14);
        p.omlpType = QStringLiteral("MOC On-Demand");
        p.units = 4;
        p.kpiValue = 4;
        p.revenueCents = 48000;
        p.currency = QStringLiteral("EUR");
        p.competency = QStringLiteral("Data Analytics");
        QVERIFY(PurchaseRepository(*m_db).insert(m_accounts.admin.partnerId(), p));
        // The invoice, scanned: a small PNG.
        QImage scan(120, 80, QImage::Format_RGB32);
        scan.fill(Qt::white);
        m_invoiceImage = m_dir.filePath(QStringLiteral("invoice-0042.png"));
        QVERIFY(scan.save(m_invoiceImage));
    }

    void blankFormSaysEveryMissingField()
    {
        AppContext context{*m_db, m_accounts.admin};
        CaseDialog dialog(context, m_accounts.admin.partnerId(), kToday);
        dialog.show();
        // Nothing said before the user has been anywhere.
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("problem_month"))->isVisible());
        dialog.findChild<QPushButton*>(QStringLiteral("fileCase"))->click();
        QVERIFY(dialog.isVisible());
        for (const char* field : {"month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue",
                                  "revenueValue", "evidence"}) {
            auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem_") + QLatin1String(field));
            QVERIFY2(problem && problem->isVisible() && !problem->text().isEmpty(), field);
        }
        QVERIFY(!dialog.filed());
        QVERIFY(
            CaseService(*m_db).casesForPartner(m_accounts.admin, m_accounts.admin.partnerId())->isEmpty());
    }

    void partnerFilesSupportCorrectsLedgerShowsIt()
    {
        // 1. The partner files from the KPI record, changing the KPI value to the invoice's.
        AppContext partner{*m_db, m_accounts.admin};
        CasesWorkspace cases(partner);
        cases.setToday(kToday);
        cases.show();
        cases.refresh();
        QString triage;
        QString refusal;
        connect(&cases, &CasesWorkspace::dialogOpened, this, [&](CaseDialog* d) {
            QMetaObject::invokeMethod(
                d,
                [&, d] {
                    auto* kpi = d->findChild<QLineEdit*>(QStringLiteral("kpiValue"));
                    type(kpi, QStringLiteral("6"));
                    // An order confirmation is refused with the seed's reason.
                    auto* kind = d->findChild<QComboBox*>(QStringLiteral("evidenceType"));
                    kind->setCurrentIndex(1);
                    emit kind->activated(1);
                    QVERIFY(d->attachEvidence(m_invoiceImage));
                    d->findChild<QPushButton*>(QStringLiteral("fileCase"))->click();
                    refusal = d->findChild<QLabel*>(QStringLiteral("problem_evidence"))->text();
                    kind->setCurrentIndex(0);
                    emit kind->activated(0);
                    triage = d->findChild<QLabel*>(QStringLiteral("triage"))->text();
                    d->findChild<QPushButton*>(QStringLiteral("fileCase"))->click();
                    if (d->isVisible())
                        d->reject();
                },
                Qt::QueuedConnection);
        });
        // From the ledger: the selected KPI record fills the form.
        LedgerWorkspace fromLedger(partner);
        fromLedger.show();
        fromLedger.refresh();
        auto* view = fromLedger.findChild<QTableView*>(QStringLiteral("ledger"));
        QTRY_VERIFY(view->model()->rowCount() == 1);
        auto* fileFromLedger = fromLedger.findChild<QPushButton*>(QStringLiteral("fileCase"));
        QVERIFY(fileFromLedger->isVisible() && !fileFromLedger->isEnabled());
        view->selectRow(0);
        QVERIFY(fileFromLedger->isEnabled());
        QString prefilledInvoice;
        connect(&fromLedger, &LedgerWorkspace::fileCaseRequested, this, [&](const Purchase& record) {
            prefilledInvoice = record.invoice;
            cases.fileCase(&record);
        });
        fileFromLedger->click();
        QCOMPARE(prefilledInvoice, QStringLiteral("INV-2026-0042"));
        QVERIFY2(refusal.contains(QLatin1String("invoice")), qPrintable(refusal));
        QVERIFY2(triage.contains(QLatin1String("differ")) && triage.contains(QLatin1String("KPI value")),
                 qPrintable(triage));
        auto* table = cases.findChild<QTableWidget*>(QStringLiteral("cases"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Open"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Values differ"));

        // 2. Support sees it in the queue, beside the KPI record, the KPI value highlighted.
        AppContext support{*m_db, m_accounts.support};
        CaseQueueWorkspace queue(support);
        queue.setToday(kToday);
        queue.show();
        queue.refresh();
        auto* rows = queue.findChild<QTableWidget*>(QStringLiteral("queue"));
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(rows->item(0, 1)->text().contains(QLatin1String("Contoso")));
        QVERIFY(queue.current().has_value());
        auto* compare = queue.findChild<QTableWidget*>(QStringLiteral("comparison"));
        // A row per field (month and year first, the invoice date last); the case, then the record.
        QCOMPARE(compare->rowCount(), 7);
        QCOMPARE(compare->columnCount(), 3);
        QCOMPARE(compare->item(0, 0)->text(), QStringLiteral("Month"));
        QCOMPARE(compare->item(1, 0)->text(), QStringLiteral("Year"));
        QCOMPARE(compare->item(4, 0)->text(), QStringLiteral("KPI value"));
        QCOMPARE(compare->item(4, 2)->text(), QStringLiteral("4"));
        QCOMPARE(compare->item(4, 2)->toolTip(), QStringLiteral("Differs from the case"));
        QVERIFY(compare->item(2, 2)->toolTip().isEmpty()); // the OMLP type agrees
        QVERIFY(compare->item(0, 2)->toolTip().isEmpty()); // so does the month
        QVERIFY(queue.findChild<QLabel*>(QStringLiteral("evidence"))
                    ->text()
                    .contains(QLatin1String("invoice-0042.png")));

        // The note is required.
        queue.findChild<QPushButton*>(QStringLiteral("resolve"))->click();
        QVERIFY(
            queue.findChild<QLabel*>(QStringLiteral("error"))->text().contains(QLatin1String("required")));
        QCOMPARE(rows->rowCount(), 1);
        queue.findChild<QPlainTextEdit*>(QStringLiteral("resolutionNote"))
            ->setPlainText(QStringLiteral("Invoice checked: 6 KPIs."));
        queue.findChild<QRadioButton*>(QStringLiteral("corrected"))->click();
        // The preview lists what will change; Cancel writes nothing.
        QStringList previewed;
        test::whenDialogShows<ResolutionPreviewDialog>([&](ResolutionPreviewDialog* d) {
            auto* changes = d->findChild<QTableWidget*>(QStringLiteral("previewChanges"));
            for (int r = 0; r < changes->rowCount(); ++r)
                previewed << changes->item(r, 1)->text() + QLatin1Char(':') + changes->item(r, 2)->text() +
                                 QStringLiteral("->") + changes->item(r, 3)->text();
            d->findChild<QPushButton*>(QStringLiteral("cancelResolve"))->click();
        });
        queue.findChild<QPushButton*>(QStringLiteral("resolve"))->click();
        QCOMPARE(previewed, QStringList{QStringLiteral("KPI value:4->6")});
        QCOMPARE(rows->rowCount(), 1);
        QVERIFY(
            queue.findChild<QLabel*>(QStringLiteral("resolved"))->text().contains(QLatin1String("Nothing")));
        QCOMPARE(CaseService(*m_db).openCases(m_accounts.support, kToday)->size(), 1);
        test::whenDialogShows<ResolutionPreviewDialog>([](ResolutionPreviewDialog* d) {
            d->findChild<QPushButton*>(QStringLiteral("confirmResolve"))->click();
        });
        queue.findChild<QPushButton*>(QStringLiteral("resolve"))->click();
        QVERIFY(queue.findChild<QLabel*>(QStringLiteral("resolved"))
                    ->text()
                    .contains(QLatin1String("corrected")));
        QCOMPARE(rows->rowCount(), 0);

        // 3. The ledger shows the corrected value.
        LedgerWorkspace ledger(partner);
        QAbstractItemModelTester tester(ledger.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ledger.show();
        ledger.refresh();
        LedgerModel* model = ledger.model();
        QTRY_VERIFY(model->rowCount() >= 1);
        bool seen = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, LedgerModel::Invoice).data().toString() == QLatin1String("INV-2026-0042")) {
                QCOMPARE(model->index(r, LedgerModel::KpiValue).data().toString(), QStringLiteral("6"));
                seen = true;
            }
        }
        QVERIFY(seen);

        // 4. The partner reads the outcome and the note, and exports the case.
        cases.refresh();
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Corrected"));
        table->selectRow(0);
        const QString text = cases.findChild<QPlainTextEdit*>(QStringLiteral("caseText"))->toPlainText();
        QVERIFY(text.contains(QLatin1String("Invoice checked: 6 KPIs.")));
        QVERIFY(text.contains(QLatin1String("invoice-0042.png")));
        QFile scan(m_invoiceImage);
        QVERIFY(scan.open(QIODevice::ReadOnly));
        QVERIFY(text.contains(QString::fromLatin1(
            QCryptographicHash::hash(scan.readAll(), QCryptographicHash::Sha256).toHex())));
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
        QVERIFY2(CaseExport::write(text, pdf, &error), qPrintable(error));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.size() > 1000 && written.read(5) == "%PDF-");
        const QString txt = m_dir.filePath(QStringLiteral("case.txt"));
        QVERIFY(CaseExport::write(text, txt, &error));
        QFile plain(txt);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(plain.readAll()), text);

        // 5. The audit trail proves it.
        const CliRun verify =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_path});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    void rolesSeeOnlyWhatTheyMay()
    {
        // The viewer reads cases but is not offered filing; the core refuses anyway.
        AppContext viewer{*m_db, m_accounts.viewer};
        CasesWorkspace cases(viewer);
        cases.show();
        cases.refresh();
        QVERIFY(!cases.findChild<QPushButton*>(QStringLiteral("newCase"))->isVisible());
        QCOMPARE(cases.findChild<QTableWidget*>(QStringLiteral("cases"))->rowCount(), 1);
        auto refused =
            CaseService(*m_db).preview(m_accounts.viewer, m_accounts.viewer.partnerId(), {}, kToday);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("PERMISSION_DENIED"));
        AppContext supportContext{*m_db, m_accounts.support};
        LedgerWorkspace supportLedger(supportContext);
        supportLedger.setPartner(m_accounts.admin.partnerId());
        supportLedger.show();
        QVERIFY(!supportLedger.findChild<QPushButton*>(QStringLiteral("fileCase"))->isVisible());
        // A partner admin opening the support queue gets the core's refusal, not the queue.
        AppContext partner{*m_db, m_accounts.admin};
        CaseQueueWorkspace queue(partner);
        queue.show();
        queue.refresh();
        QCOMPARE(queue.findChild<QTableWidget*>(QStringLiteral("queue"))->rowCount(), 0);
        QVERIFY(queue.findChild<QLabel*>(QStringLiteral("error"))->text().contains(QLatin1String("resolve")));
    }

    void italianScreens()
    {
        Translations::install(QStringLiteral("it"));
        AppContext partner{*m_db, m_accounts.admin};
        CaseDialog dialog(partner, m_accounts.admin.partnerId(), kToday);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Apri un caso di discrepanza KPI"));
        CasesWorkspace cases(partner);
        cases.show();
        cases.refresh();
        QCOMPARE(cases.findChild<QTableWidget*>(QStringLiteral("cases"))->item(0, 4)->text(),
                 QStringLiteral("Rettificato"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("File a KPI discrepancy case"));
    }
};

QTEST_MAIN(TestCases)
#include "tst_cases.moc"
