// The audit viewer of Partner Frontline Support: entries newest first, filtering, the
// selected entry's before and after, and the chain check finding a tampered entry.
#include "audit/auditworkspace.h"
#include "i18n/translations.h"
#include "services/accountservice.h"
#include "services/peopleservice.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(QStringLiteral("en"));
    }

    void supportReadsAndVerifiesTheTrail()
    {
        auto db = std::move(Database::open(m_dir.filePath(QStringLiteral("audit.sqlite")))).value();
        AccountService accounts(*db, PasswordHasher::Strength::Minimal);
        Session admin = accounts
                            .createFirstAdmin({0, QStringLiteral("1"), QStringLiteral("P"),
                                               QStringLiteral("IT"), QDate(2021, 1, 1)},
                                              QStringLiteral("admin"), QStringLiteral("a long passphrase"))
                            .value();
        QVERIFY(PeopleService(*db)
                    .addTrainer(admin, admin.partnerId(),
                                {0, QStringLiteral("Giulia"), QStringLiteral("MCT-1"), {}, QDate(2030, 1, 1)})
                    .ok());
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
        // partner.add, user.add (admin), trainer.add, user.add (support): newest first.
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->model()->index(0, 4).data().toString(), QStringLiteral("user.add"));
        QTest::keyClicks(w.findChild<QLineEdit*>(QStringLiteral("auditFilter")), QStringLiteral("trainer"));
        QCOMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(w.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"))
                    ->toPlainText()
                    .contains(QLatin1String("MCT-1")));

        auto* verify = w.findChild<QPushButton*>(QStringLiteral("verifyChain"));
        auto* result = w.findChild<QLabel*>(QStringLiteral("verifyResult"));
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(result->text(), QStringLiteral("The chain is intact: 4 entries checked."));
        QVERIFY(
            db->exec(QStringLiteral("UPDATE audit_log SET user_name = 'someone else' WHERE id = 3")).ok());
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(result->text(),
                 QStringLiteral("The chain is broken: Audit entry 3 was changed after it was written."));

        // A partner admin is refused by the core, whatever the UI shows.
        AppContext partnerContext{*db, admin};
        AuditWorkspace refused(partnerContext);
        refused.refresh();
        QCOMPARE(refused.findChild<QTableView*>(QStringLiteral("auditEntries"))->model()->rowCount(), 0);
        QVERIFY(refused.findChild<QLabel*>(QStringLiteral("verifyResult"))
                    ->text()
                    .contains(QLatin1String("does not allow")));
    }
};

QTEST_MAIN(TestAudit)
#include "tst_audit.moc"
