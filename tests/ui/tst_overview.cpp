// The Overview workspace: the partner admin edits the profile and adds a membership through
// the dialogs (a refusal is said in the dialog); a viewer gets no editing buttons.











                                        QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                          .addUser(m_admin, {QStringLiteral("viewer"), Role::Viewer, m_admin.partnerId(), QStringLiteral("a long passphrase")});
                      .createFirstAdmin({0, QStringLiteral("4412345"), QStringLiteral("Contoso"), QStringLiteral("IT"), QDate(2021, 5, 1)},
                      .value();
            QCOMPARE(d->findChild<QLabel*>(QStringLiteral("error"))->text(), QStringLiteral("This field is required."));
            QTest::keyClicks(name, QStringLiteral("Contoso Learning S.r.l."));
            QVERIFY(!w.findChild<QPushButton*>(QLatin1String(name))->isVisible());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QLatin1String("name")));
            accept(d);
            accept(d);
            accept(d);                // without a competency
            accept(d); // an empty name is refused in place
            auto* name = d->findChild<QLineEdit*>(QStringLiteral("partnerName"));
            auto* type = d->findChild<QComboBox*>(QStringLiteral("type"));
            d->findChild<QComboBox*>(QStringLiteral("competency"))->setCurrentText(QStringLiteral("Data Analytics"));
            name->clear();
            type->setCurrentIndex(1); // silver
        AppContext context{*m_db, m_admin};
        AppContext context{*m_db, session};
        OverviewWorkspace w(context);
        OverviewWorkspace w(context);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Silver competency"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Data Analytics"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("mpnId"))->text(), QStringLiteral("4412345"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("partnerName"))->text(), QStringLiteral("Contoso Learning S.r.l."));
        QStandardPaths::setTestModeEnabled(true);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("addMembership")), Qt::LeftButton);
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("editProfile")), Qt::LeftButton);
        QVERIFY(viewer.ok());
        Session session{viewer.value()};
        Translations::install(QStringLiteral("en"));
        auto viewer = AccountService(*m_db, PasswordHasher::Strength::Minimal)
        auto* table = w.findChild<QTableWidget*>(QStringLiteral("memberships"));
        for (const char* name : {"editProfile", "addMembership", "removeMembership"})
        m_admin = AccountService(*m_db, PasswordHasher::Strength::Minimal)
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("overview.sqlite")))).value();
        w.refresh();
        w.refresh();
        w.show();
        w.show();
        whenDialogShows<MembershipDialog>([](MembershipDialog* d) {
        whenDialogShows<ProfileDialog>([](ProfileDialog* d) {
        });
        });
    QTemporaryDir m_dir;
    Q_OBJECT
    Session m_admin;
    std::unique_ptr<Database> m_db;
    void adminEditsProfileAndMemberships()
    void initTestCase()
    void viewerHasNoEditingButtons()
    {
    {
    {
    }
    }
    }
#include "guitest.h"
#include "i18n/translations.h"
#include "overview/overviewworkspace.h"
#include "overview/profiledialogs.h"
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "storage/database.h"
#include "tst_overview.moc"
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
QTEST_MAIN(TestOverview)
class TestOverview : public QObject
namespace {
private slots:
using lp::test::accept;
using lp::test::whenDialogShows;
using namespace lp;
{
} // namespace
};
