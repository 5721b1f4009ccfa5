// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Issue 21, "input is refused, never rewritten": the first-run and profile forms take what is typed as
// it is typed (QTest::keyClicks), refuse what they cannot take with every problem listed at once and
// each field marked, and save nothing until all is right; dates in the language's short form or ISO,
// impossible ones refused; the anniversary starts empty. In English and Italian.
#include "guitest.h"
#include "i18n/translations.h"
#include "overview/profiledialog.h"
#include "services/accountservice.h"
#include "services/partnerservice.h"
#include "shell/firstrundialog.h"
#include "storage/database.h"
#include "storage/partnerrepository.h"
#include "widgets/datefield.h"
#include "widgets/formhelpers.h"
#include "widgets/localedateedit.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lp;

namespace {

QLineEdit* edit(QWidget* parent, const char* name)
{
    return parent->findChild<QLineEdit*>(QLatin1String(name));
}

void type(QWidget* parent, const char* name, const QString& text)
{
    QLineEdit* e = edit(parent, name);
    QVERIFY2(e, name);
    e->clear();
    QTest::keyClicks(e, text);
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void datesAsTypedOrNone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        const QDate none;
        QTest::newRow("ISO") << "en"
                             << "2021-03-20" << QDate(2021, 3, 20);
        QTest::newRow("ISO, it") << "it"
                                 << "2021-03-20" << QDate(2021, 3, 20);
        QTest::newRow("Italian short form") << "it"
                                            << "20/03/2021" << QDate(2021, 3, 20);
        QTest::newRow("Italian, two-digit year") << "it"
                                                 << "20/03/21" << QDate(2021, 3, 20);
        QTest::newRow("impossible month and day") << "en"
                                                  << "2027-13-45" << none;
        QTest::newRow("no 29 February") << "en"
                                        << "2021-02-29" << none;
        QTest::newRow("Italian impossible") << "it"
                                            << "31/04/2021" << none;
        QTest::newRow("letters") << "en"
                                 << "tomorrow" << none;
        QTest::newRow("trailing letters") << "en"
                                          << "2021-03-20x" << none;
        QTest::newRow("empty") << "en"
                               << "" << none;
    }

    void datesAsTypedOrNone()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        Translations::install(language);
        DateField field;
        QVERIFY(field.text().isEmpty()); // no date by default: today is not everyone's answer
        QTest::keyClicks(&field, typed);
        QCOMPARE(field.text(), typed); // as typed, never rewritten
        QCOMPARE(field.date(), date);
        // The language's own short form is read back as it writes it.
        QCOMPARE(DateField::parse(QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat)),
                 QDate(2026, 11, 27));
    }

    // The date fields of filters and dialogs show the chosen language's short form with four
    // digits of year, take it typed, and follow a language switch while open.
    void dateEditsSpeakTheLanguage()
    {
        Translations::install(QStringLiteral("en"));
        QWidget parent;
        QDateEdit* edit = form::dateEdit(&parent, QDate(2026, 12, 2), "on");
        QDateEdit* bound = form::boundDateEdit(&parent, "from");
        QCOMPARE(edit->text(), QStringLiteral("12/2/2026"));
        QCOMPARE(bound->text(), QStringLiteral("1/1/2000"));
        // The desk's widgets hear of a language switch from posted LanguageChange events.
        const auto switchTo = [](const char* language) {
            Translations::install(QLatin1String(language));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        };
        switchTo("it");
        QCOMPARE(edit->text(), QStringLiteral("02/12/2026"));
        QCOMPARE(bound->text(), QStringLiteral("01/01/2000"));
        QCOMPARE(edit->calendarWidget()->locale().language(), QLocale::Italian);
        // Typed as a keyboard user does: Tab into the field (its first section selected), then the digits
        // of day, month and year (each full section moves on to the next).
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(edit, QStringLiteral("20032021"));
        QCOMPARE(edit->date(), QDate(2021, 3, 20));
        switchTo("en");
        QCOMPARE(edit->text(), QStringLiteral("3/20/2021"));
        QCOMPARE(edit->date(), QDate(2021, 3, 20));
    }

    void firstRunListsEveryProblemAtOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("it") << "it";
    }

    void firstRunListsEveryProblemAtOnce()
    {
        QFETCH(QString, language);
        Translations::install(language);
        auto db = Database::open(m_dir.filePath(QStringLiteral("first-%1.sqlite").arg(language)));
        QVERIFY(db.ok());
        AccountService accounts(*db.value(), PasswordHasher::Strength::Minimal);
        FirstRunDialog d(accounts);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(edit(&d, "anniversary")->text().isEmpty()); // not today

        // Four problems at once: letters in the MPN ID, no name, an impossible date, passwords apart.
        type(&d, "mpnId", QStringLiteral("abc12"));
        type(&d, "anniversary", QStringLiteral("2027-13-45"));
        type(&d, "userName", QStringLiteral("giulia"));
        type(&d, "password", QStringLiteral("a long passphrase"));
        type(&d, "confirmPassword", QStringLiteral("another passphrase"));
        lp::test::accept(&d);
        QCOMPARE(d.result(), int(QDialog::Rejected)); // still open
        auto* error = d.findChild<QLabel*>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        const QStringList lines = error->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        const bool it = language == QLatin1String("it");
        QVERIFY2(lines[0].startsWith(it ? QStringLiteral("ID MPN: ") : QStringLiteral("MPN ID: ")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[2].contains(QLatin1String("2027-13-45")), qPrintable(lines[2]));
        for (const char* name : {"mpnId", "partnerName", "anniversary", "confirmPassword"})
            QVERIFY2(form::isMarkedInvalid(edit(&d, name)), name);
        QVERIFY(!form::isMarkedInvalid(edit(&d, "userName")));
        QCOMPARE(edit(&d, "mpnId")->text(), QStringLiteral("abc12")); // refused, not rewritten to 12
        QCOMPARE(edit(&d, "anniversary")->text(), QStringLiteral("2027-13-45"));
        QVERIFY(edit(&d, "mpnId")->hasFocus());                           // the first problem
        QVERIFY(PartnerRepository(*db.value()).list().value().isEmpty()); // nothing saved
        d.grab().save(QStringLiteral("/tmp/shots/input-firstrun-errors-%1.png").arg(language));

        // Thirteen digits are one too many; typing into a marked field unmarks it.
        type(&d, "mpnId", QStringLiteral("1234567890123"));
        QVERIFY(!form::isMarkedInvalid(edit(&d, "mpnId")));
        type(&d, "partnerName", QStringLiteral("Contoso Learning"));
        // The anniversary in the language's own short form.
        const QString anniversary = QLocale().toString(QDate(2021, 5, 1), QLocale::ShortFormat);
        type(&d, "anniversary", anniversary);
        type(&d, "confirmPassword", QStringLiteral("a long passphrase"));
        lp::test::accept(&d);
        QCOMPARE(error->text().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(error->text().contains(QLatin1String("12")));
        QVERIFY(form::isMarkedInvalid(edit(&d, "mpnId")));

        type(&d, "mpnId", QStringLiteral("4412345"));
        lp::test::accept(&d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const auto partners = PartnerRepository(*db.value()).list().value();
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().mpnId, QStringLiteral("4412345"));
        QCOMPARE(partners.first().anniversary, QDate(2021, 5, 1));
    }

    void profileRefusesWhatItCannotTake()
    {
        Translations::install(QStringLiteral("en"));
        int saves = 0;
        Partner saved;
        ProfileDialog d({7, QStringLiteral("4412345"), QStringLiteral("Contoso"), QStringLiteral("IT"),
                         QDate(2021, 5, 1)},
                        [&](const Partner& p) {
                            ++saves;
                            saved = p;
                            return Status();
                        });
        d.show();
        QCOMPARE(edit(&d, "anniversary")->text(), QStringLiteral("2021-05-01"));
        type(&d, "mpnId", QStringLiteral("44x2"));
        type(&d, "anniversary", QStringLiteral("2021-02-30"));
        d.accept();
        QCOMPARE(saves, 0);
        const QString said = d.findChild<QLabel*>(QStringLiteral("error"))->text();
        QCOMPARE(said.split(QLatin1Char('\n')).size(), 2);
        QVERIFY(form::isMarkedInvalid(edit(&d, "mpnId")));
        QVERIFY(form::isMarkedInvalid(edit(&d, "anniversary")));
        type(&d, "mpnId", QStringLiteral("4412346"));
        type(&d, "anniversary", QStringLiteral("2021-03-01"));
        d.accept();
        QCOMPARE(saves, 1);
        QCOMPARE(saved.id, qint64(7));
        QCOMPARE(saved.mpnId, QStringLiteral("4412346"));
        QCOMPARE(saved.anniversary, QDate(2021, 3, 1));
    }
};

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
