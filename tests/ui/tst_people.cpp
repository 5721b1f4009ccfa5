// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The People workspace driven through its widgets: adding a trainer through the dialog
// (a refused value is said at its field), the 60-day flag, removal with Delete, and the
// read-only view of a viewer.
#include "guitest.h"
#include "i18n/translations.h"
#include "people/exampassdialog.h"
#include "people/peopleworkspace.h"
#include "people/recordtable.h"
#include "people/trainerdialog.h"
#include "services/accountservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lp;
using lp::test::accept;
using lp::test::whenDialogShows;

namespace {

QStringList column(QTableWidget* t, int c)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r)
        out << t->item(r, c)->text();
    return out;
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_admin;
    Session m_viewer;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("people.sqlite")))).value();
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        m_admin = accounts
                      .createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"),
                                         QDate(2021, 1, 1)},
                                        QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                      .value();
        m_viewer = Session{accounts
                               .addUser(m_admin, {QStringLiteral("viewer"), Role::Viewer, m_admin.partnerId(),
                                                  QStringLiteral("a long passphrase")})
                               .value()};
    }

    void addTrainerThroughTheDialog()
    {
        AppContext context{*m_db, m_admin};
        PeopleWorkspace w(context);
        w.show();
        w.refresh();
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("trainersTable"));
        QCOMPARE(table->rowCount(), 0);

        QString refusal;
        whenDialogShows<TrainerDialog>([&](TrainerDialog* d) {
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("name")),
                             QStringLiteral("Giulia Rossi"));
            accept(d); // no MCT ID yet
            refusal = d->findChild<QLabel*>(QStringLiteral("error"))->text();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("mctId")), QStringLiteral("MCT-1001"));
            d->findChild<QDateEdit*>(QStringLiteral("validTo"))->setDate(QDate::currentDate().addDays(30));
            accept(d);
        });
        QTest::mouseClick(w.findChild<RecordTable*>(QStringLiteral("trainers"))
                              ->findChild<QPushButton*>(QStringLiteral("add")),
                          Qt::LeftButton);
        QCOMPARE(refusal, QStringLiteral("MCT ID: This field is required.")); // the field named (issue 21)
        QCOMPARE(column(table, 1), QStringList{QStringLiteral("MCT-1001")});
        // Ending within 60 days: flagged, and the workspace says how many.
        QCOMPARE(column(table, 4), QStringList{QStringLiteral("Expires in 30 days")});
        QVERIFY(table->item(0, 0)->toolTip().contains(QLatin1String("renew")));
        QVERIFY(w.findChild<RecordTable*>(QStringLiteral("trainers"))
                    ->findChild<QLabel*>()
                    ->text()
                    .contains(QLatin1String("1 MCT")));

        // Delete removes the selected trainer after a confirmation.
        table->setFocus();
        table->selectRow(0);
        whenDialogShows<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(PeopleService(*m_db).trainers(m_admin, m_admin.partnerId()).value().isEmpty());
    }

    // The form dialogs' one skeleton: a refusal is said under the form with the focus on its field,
    // the dialog stays open, and a language switch says the refusal and the buttons again.
    void refusalIsSaidAtItsFieldAndFollowsTheLanguage()
    {
        TrainerDialog d(Trainer{}, [](const Trainer& t) { return PeopleService::validate(t); });
        d.show();
        QTest::keyClicks(d.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Giulia Rossi"));
        d.accept(); // no MCT ID
        auto* error = d.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(d.isVisible());
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("MCT ID: This field is required.")); // the field named
        QVERIFY(form::isMarkedInvalid(d.findChild<QLineEdit*>(QStringLiteral("mctId"))));
        QCOMPARE(d.focusWidget(), d.findChild<QLineEdit*>(QStringLiteral("mctId")));

        Translations::install(QStringLiteral("it")); // the language change reaches the window as an event
        QTRY_VERIFY(!error->text().contains(QLatin1String("This field is required.")));
        QStringList texts;
        for (QAbstractButton* b : d.findChild<QDialogButtonBox*>()->buttons())
            texts << b->text();
        QVERIFY2(texts.contains(QStringLiteral("&Salva")), qPrintable(texts.join(u',')));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(error->text(), QStringLiteral("MCT ID: This field is required."));
    }

    void viewerSeesButCannotChange()
    {
        PeopleService(*m_db).addExamPass(m_admin, m_admin.partnerId(),
                                         {0, QStringLiteral("Marco"), QStringLiteral("PL-300"),
                                          QDate(2021, 1, 5), QStringLiteral("Data Analytics")},
                                         QDate::currentDate());
        AppContext context{*m_db, m_viewer};
        PeopleWorkspace w(context);
        w.show();
        w.refresh();
        auto* exams = w.findChild<RecordTable*>(QStringLiteral("exams"));
        QCOMPARE(column(exams->table(), 1), QStringList{QStringLiteral("PL-300")});
        for (const char* name : {"add", "edit", "remove", "import"})
            QVERIFY(!exams->findChild<QPushButton*>(QLatin1String(name))->isVisibleTo(exams));
        QVERIFY(exams->findChild<QPushButton*>(QStringLiteral("export"))->isVisibleTo(exams));
    }
};

QTEST_MAIN(TestPeople)
#include "tst_people.moc"
#include "widgets/formhelpers.h"
