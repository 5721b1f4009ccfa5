// The People workspace driven through its widgets: adding a trainer through the dialog
// (a refused value is said at its field), the 60-day flag, removal with Delete, and the
// read-only view of a viewer.













                                                      QStringLiteral("a long passphrase")})
                                            QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                                         QDate::currentDate());
                                         {0, QStringLiteral("Marco"), QStringLiteral("PL-300"), QDate(2021, 1, 5), QStringLiteral("Data Analytics")},
                               .value()};
                          Qt::LeftButton);
                      .value();
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("mctId")), QStringLiteral("MCT-1001"));
            QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Giulia Rossi"));
            QVERIFY(!exams->findChild<QPushButton*>(QLatin1String(name))->isVisibleTo(exams));
            accept(d);
            accept(d); // no MCT ID yet
            d->findChild<QDateEdit*>(QStringLiteral("validTo"))->setDate(QDate::currentDate().addDays(30));
            refusal = d->findChild<QLabel*>(QStringLiteral("error"))->text();
        // Delete removes the selected trainer after a confirmation.
        // Ending within 60 days: flagged, and the workspace says how many.
        AccountService accounts(*m_db, PasswordHasher::Strength::Minimal);
        AppContext context{*m_db, m_admin};
        AppContext context{*m_db, m_viewer};
        PeopleService(*m_db).addExamPass(m_admin, m_admin.partnerId(),
        PeopleWorkspace w(context);
        PeopleWorkspace w(context);
        QCOMPARE(column(exams->table(), 1), QStringList{QStringLiteral("PL-300")});
        QCOMPARE(column(table, 1), QStringList{QStringLiteral("MCT-1001")});
        QCOMPARE(column(table, 4), QStringList{QStringLiteral("Expires in 30 days")});
        QCOMPARE(refusal, QStringLiteral("This field is required."));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(table->rowCount(), 0);
        QStandardPaths::setTestModeEnabled(true);
        QString refusal;
        QTest::keyClick(table, Qt::Key_Delete);
        QTest::mouseClick(w.findChild<RecordTable*>(QStringLiteral("trainers"))->findChild<QPushButton*>(QStringLiteral("add")),
        QVERIFY(PeopleService(*m_db).trainers(m_admin, m_admin.partnerId()).value().isEmpty());
        QVERIFY(exams->findChild<QPushButton*>(QStringLiteral("export"))->isVisibleTo(exams));
        QVERIFY(table->item(0, 0)->toolTip().contains(QLatin1String("renew")));
        QVERIFY(w.findChild<RecordTable*>(QStringLiteral("trainers"))->findChild<QLabel*>()->text().contains(QLatin1String("1 MCT")));
        Translations::install(QStringLiteral("en"));
        auto* exams = w.findChild<RecordTable*>(QStringLiteral("exams"));
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("trainersTable"));
        for (const char* name : {"add", "edit", "remove", "import"})
        m_admin = accounts.createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"), QStringLiteral("IT"), QDate(2021, 1, 1)},
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("people.sqlite")))).value();
        m_viewer = Session{accounts.addUser(m_admin, {QStringLiteral("viewer"), Role::Viewer, m_admin.partnerId(),
        out << t->item(r, c)->text();
        table->selectRow(0);
        table->setFocus();
        w.refresh();
        w.refresh();
        w.show();
        w.show();
        whenDialogShows<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        whenDialogShows<TrainerDialog>([&](TrainerDialog* d) {
        });
    QStringList out;
    QTemporaryDir m_dir;
    Q_OBJECT
    Session m_admin;
    Session m_viewer;
    for (int r = 0; r < t->rowCount(); ++r)
    return out;
    std::unique_ptr<Database> m_db;
    void addTrainerThroughTheDialog()
    void initTestCase()
    void viewerSeesButCannotChange()
    {
    {
    {
    }
    }
    }
#include "guitest.h"
#include "i18n/translations.h"
#include "people/peopleworkspace.h"
#include "people/persondialogs.h"
#include "people/recordtable.h"
#include "services/accountservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "tst_people.moc"
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
QStringList column(QTableWidget* t, int c)
QTEST_MAIN(TestPeople)
class TestPeople : public QObject
namespace {
private slots:
using lp::test::accept;
using lp::test::whenDialogShows;
using namespace lp;
{
{
}
} // namespace
};
