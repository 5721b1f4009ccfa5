// Two tasks done with the keyboard alone, as a person who cannot use a mouse does them: an
// enrollment from the start page to Submit, and a KPI discrepancy case from the empty form to File
// case. Every key is pressed with QTest on the widget that has the focus (Tab, Shift+Tab, the
// arrows, Space, typing, Alt+mnemonic), never a click; the keys used are printed, in order.
// docs/architecture.md#keyboard-and-screen-readers
#include "a11yaudit.h"
#include "cases/casedialog.h"
#include "enroll/enrollmentwizard.h"
#include "guitest.h"
#include "screentour.h"
#include "services/caseservice.h"
#include "storage/purchaserepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QKeySequence>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWizard>

using namespace lp;

namespace {

// Presses keys on whatever has the focus and remembers them ("Tab x3", "Space", "Alt+N").
class Keyboard
{
public:
    explicit Keyboard(QWidget* window) : m_window(window) {}

    QWidget* focus() const { return QApplication::focusWidget(); }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = focus() ? focus() : m_window;
        QTest::keyClick(target, key, modifiers);
        note(QKeySequence(QKeyCombination(modifiers, key)).toString(QKeySequence::NativeText));
    }

    void type(const QString& text)
    {
        QTest::keyClicks(focus(), text);
        m_keys << QStringLiteral("type \"%1\"").arg(text);
        m_last.clear();
    }

    // Tab until `target` has the focus; false when it never comes.
    bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 80 && focus() != target; ++i)
            press(Qt::Key_Tab);
        return focus() == target;
    }

    QStringList keys() const { return m_keys; }

private:
    // Repeats of one key are counted: "Tab x4".
    void note(const QString& key)
    {
        if (key == m_last && !m_keys.isEmpty()) {
            ++m_count;
            m_keys.last() = QStringLiteral("%1 x%2").arg(key).arg(m_count);
            return;
        }
        m_last = key;
        m_count = 1;
        m_keys << key;
    }

    QWidget* m_window;
    QStringList m_keys;
    QString m_last;
    int m_count = 0;
};

bool activate(QWidget* window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

template <typename T> T* named(QWidget* w, const char* name)
{
    for (T* c : w->findChildren<T*>(QLatin1String(name)))
        if (c->isVisible())
            return c;
    return nullptr;
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
    }

    // The Learning Action Pack from the start page to Submit.
    void enrollmentByKeyboard()
    {
        test::ScreenTour tour;
        AppContext context{tour.db(), tour.admin()};
        EnrollmentWizard w(context, tour.admin().partnerId(), QDate::currentDate());
        QVERIFY(activate(&w));
        Keyboard keys(&w);
        if (!keys.focus())
            keys.press(Qt::Key_Tab);

        // The path: Tab to the radio group (one stop), the arrow keys up to the Action Pack.
        auto* actionPack = named<QRadioButton>(&w, "path_actionPack");
        QAbstractButton* checked = actionPack->group() ? actionPack->group()->checkedButton() : actionPack;
        QVERIFY(checked);
        QVERIFY2(keys.tabTo(checked), qPrintable(keys.keys().join(QLatin1String(", "))));
        for (int i = 0; i < 3 && !actionPack->isChecked(); ++i)
            keys.press(Qt::Key_Up);
        QVERIFY(actionPack->isChecked());
        QCOMPARE(keys.focus(), static_cast<QWidget*>(actionPack));
        keys.press(Qt::Key_N, Qt::AltModifier); // Next
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackTrainers));
        keys.press(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(w.currentId(), int(EnrollmentPageId::ActionPackSubscription));

        // Each step: Tab to its checkbox, Space ticks it; its date stays today.
        for (const char* step : {"subscribed", "profileRequested"}) {
            auto* box = named<QCheckBox>(w.currentPage(), step);
            QVERIFY2(box, step);
            QVERIFY2(keys.tabTo(box), step);
            keys.press(Qt::Key_Space);
            QVERIFY2(box->isChecked(), step);
            // Said to screen readers as an alert: the role they announce, the line's text as its name.
            auto* met = named<QLabel>(w.currentPage(), "requirementMet");
            QVERIFY2(met && !met->text().isEmpty(), step);
            QAccessibleInterface* said = QAccessible::queryAccessibleInterface(met);
            QVERIFY(said && said->role() == QAccessible::AlertMessage);
            QCOMPARE(said->text(QAccessible::Name), met->text());
            keys.press(Qt::Key_N, Qt::AltModifier);
        }
        QCOMPARE(w.currentId(), int(EnrollmentPageId::Summary));
        keys.press(Qt::Key_S, Qt::AltModifier); // Submit
        QVERIFY(w.submitted().has_value());
        QVERIFY(w.submitted()->path == Path::ActionPack);
        qInfo().noquote() << "enrollment keys:" << keys.keys().join(QLatin1String(", "));
    }

    // A case from the empty form: every field typed or picked with the keys, the invoice attached
    // through the file dialog by typing its name, File case pressed with its mnemonic.
    void caseByKeyboard()
    {
        test::ScreenTour tour;
        QTemporaryDir dir;
        const QString invoice = dir.filePath(QStringLiteral("invoice-0042.png"));
        QImage scan(40, 20, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(scan.save(invoice));
        const QDate today = QDate::currentDate();
        const QString number = QStringLiteral("INV-KEYS-0001");

        AppContext context{tour.db(), tour.admin()};
        CaseDialog d(context, tour.admin().partnerId(), today);
        QVERIFY(activate(&d));
        Keyboard keys(&d);
        if (!keys.focus())
            keys.press(Qt::Key_Tab);

        auto* month = named<QComboBox>(&d, "month");
        QVERIFY(keys.tabTo(month));
        for (int m = 0; m < today.month(); ++m)
            keys.press(Qt::Key_Down); // the combo box steps through the months, no popup
        QCOMPARE(month->currentIndex(), today.month());
        keys.press(Qt::Key_Tab);
        keys.type(QString::number(today.year())); // year
        keys.press(Qt::Key_Tab);
        keys.type(QStringLiteral("MOC On-Demand")); // OMLP type (editable)
        keys.press(Qt::Key_Tab);
        keys.type(QStringLiteral("2")); // purchase units
        keys.press(Qt::Key_Tab);
        keys.type(number); // invoice number
        keys.press(Qt::Key_Tab);
        keys.type(QStringLiteral("4")); // KPI value
        keys.press(Qt::Key_Tab);
        keys.type(QStringLiteral("200")); // revenue value
        // The evidence: the kind stays "Invoice"; Attach opens the file dialog, where the name is typed.
        auto* attach = named<QPushButton>(&d, "attachEvidence");
        QVERIFY(keys.tabTo(attach));
        QStringList dialogKeys;
        test::whenDialogShows<QFileDialog>([&](QFileDialog* files) {
            QTest::keyClicks(QApplication::focusWidget(), invoice);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            dialogKeys << QStringLiteral("type \"%1\"").arg(QFileInfo(invoice).fileName())
                       << QStringLiteral("Return");
            Q_UNUSED(files);
        });
        keys.press(Qt::Key_Space);
        QVERIFY2(named<QLabel>(&d, "evidenceName")->text().contains(QLatin1String("invoice-0042.png")),
                 qPrintable(named<QLabel>(&d, "evidenceName")->text()));
        keys.press(Qt::Key_F, Qt::AltModifier); // File case
        QVERIFY2(d.filed().has_value(), qPrintable(named<QLabel>(&d, "fileError")->text()));
        QCOMPARE(d.filed()->invoiceNumber, number);
        QStringList all = keys.keys();
        const qsizetype at = all.indexOf(QStringLiteral("Space"));
        if (at >= 0)
            all.insert(at + 1, QStringLiteral("(file dialog: %1)").arg(dialogKeys.join(QLatin1String(", "))));
        qInfo().noquote() << "case keys:" << all.join(QLatin1String(", "));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
