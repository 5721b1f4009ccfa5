// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Two tasks done with the keyboard alone, from the main window as a partner admin signs in to
// it: the Action Pack enrollment from the wizard's start page to Submit, and a KPI discrepancy
// case filed with its invoice attached through the file dialog. Every key goes to the widget
// that has the focus (or, for a shortcut, to the active window), as a keyboard user's would;
// no click, no setFocus(), no slot called. The keys are printed as the walk goes
// (docs/architecture.md#keyboard-and-screen-readers).
#include "cases/casedialog.h"
#include "cases/casesworkspace.h"
#include "enroll/enrollmentpageid.h"
#include "enroll/enrollmentwizard.h"
#include "enroll/enrollmentworkspace.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "services/caseservice.h"
#include "services/enrollmentservice.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "storage/purchaserepository.h"
#include "storage/trainerrepository.h"
#include "testaccounts.h"
#include "widgets/palettes.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lp;

namespace {

const QDate kToday = QDate::currentDate();

QString keyName(Qt::Key key, Qt::KeyboardModifiers mods)
{
    return QKeySequence(QKeyCombination(mods, key)).toString(QKeySequence::NativeText);
}

// What a screen reader says of the widget: its accessible name (QAccessible), else its object name.
QString nameOf(QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    if (QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w)) {
        if (const QString name = a->text(QAccessible::Name); !name.isEmpty())
            return QString(name).remove(QLatin1Char('&'));
    }
    return w->objectName();
}

// WCAG 2's contrast ratio of two colours, from their relative luminance.
double contrastRatio(QRgb a, QRgb b)
{
    auto luminance = [](QRgb c) {
        auto channel = [](int v) {
            const double c = v / 255.0;
            return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// How many pixels of the two pictures of the same place differ by at least 3:1 (what WCAG 2.2 asks
// of a focus indicator against the unfocused look).
int pixelsChangedVisibly(const QImage& focused, const QImage& unfocused)
{
    int n = 0;
    for (int y = 0; y < std::min(focused.height(), unfocused.height()); ++y)
        for (int x = 0; x < std::min(focused.width(), unfocused.width()); ++x)
            n += contrastRatio(focused.pixel(x, y), unfocused.pixel(x, y)) >= 3.0 ? 1 : 0;
    return n;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestAccounts m_accounts;
    QString m_invoiceImage;
    int m_run = 0;
    QStringList m_walk; // the keys pressed, in order, with where the focus went

    static QWidget* target()
    {
        if (QWidget* f = QApplication::focusWidget())
            return f;
        return QApplication::activeWindow();
    }

    // One key press, to whatever has the focus (false: nothing has it, nothing is active).
    [[nodiscard]] bool press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget* to = target();
        if (!to) {
            m_walk << QStringLiteral("%1: nothing has the focus").arg(keyName(key, mods));
            return false;
        }
        // Written down before the key goes: a key that opens a modal dialog returns when it closes.
        const qsizetype entry = m_walk.size();
        m_walk << keyName(key, mods);
        QTest::keyClick(to, key, mods);
        QApplication::processEvents();
        // A mnemonic presses its button the way Qt shows it (QAbstractButton::animateClick): the
        // button stays down a tenth of a second, then clicks.
        if (mods & Qt::AltModifier) {
            auto down = [] {
                const QWidget* window = QApplication::activeWindow();
                const auto buttons =
                    window ? window->findChildren<QAbstractButton*>() : QList<QAbstractButton*>();
                return std::any_of(buttons.cbegin(), buttons.cend(),
                                   [](QAbstractButton* b) { return b->isDown(); });
            };
            if (!QTest::qWaitFor([&] { return !down(); }, 2000))
                return false;
        }
        QWidget* focus = QApplication::focusWidget();
        m_walk[entry] += QStringLiteral(" -> ") + nameOf(focus);
        // The focus on a control nobody sees in a window still open: the next key would act on it
        // unseen. (A window just closed keeps its focus widget on the offscreen platform.)
        if (focus && !focus->isVisible() && focus->window()->isVisible()) {
            m_walk[entry] += QStringLiteral(" (hidden: %1)").arg(focus->objectName());
            return false;
        }
        return true;
    }

    // Text typed into the focused field.
    [[nodiscard]] bool type(const QString& text)
    {
        QWidget* to = target();
        if (!to)
            return false;
        QTest::keyClicks(to, text);
        m_walk << QStringLiteral("type \"%1\" into %2").arg(text, nameOf(to));
        return true;
    }

    // Tab (forward) until `objectName` has the focus; fails after a whole turn of the chain.
    bool tabTo(const QString& objectName, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        int presses = 0;
        while (!QApplication::focusWidget() || QApplication::focusWidget()->objectName() != objectName) {
            if (++presses > 60)
                return false;
            QWidget* to = target();
            if (!to)
                return false;
            QTest::keyClick(to, Qt::Key_Tab, mods);
            QApplication::processEvents();
        }
        m_walk << QStringLiteral("%1 x%2 -> %3")
                      .arg(keyName(Qt::Key_Tab, mods))
                      .arg(presses)
                      .arg(nameOf(QApplication::focusWidget()));
        return true;
    }

    // The key of the mnemonic in `text` ("&Next >": Alt+N; "&Avanti >": Alt+A), pressed.
    [[nodiscard]] bool pressMnemonic(const QString& text)
    {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (mnemonic.isEmpty()) {
            m_walk << QStringLiteral("\"%1\" has no mnemonic").arg(text);
            return false;
        }
        return press(mnemonic[0].key(), mnemonic[0].keyboardModifiers());
    }

    // The window shown and made the active one, as the window manager does when it opens.
    [[nodiscard]] static bool showActive(QWidget& window)
    {
        window.resize(1100, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowActive(&window);
    }

    int workspaceIndex(MainWindow& window, const QMetaObject& kind)
    {
        for (int i = 0; i < window.workspaces().size(); ++i) {
            if (window.workspaces().at(i)->metaObject()->inherits(&kind))
                return i;
        }
        return -1;
    }

    // Ctrl+N shows the N-th workspace; its main control has the focus.
    [[nodiscard]] bool goToWorkspace(MainWindow& window, const QMetaObject& kind)
    {
        const int index = workspaceIndex(window, kind);
        return index >= 0 && index < 9 && press(Qt::Key(Qt::Key_1 + index), Qt::ControlModifier) &&
               window.workspaces().at(index)->isVisible();
    }

    void printWalk(const char* title)
    {
        qInfo().noquote() << title;
        for (int i = 0; i < m_walk.size(); ++i)
            qInfo().noquote() << QStringLiteral("  %1. %2").arg(i + 1).arg(m_walk[i]);
        m_walk.clear();
    }

    // Each walk in English and in Italian (the keys follow the mnemonics each language shows).
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QImage scan(120, 80, QImage::Format_RGB32);
        scan.fill(Qt::white);
        m_invoiceImage = m_dir.filePath(QStringLiteral("invoice-0042.png"));
        QVERIFY(scan.save(m_invoiceImage));
    }

    // Each walk in each language on a database of its own: an enrollment is submitted once, and
    // an invoice with an open case takes no second one.
    void init()
    {
        m_db.reset();
        m_db =
            std::move(Database::open(m_dir.filePath(QStringLiteral("walk%1.sqlite").arg(++m_run)))).value();
        m_accounts = TestAccounts::create(*m_db);
        const qint64 pid = m_accounts.admin.partnerId();
        // The Action Pack needs one active Microsoft Certified Trainer.
        QVERIFY(TrainerRepository(*m_db).insert(
            pid, {0, QStringLiteral("Anna Bianchi"), QStringLiteral("MCT-1001"), {}, kToday.addMonths(8)}));
        Purchase p;
        p.invoice = QStringLiteral("INV-2026-0042");
        p.invoiceDate = kToday.addMonths(-2);
        p.omlpType = QStringLiteral("MOC On-Demand");
        p.units = 4;
        p.kpiValue = 4;
        p.revenueCents = 48000;
        p.currency = QStringLiteral("EUR");
        p.competency = QStringLiteral("Data Analytics");
        QVERIFY(PurchaseRepository(*m_db).insert(pid, p));
        m_walk.clear();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && !m_walk.isEmpty())
            printWalk("The walk stopped after:");
        Translations::install(QStringLiteral("en"));
    }

    void enrollmentStartToSubmit_data() { languages(); }
    // The Enrollment workspace by Ctrl+N, "Start an enrollment" by Space, the Action Pack chosen
    // with the arrow keys, each step's box ticked with Space, Alt+N on and Alt+S to Submit.
    void enrollmentStartToSubmit()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        MainWindow window(*m_db, m_accounts.admin);
        QVERIFY(showActive(window));
        QVERIFY(goToWorkspace(window, EnrollmentWorkspace::staticMetaObject));
        // The main control of the workspace is its first stop: the button that starts an enrollment.
        QWidget* start = QApplication::focusWidget();
        QVERIFY(start);
        QCOMPARE(start->objectName(), QStringLiteral("newEnrollment"));

        bool walked = false;
        test::whenDialogShows<EnrollmentWizard>([&](EnrollmentWizard* w) {
            // Whatever happens, the wizard closes: a failed step must not leave the test waiting.
            auto close = qScopeGuard([w] {
                if (w->isVisible())
                    static_cast<QDialog*>(w)->done(QDialog::Rejected);
            });
            QVERIFY(QTest::qWaitForWindowActive(w));
            QCOMPARE(w->currentId(), int(EnrollmentPageId::Start));
            // The path group is one stop: Tab reaches it, the arrows choose inside it.
            auto* actionPack = w->findChild<QRadioButton*>(QStringLiteral("path_actionPack"));
            QVERIFY(actionPack);
            QWidget* group = nullptr;
            for (int i = 0; i < 40 && !group; ++i) {
                if (qobject_cast<QRadioButton*>(QApplication::focusWidget()))
                    group = QApplication::focusWidget();
                else
                    QVERIFY(press(Qt::Key_Tab));
            }
            QVERIFY2(group, "Tab never reached the path choice");
            for (int i = 0; i < 6 && !actionPack->isChecked(); ++i)
                QVERIFY(press(Qt::Key_Down));
            QVERIFY2(actionPack->isChecked(), "the arrow keys do not choose the Action Pack");
            QVERIFY(pressMnemonic(w->buttonText(QWizard::NextButton)));
            QTRY_COMPARE(w->currentId(), int(EnrollmentPageId::ActionPackTrainers));
            QVERIFY(pressMnemonic(w->buttonText(QWizard::NextButton)));
            QTRY_COMPARE(w->currentId(), int(EnrollmentPageId::ActionPackSubscription));
            QVERIFY(tabTo(QStringLiteral("subscribed")));
            QVERIFY(press(Qt::Key_Space));
            QVERIFY(w->currentPage()->findChild<QCheckBox*>(QStringLiteral("subscribed"))->isChecked());
            QVERIFY(pressMnemonic(w->buttonText(QWizard::NextButton)));
            QTRY_COMPARE(w->currentId(), int(EnrollmentPageId::ActionPackProfile));
            QVERIFY(tabTo(QStringLiteral("profileRequested")));
            QVERIFY(press(Qt::Key_Space));
            QVERIFY(pressMnemonic(w->buttonText(QWizard::NextButton)));
            QTRY_COMPARE(w->currentId(), int(EnrollmentPageId::Summary));
            QVERIFY(pressMnemonic(w->buttonText(QWizard::FinishButton)));
            QTRY_VERIFY(w->submitted().has_value());
            walked = true;
        });
        QVERIFY(press(Qt::Key_Space)); // opens the wizard, modal, until it closes
        QVERIFY2(walked, "the walk through the wizard stopped");
        printWalk("Enrollment, start to Submit:");

        const auto stored =
            EnrollmentService(*m_db).enrollments(m_accounts.admin, m_accounts.admin.partnerId());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 1);
        QVERIFY(stored.value().first().path == Path::ActionPack);
        QVERIFY(stored.value().first().status == EnrollmentStatus::Submitted);
    }

    // The Cases workspace by Ctrl+N, "File a case" by Space, the seven fields by their mnemonics,
    // the invoice attached by typing its path in the file dialog, File case by Alt+F.
    void fileACase_data() { languages(); }
    void fileACase()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(language));
        MainWindow window(*m_db, m_accounts.admin);
        QVERIFY(showActive(window));
        QVERIFY(goToWorkspace(window, CasesWorkspace::staticMetaObject));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("newCase"));

        bool walked = false;
        test::whenDialogShows<CaseDialog>([&](CaseDialog* d) {
            auto close = qScopeGuard([d] {
                if (d->isVisible())
                    d->done(QDialog::Rejected);
            });
            QVERIFY(QTest::qWaitForWindowActive(d));
            auto* monthField = d->findChild<QComboBox*>(QStringLiteral("month"));
            QLabel* monthLabel = nullptr;
            for (QLabel* l : d->findChildren<QLabel*>())
                monthLabel = l->buddy() == monthField ? l : monthLabel;
            QVERIFY(monthLabel);
            QVERIFY(pressMnemonic(monthLabel->text()));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("month"));
            const QString month = QLocale().monthName(kToday.addMonths(-2).month());
            QVERIFY(type(month));
            QCOMPARE(monthField->currentText(), month);
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("year"));
            QVERIFY(type(QString::number(kToday.addMonths(-2).year())));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("omlpType"));
            QVERIFY(type(QStringLiteral("MOC On-Demand")));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("purchaseUnit"));
            QVERIFY(type(QStringLiteral("4")));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("invoiceNumber"));
            QVERIFY(type(QStringLiteral("INV-2026-0042")));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("kpiValue"));
            QVERIFY(type(QStringLiteral("6")));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("revenueValue"));
            QVERIFY(type(QStringLiteral("480")));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("evidenceType"));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("attachEvidence"));

            // The file dialog: the path typed into its file name field, Enter.
            bool attached = false;
            test::whenDialogShows<QFileDialog>([&](QFileDialog* f) {
                auto close = qScopeGuard([f] {
                    if (f->isVisible())
                        f->reject();
                });
                QVERIFY(QTest::qWaitForWindowActive(f));
                // It opens with the focus on its file name field.
                QTRY_VERIFY2(f->isAncestorOf(QApplication::focusWidget()), "the file dialog has no focus");
                QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
                QVERIFY(type(m_invoiceImage));
                QVERIFY(press(Qt::Key_Return));
                attached = !f->isVisible();
            });
            QVERIFY(press(Qt::Key_Space));
            QVERIFY2(attached, "the file dialog did not take the typed path");
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("evidenceName"))
                        ->text()
                        .contains(QLatin1String("invoice-0042.png")));
            // A window manager gives the case form back its activation when the file dialog closes;
            // the offscreen platform has none, so the test does what it would. The focus is where it was.
            QApplication::setActiveWindow(d);
            QVERIFY(QTest::qWaitForWindowActive(d));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("attachEvidence"));
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("description"));
            QVERIFY(type(QStringLiteral("The invoice says 6 KPIs; the ledger counted 4.")));
            QVERIFY(pressMnemonic(d->findChild<QPushButton*>(QStringLiteral("fileCase"))->text()));
            QTRY_VERIFY2(d->filed(), qPrintable(d->findChild<QLabel*>(QStringLiteral("fileError"))->text()));
            walked = true;
        });
        QVERIFY(press(Qt::Key_Space));
        QVERIFY2(walked, "the walk through the case form stopped");
        printWalk("A KPI discrepancy case, filed:");

        const auto cases = CaseService(*m_db).casesForPartner(m_accounts.admin, m_accounts.admin.partnerId());
        QVERIFY(cases.ok());
        QCOMPARE(cases.value().size(), 1);
        QCOMPARE(cases.value().first().invoiceNumber, QStringLiteral("INV-2026-0042"));
    }

    // On the dark and high-contrast palettes, every stop of the case form shows where the focus is: the
    // picture of a control with the focus and without it differ by 3:1 over more pixels than a text cursor
    // covers (an outline or a frame). LP_SCREENSHOT_DIR keeps the pictures of the focused stops.
    void focusIsVisible_data()
    {
        QTest::addColumn<QString>("name");
        // The system palette keeps the desktop's own style and its way of showing the focus.
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("high-contrast") << QStringLiteral("high-contrast");
    }

    void focusIsVisible()
    {
        QFETCH(QString, name);
        const QPalette before = QApplication::palette();
        const QString style = QApplication::style()->name();
        auto restore = qScopeGuard([&] {
            qApp->setStyleSheet(QString());
            QApplication::setStyle(style);
            QApplication::setPalette(before);
        });
        QVERIFY(ui::applyPalette(name));
        AppContext context{*m_db, m_accounts.admin};
        CaseDialog d(context, m_accounts.admin.partnerId(), kToday);
        d.show();
        QApplication::setActiveWindow(&d);
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QStringList faint;
        QList<QWidget*> seen;
        QVERIFY(press(Qt::Key_Tab)); // the focus moved by the keyboard: styles draw the focus then
        const QString shots = qEnvironmentVariable("LP_SCREENSHOT_DIR");
        while (QWidget* w = QApplication::focusWidget()) {
            if (seen.contains(w) || seen.size() > 40)
                break;
            seen << w;
            const QRect place = QRect(w->mapTo(&d, QPoint(0, 0)), w->size()).adjusted(-4, -4, 4, 4);
            const QImage focused = d.grab(place).toImage();
            if (!shots.isEmpty())
                d.grab().save(QStringLiteral("%1/focus-%2-%3.png").arg(shots, name, w->objectName()));
            QVERIFY(press(Qt::Key_Tab));
            const QImage unfocused = d.grab(place).toImage();
            const int changed = pixelsChangedVisibly(focused, unfocused);
            // A text cursor is one pixel wide and a line high; an outline goes round the control.
            const int cursor = 2 * w->fontMetrics().height();
            if (changed <= cursor)
                faint << QStringLiteral("%1 (%2): %3 pixels change by 3:1")
                             .arg(nameOf(w), QString::fromLatin1(w->metaObject()->className()))
                             .arg(changed);
        }
        QVERIFY2(seen.size() >= 10, "the Tab chain of the case form is shorter than its fields");
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1String("; "))));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
