// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The KPI ledger and the GUI import: a file imported off the GUI thread shows in the ledger,
// page by page, each row with the engine's verdict; a refused file lists its bad rows and
// writes nothing; Cancel rolls back; filters run in SQL.
#include "guitest.h"
#include "i18n/translations.h"
#include "kpi/invoiceimportdialog.h"
#include "kpi/ledgermodel.h"
#include "kpi/ledgerworkspace.h"
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "widgets/importerrorsdialog.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lp;
using lp::test::whenDialogShows;

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;

    QString writeCsv(const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    // Runs one import through the dialog and waits for it to finish.
    InvoiceImportDialog* runImport(const QString& path, bool cancelAtOnce = false)
    {
        auto* dialog = new InvoiceImportDialog(*m_db, m_admin, m_admin.partnerId());
        QSignalSpy finished(dialog, &InvoiceImportDialog::importFinished);
        dialog->start(path);
        if (cancelAtOnce)
            dialog->reject();
        if (!finished.wait(60000))
            qWarning("the import did not finish");
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("ledger.sqlite")))).value();
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
                      .createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                                         QDate(2021, 5, 1)},
                                        QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                      .value();
    }

    void importShowsInTheLedger()
    {
        QByteArray csv = "invoice;line;documentType;invoiceDate;omlpType;units;kpiValue;revenue;competency\n";
        const QDate today = QDate::currentDate();
        for (int i = 0; i < 1200; ++i)
            csv += "INV-" + QByteArray::number(i) + ";1;invoice;" +
                   today.addDays(-i).toString(Qt::ISODate).toLatin1() +
                   ";Official courseware;1;1;430,00;Data Analytics\n";
        csv +=
            "OC-1;1;orderConfirmation;" + today.addDays(-3).toString(Qt::ISODate).toLatin1() + ";x;1;1;1;\n";
        std::unique_ptr<InvoiceImportDialog> dialog(runImport(writeCsv("good.csv", csv)));
        QVERIFY(dialog->summary());
        QCOMPARE(dialog->summary()->added, 1201);

        AppContext context{*m_db, m_admin};
        LedgerWorkspace w(context);
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        w.refresh();
        LedgerModel* model = w.model();
        QCOMPARE(model->totalRows(), 1201);
        QCOMPARE(model->rowCount(), 1201);  // every row is there; they are read as the view shows them
        QVERIFY(model->cachedPages() <= 2); // what the first screen (and the column widths) needed
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text(), QStringLiteral("1,201 rows."));
        // Newest first; this month's invoices are pending, the order confirmation never counts.
        QCOMPARE(model->index(0, LedgerModel::Invoice).data().toString(), QStringLiteral("INV-0"));
        QVERIFY(model->index(0, LedgerModel::Status).data().toString().startsWith(QLatin1String("Pending")));
        int notInvoice = 0, counted = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString s = model->index(r, LedgerModel::Status).data().toString();
            notInvoice += s == QLatin1String("Not counted: not an invoice");
            counted += s == QLatin1String("Counted");
        }
        QCOMPARE(notInvoice, 1);
        QVERIFY(counted > 300);

        auto* type = w.findChild<QComboBox*>(QStringLiteral("filterDocumentType"));
        type->setCurrentIndex(2); // order confirmations: counted off the GUI thread
        QTRY_COMPARE(model->totalRows(), 1);
        QCOMPARE(model->index(0, LedgerModel::Invoice).data().toString(), QStringLiteral("OC-1"));

        // The export writes the view's rows; a path that cannot be written leaves nothing and says why.
        const QString exported = m_dir.filePath(QStringLiteral("view.csv"));
        QVERIFY(w.exportTo(exported).ok());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].startsWith("OC-1,1,orderConfirmation,"));
        // A full first page is on screen before the count: the rows after it come with the count.
        qint64 rowsWithFirstPage = -1;
        bool countingThen = false;
        auto firstRows = connect(model, &LedgerModel::filterApplied, this, [&] {
            rowsWithFirstPage = model->totalRows();
            countingThen = model->isCounting();
        });
        QSignalSpy countReady(model, &LedgerModel::countReady);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        type->setCurrentIndex(0);
        QTRY_COMPARE(model->totalRows(), 1201);
        disconnect(firstRows);
        QCOMPARE(rowsWithFirstPage, qint64(LedgerModel::kPageRows));
        QVERIFY(countingThen);
        QCOMPARE(countReady.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!model->isCounting());
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("ledgerCount"))->text(), QStringLiteral("1,201 rows."));
        QVERIFY(w.exportTo(exported).ok());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().split('\n').size(), 1 + 1201);
        const Status refused = w.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/view.csv")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("FILE_UNWRITABLE"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/dir/view.csv"))));
    }

    // The model reads the rows the view shows, a page at a time, and keeps only a few pages:
    // a jump reads its page with an OFFSET, its neighbours come through the date index, both
    // directions; every row is the one the service's own paging gives at that place.
    void pagesAreReadAsShownAndFewAreKept()
    {
        LedgerService ledger(*m_db);
        QStringList truth; // the invoices of the view, newest first, page after page
        std::optional<Purchase> after;
        for (;;) {
            auto page = ledger.page(m_admin, m_admin.partnerId(), {}, after, LedgerService::kPageSize,
                                    QDate::currentDate());
            QVERIFY(page);
            for (const LedgerRow& r : page.value())
                truth << r.purchase.invoice + QLatin1Char('/') + QString::number(r.purchase.line);
            if (page->size() < LedgerService::kPageSize)
                break;
            after = page->last().purchase;
        }
        QCOMPARE(truth.size(), 1201);
        const int pages = int(truth.size() + LedgerModel::kPageRows - 1) / LedgerModel::kPageRows;
        QCOMPARE(pages, 3);

        AppContext context{*m_db, m_admin};
        LedgerModel model(context, m_admin.partnerId());
        model.setCachedPages(2);
        model.reload();
        QCOMPARE(model.rowCount(), 1201);
        QCOMPARE(model.cachedPages(), 0); // nothing read before it is asked for
        auto at = [&](int row) {
            const auto r = model.rowAt(row);
            return r ? r->purchase.invoice + QLatin1Char('/') + QString::number(r->purchase.line) : QString();
        };

        // A jump to the end: the last page, by OFFSET.
        QCOMPARE(at(1200), truth[1200]);
        QCOMPARE(model.offsetReads(), 1);
        QCOMPARE(model.keysetReads(), 0);
        // Upwards from there: the page before, through the date index.
        QCOMPARE(at(999), truth[999]);
        QCOMPARE(at(500), truth[500]);
        QCOMPARE(model.keysetReads(), 1);
        QCOMPARE(at(0), truth[0]);
        QCOMPARE(model.keysetReads(), 2);
        QCOMPARE(model.offsetReads(), 1);
        QCOMPARE(model.cachedPages(), 2); // the last page went
        // Downwards again: the page after a kept one, through the date index.
        QCOMPARE(at(1100), truth[1100]);
        QCOMPARE(model.offsetReads(), 1);
        // Every row, as the view would show it. The model tester watches from here on (its own look at
        // the first row reads a page, which the counts above leave out).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int r = 0; r < truth.size(); ++r)
            QCOMPARE(model.index(r, LedgerModel::Invoice).data().toString() + QLatin1Char('/') +
                         model.index(r, LedgerModel::Line).data().toString(),
                     truth[r]);
        QCOMPARE(model.offsetReads(), 1);
        QVERIFY(model.cachedPages() <= 2);
        QVERIFY(!model.rowAt(1201));
        QVERIFY(!model.rowAt(-1));

        // A filtered view jumps the same way: its last row is the filter's last.
        LedgerFilter invoices;
        invoices.documentType = DocumentType::Invoice;
        model.setFilter(invoices);
        QTRY_COMPARE(model.rowCount(), 1200);
        QCOMPARE(at(1199), QStringLiteral("INV-1199/1"));
        QVERIFY(!model.lastError());
    }

    void refusedFileListsBadRowsAndWritesNothing()
    {
        const qint64 before = PurchaseRepository(*m_db).count(m_admin.partnerId()).value();
        int listed = 0;
        whenDialogShows<ImportErrorsDialog>([&](ImportErrorsDialog* d) {
            listed = d->findChild<QTableWidget*>(QStringLiteral("importErrors"))->rowCount();
            d->reject();
        });
        std::unique_ptr<InvoiceImportDialog> dialog(runImport(
            writeCsv("bad.csv", "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\nNEW-1,"
                                "invoice,2021-01-01,x,1,1,1\n"
                                "NEW-2,invoice,2021-02-30,x,1,1,1\nNEW-3,invoice,2021-01-01,x,0,1,1\n")));
        QCOMPARE(listed, 2);
        QVERIFY(!dialog->summary()->ok());
        QCOMPARE(PurchaseRepository(*m_db).count(m_admin.partnerId()).value(), before);
    }

    void cancelRollsBack()
    {
        const qint64 before = PurchaseRepository(*m_db).count(m_admin.partnerId()).value();
        QByteArray csv = "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n";
        for (int i = 0; i < 100000; ++i)
            csv += "BIG-" + QByteArray::number(i) + ",invoice,2021-01-01,x,1,1,1\n";
        std::unique_ptr<InvoiceImportDialog> dialog(runImport(writeCsv("big.csv", csv), true));
        QVERIFY(dialog->failure());
        QCOMPARE(dialog->failure()->code, QStringLiteral("CANCELLED"));
        QCOMPARE(PurchaseRepository(*m_db).count(m_admin.partnerId()).value(), before);
    }

    // Frontline support reads any partner's ledger, the one opened in Partners, and is not
    // offered the import (the core refuses it too); a partner admin is offered it for its
    // own partner only.
    void supportReadsAPartnersLedgerReadOnly()
    {
        const QString password = QStringLiteral("a long passphrase");
        const Session support{AccountService(*m_db, PasswordHasher::Strength::Minimal)
                                  .addUser(Actor::commandLine(),
                                           {QStringLiteral("support"), Role::FrontlineSupport, 0, password})
                                  .value()};
        auto other =
            PartnerService(*m_db).add(Actor::commandLine(), {0, QStringLiteral("2"), QStringLiteral("Other"),
                                                             QStringLiteral("FR"), QDate(2020, 1, 1)});
        QVERIFY(other);
        for (int i = 0; i < 3; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("OTHER-%1").arg(i);
            p.invoiceDate = QDate::currentDate().addDays(-10 * i);
            p.omlpType = QStringLiteral("MOC On-Demand");
            p.kpiValue = 1;
            QVERIFY(PurchaseRepository(*m_db).insert(other->id, p));
        }
        const qint64 mine = PurchaseRepository(*m_db).count(m_admin.partnerId()).value();
        QVERIFY(mine > 1000);

        AppContext context{*m_db, support};
        LedgerWorkspace w(context);
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* import = w.findChild<QPushButton*>(QStringLiteral("importInvoices"));
        auto* count = w.findChild<QLabel*>(QStringLiteral("ledgerCount"));
        QVERIFY(import && count);
        w.show();
        QVERIFY(!import->isVisible());
        QVERIFY(!import->isEnabled());

        // Visible: the new partner's rows at once.
        w.setPartner(m_admin.partnerId());
        QCOMPARE(w.model()->partnerId(), m_admin.partnerId());
        QVERIFY(!w.model()->lastError());
        QCOMPARE(w.model()->totalRows(), mine);
        QCOMPARE(w.model()->rowCount(), mine);
        QCOMPARE(w.model()->index(0, LedgerModel::Invoice).data().toString(), QStringLiteral("INV-0"));
        QVERIFY(!import->isVisible());
        QVERIFY(!import->isEnabled());

        // Another partner: nothing of the first one is left.
        w.setPartner(other->id);
        QCOMPARE(w.model()->totalRows(), 3);
        QCOMPARE(w.model()->rowCount(), 3);
        QCOMPARE(w.model()->index(0, LedgerModel::Invoice).data().toString(), QStringLiteral("OTHER-0"));
        QCOMPARE(count->text(), QStringLiteral("3 rows."));
        QVERIFY(!import->isVisible());

        // Hidden: the model is emptied at once and read on the next refresh.
        w.hide();
        w.setPartner(m_admin.partnerId());
        QCOMPARE(w.model()->rowCount(), 0);
        w.show();
        w.refresh();
        QCOMPARE(w.model()->totalRows(), mine);

        // The core refuses support's import whatever the UI offers.
        QBuffer csv;
        csv.setData("invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\nS-1,invoice,2021-01-"
                    "01,x,1,1,1\n");
        csv.open(QIODevice::ReadOnly);
        auto refused = LedgerService(*m_db).importInvoices(support, m_admin.partnerId(), csv, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(PurchaseRepository(*m_db).count(m_admin.partnerId()).value(), mine);

        // The partner admin: offered for its own partner, not for another (which it cannot read).
        AppContext adminContext{*m_db, m_admin};
        LedgerWorkspace own(adminContext);
        QAbstractItemModelTester ownTester(own.model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* ownImport = own.findChild<QPushButton*>(QStringLiteral("importInvoices"));
        own.show();
        QVERIFY(ownImport->isVisible());
        QVERIFY(ownImport->isEnabled());
        own.setPartner(other->id);
        QVERIFY(!ownImport->isVisible());
        QVERIFY(!ownImport->isEnabled());
        QVERIFY(own.model()->lastError());
        QCOMPARE(own.model()->lastError()->code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(own.model()->rowCount(), 0);
    }

    // Issue 21: "packaged" finds "Packaged courseware" as it is typed, without Enter, after a short
    // pause, counted off the GUI thread; a cut status says itself whole in its tooltip.
    void textFiltersApplyAsYouTypeAnywhereInAnyCase()
    {
        const QDate day = QDate::currentDate().addMonths(-2);
        for (int i = 0; i < 4; ++i) {
            Purchase p;
            p.invoice = QStringLiteral("PKG-%1").arg(i);
            p.invoiceDate = day;
            p.omlpType =
                i < 3 ? QStringLiteral("Packaged Courseware") : QStringLiteral("MOC on-demand PACKAGE");
            p.kpiValue = 1;
            QVERIFY(PurchaseRepository(*m_db).insert(m_admin.partnerId(), p));
        }
        AppContext context{*m_db, m_admin};
        LedgerWorkspace w(context);
        w.show();
        w.refresh();
        const qint64 all = w.model()->totalRows();
        QVERIFY(all > 4);
        auto* type = w.findChild<QLineEdit*>(QStringLiteral("filterOmlpType"));
        auto* typing = w.findChild<QTimer*>(QStringLiteral("filterTyping"));
        QVERIFY(type && typing);
        QSignalSpy applied(w.model(), &LedgerModel::filterApplied);
        QTest::keyClicks(type, QStringLiteral("packaged"));
        QVERIFY(typing->isActive()); // waiting for the pause, not for Enter
        QCOMPARE(typing->interval(), LedgerWorkspace::kTypingPauseMs);
        QCOMPARE(w.model()->totalRows(), all);
        QTRY_COMPARE(w.model()->totalRows(), qint64(3));
        QCOMPARE(applied.size(), 1); // one query for the eight keys
        for (int r = 0; r < 3; ++r)
            QVERIFY(w.model()
                        ->index(r, LedgerModel::Invoice)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("PKG-")));
        type->clear();
        QTest::keyClicks(type, QStringLiteral("PACKAGE"));
        QTRY_COMPARE(w.model()->totalRows(), qint64(4));
        const QModelIndex status = w.model()->index(0, LedgerModel::Status);
        QCOMPARE(status.data(Qt::ToolTipRole), status.data(Qt::DisplayRole));
    }

    // Issue 21: the dialog says which columns a file needs, shows an example and saves a template
    // (which imports as it is); a refused file counts its problems and its rows apart.
    void importDialogSaysTheColumnsAndCountsRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("it") << "it";
    }

    void importDialogSaysTheColumnsAndCountsRight()
    {
        QFETCH(QString, language);
        Translations::install(language);
        InvoiceImportDialog dialog(*m_db, m_admin, m_admin.partnerId());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString columns = dialog.findChild<QLabel*>(QStringLiteral("importColumns"))->text();
        for (const QString& c : LedgerService::requiredColumns() + LedgerService::optionalColumns())
            QVERIFY2(columns.contains(QStringLiteral("<code>%1</code>").arg(c)), qPrintable(columns));
        QVERIFY(columns.contains(QLatin1String("<a href=")));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveTemplate"));
        QVERIFY(save && save->isVisible());
        QCOMPARE(save->text(), language == QLatin1String("it") ? QStringLiteral("Salva un &modello...")
                                                               : QStringLiteral("Save a &template..."));
        dialog.grab().save(QStringLiteral("/tmp/shots/input-import-dialog-%1.png").arg(language));

        // The example behind the link is the template.
        QString example;
        whenDialogShows<QDialog>([&](QDialog* d) {
            if (auto* text = d->findChild<QPlainTextEdit*>(QStringLiteral("exampleCsv")))
                example = text->toPlainText();
            d->reject();
        });
        dialog.showExample();
        QCOMPARE(example, QString::fromUtf8(LedgerService::invoiceTemplate())
                              .replace(QLatin1String("\r\n"), QLatin1String("\n")));

        const QString templateFile = m_dir.filePath(QStringLiteral("template-%1.csv").arg(language));
        QVERIFY(dialog.saveTemplate(templateFile).ok());
        QFile written(templateFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), LedgerService::invoiceTemplate());
        QVERIFY(!dialog.saveTemplate(m_dir.filePath(QStringLiteral("no/such/dir/t.csv"))).ok());

        // Four problems on two rows.
        QString note;
        whenDialogShows<ImportErrorsDialog>([&](ImportErrorsDialog* d) {
            note = d->findChild<QLabel*>(QStringLiteral("importErrorsNote"))->text();
            d->grab().save(QStringLiteral("/tmp/shots/input-import-errors-%1.png").arg(language));
            d->reject();
        });
        QSignalSpy finished(&dialog, &InvoiceImportDialog::importFinished);
        dialog.start(writeCsv("four.csv", "invoice,documentType,invoiceDate,omlpType,units,kpiValue,revenue\n"
                                          "F-1,quote,2027-13-45,x,0,1,1\n"
                                          "F-2,invoice,2021-01-01,x,1,1,1\n"
                                          "F-3,invoice,2021-01-01,x,1,abc,1\n"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog.summary()->problems(), 4);
        QCOMPARE(dialog.summary()->badRows, 2);
        const QString expected = language == QLatin1String("it")
                                     ? QStringLiteral("Il file ha 4 problemi su 2 righe.")
                                     : QStringLiteral("The file has 4 problems on 2 rows.");
        QVERIFY2(note.startsWith(expected), qPrintable(note));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(expected));
        dialog.grab().save(QStringLiteral("/tmp/shots/input-import-refused-%1.png").arg(language));

        // A wrong header names every missing column and the unknown ones at once.
        dialog.start(
            writeCsv("header.csv",
                     "Invoce,documentType,invoiceDate,omlpType,unit,revenue\nI,invoice,2021-01-01,x,1,1\n"));
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.failure());
        const QString said = dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text();
        for (const char* name : {"\"invoice\"", "\"units\"", "\"kpiValue\"", "\"Invoce\"", "\"unit\""})
            QVERIFY2(said.contains(QLatin1String(name)), qPrintable(said));
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestLedger)
#include "tst_ledger.moc"
