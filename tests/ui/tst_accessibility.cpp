// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Every screen (tests/common/screentour.h), in English and in Italian, as a keyboard and
// screen-reader user meets it (tests/common/a11yaudit.h): names and labels read through
// QAccessible, Tab and Shift+Tab pressed all the way round, radio groups one stop with the
// arrow keys inside, the first stop of each workspace its main control.
// docs/architecture.md#keyboard-and-screen-readers
#include "a11yaudit.h"
#include "guitest.h"
#include "i18n/translations.h"
#include "screentour.h"
#include "shell/workspace.h"
#include "widgets/palettes.h"

#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace lp;
using namespace lp::test::a11y;

namespace {

// Gives `window` the keyboard, the focus where Qt puts it when it opens (or on its first stop).
bool activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window))
        return false;
    QWidget* f = QApplication::focusWidget();
    if (!f || f->window() != window || !f->isVisible()) {
        const QList<QWidget*> stops = tabStops(window);
        if (stops.isEmpty())
            return false;
        stops.first()->setFocus(Qt::TabFocusReason);
    }
    return QApplication::focusWidget() && QApplication::focusWidget()->window() == window;
}

// Everything wrong with `window` as it is now, each problem prefixed with `where`.
QStringList audit(QWidget* window, const QString& where)
{
    QStringList problems;
    for (const QString& p : namingProblems(window))
        problems << where + QStringLiteral(": ") + p;
    if (!activate(window)) {
        problems << where + QStringLiteral(": the window takes no focus");
        return problems;
    }
    for (const bool forward : {true, false}) {
        const Walk walked = walk(window, forward);
        const QString way = forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab");
        for (const QString& p : walked.problems)
            problems << where + QStringLiteral(": ") + p;
        if (!walked.problems.isEmpty())
            continue;
        for (const QString& p : unreached(window, walked))
            problems << QStringLiteral("%1: %2 never reaches %3").arg(where, way, p);
        if (forward)
            for (const QString& p : radioProblems(window, walked))
                problems << where + QStringLiteral(": ") + p;
    }
    return problems;
}

// The main window on a workspace: Tab from the navigation goes first to the workspace's main control.
QStringList firstStop(QWidget* window, const QString& where)
{
    auto* main = qobject_cast<QMainWindow*>(window);
    auto* navigation = main ? main->findChild<QListWidget*>(QStringLiteral("navigation")) : nullptr;
    if (!navigation)
        return {};
    Workspace* shown = nullptr;
    for (Workspace* w : window->findChildren<Workspace*>())
        if (w->isVisible())
            shown = w;
    if (!shown)
        return {where + QStringLiteral(": no workspace is shown")};
    navigation->setFocus(Qt::TabFocusReason);
    QTest::keyClick(navigation, Qt::Key_Tab);
    QWidget* first = owner(QApplication::focusWidget());
    if (!shown->focusProxy())
        return {QStringLiteral("%1: the workspace names no main control (focus proxy); its first stop is %2")
                    .arg(where, first ? describe(first) : QStringLiteral("nothing"))};
    QWidget* control = shown->focusProxy();
    while (control->focusProxy())
        control = control->focusProxy();
    if (first != control)
        return {QStringLiteral("%1: the first Tab stop is %2, not the main control %3")
                    .arg(where, first ? describe(first) : QStringLiteral("nothing"), describe(control))};
    return {};
}

double luminance(const QColor& c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// On the palette of the moment: every label in a state colour stands out from its window (4.5:1),
// and the focus shows: a focused button and a focused field do not look as they do unfocused.
QStringList paletteProblems(QWidget* window, const QString& where)
{
    QStringList out;
    const QColor appText = QApplication::palette().color(QPalette::WindowText);
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(window) || l->text().isEmpty() ||
            l->palette().color(QPalette::WindowText) == appText)
            continue;
        const double ratio =
            contrast(l->palette().color(QPalette::WindowText), l->palette().color(QPalette::Window));
        if (ratio < 4.5)
            out << QStringLiteral("%1: %2 contrasts %3:1").arg(where, describe(l)).arg(ratio, 0, 'f', 2);
    }
    if (!activate(window))
        return out;
    QList<QWidget*> samples;
    for (QWidget* w : tabStops(window)) {
        const bool button = qobject_cast<QPushButton*>(w) != nullptr;
        const bool field = qobject_cast<QLineEdit*>(w) != nullptr;
        bool have = false;
        for (QWidget* s : std::as_const(samples))
            have =
                have || (button && qobject_cast<QPushButton*>(s)) || (field && qobject_cast<QLineEdit*>(s));
        if ((button || field) && !have)
            samples << w;
    }
    for (QWidget* w : std::as_const(samples)) {
        w->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage focused = w->grab().toImage();
        window->setFocus(Qt::OtherFocusReason);
        w->clearFocus();
        QApplication::processEvents();
        const QImage unfocused = w->grab().toImage();
        // Not yet asserted: on the offscreen platform a grabbed push button shows no focus frame
        // on these palettes (a field does); the screenshots are looked at instead.
        if (focused == unfocused)
            qInfo().noquote() << QStringLiteral("%1: no focus frame grabbed on %2").arg(where, describe(w));
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    void tour(const QString& language)
    {
        QStringList problems;
        int screens = 0;
        test::ScreenTour tour;
        tour.visit([&](const QString& name, QWidget* window) {
            ++screens;
            const QString where = QStringLiteral("[%1] %2").arg(language, name);
            problems << audit(window, where);
            problems << firstStop(window, where);
        });
        QVERIFY2(screens > 25, qPrintable(QString::number(screens)));
        problems.removeDuplicates();
        for (const QString& p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (listed above)").arg(problems.size())));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    // The checks find what they are for: a table that keeps Tab, a field without a label, a
    // focusable filler without a name, a paragraph that is a Tab stop.
    void plantedProblemsAreFound()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* field = new QLineEdit(&window);
        field->setObjectName(QStringLiteral("unlabelled"));
        layout->addWidget(field);
        auto* filler = new QWidget(&window);
        filler->setObjectName(QStringLiteral("filler"));
        filler->setFocusPolicy(Qt::StrongFocus);
        filler->setMinimumSize(10, 10);
        layout->addWidget(filler);
        auto* paragraph = new QLabel(QStringLiteral("A long read-only paragraph."), &window);
        paragraph->setObjectName(QStringLiteral("paragraph"));
        paragraph->setTextInteractionFlags(Qt::TextBrowserInteraction);
        layout->addWidget(paragraph);
        auto* table = new QTableWidget(2, 2, &window);
        table->setObjectName(QStringLiteral("trap"));
        table->setAccessibleName(QStringLiteral("Trap"));
        layout->addWidget(table);
        auto* after = new QPushButton(QStringLiteral("After the table"), &window);
        after->setObjectName(QStringLiteral("after"));
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString found = namingProblems(&window).join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("input without a label: QLineEdit unlabelled")),
                 qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("focusable without a name: QWidget filler")),
                 qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("read-only text is a Tab stop: QLabel paragraph")),
                 qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("Tab moves between the cells of QTableWidget trap")),
                 qPrintable(found));

        QVERIFY(activate(&window));
        table->setFocus(Qt::TabFocusReason);
        const Walk trapped = walk(&window, true);
        QVERIFY(!trapped.problems.isEmpty());
        QVERIFY2(trapped.problems.first().contains(QLatin1String("keeps the focus on QTableWidget trap")),
                 qPrintable(trapped.problems.first()));

        // Mended, the same window passes, and Tab reaches the button after the table.
        field->setAccessibleName(QStringLiteral("Name"));
        filler->setFocusPolicy(Qt::NoFocus);
        paragraph->setTextInteractionFlags(Qt::TextSelectableByMouse);
        table->setTabKeyNavigation(false);
        QVERIFY2(audit(&window, QStringLiteral("mended")).isEmpty(),
                 qPrintable(audit(&window, QStringLiteral("mended")).join(QLatin1Char('\n'))));
        field->setFocus(Qt::TabFocusReason);
        const Walk free = walk(&window, true);
        QVERIFY(free.order.contains(after));
    }

    void english() { tour(QStringLiteral("en")); }

    // Dark and high-contrast palettes (learnpartner --palette): state colours readable, focus visible.
    // With LP_SCREENSHOT_DIR set, every screen is saved there as it looks on each palette.
    void palettes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("high-contrast") << QStringLiteral("high-contrast");
    }

    void palettes()
    {
        QFETCH(QString, name);
        const QPalette before = QApplication::palette();
        const QString style = QApplication::style()->name();
        QVERIFY(ui::applyPalette(name));
        QStringList problems;
        test::ScreenTour tour;
        tour.visit([&](const QString& screen, QWidget* window) {
            problems << paletteProblems(window, QStringLiteral("[%1] %2").arg(name, screen));
            if (const QString shots = qEnvironmentVariable("LP_SCREENSHOT_DIR"); !shots.isEmpty()) {
                QString file = QStringLiteral("%1-%2").arg(name, screen);
                file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
                window->grab().save(shots + QLatin1Char('/') + file + QStringLiteral(".png"));
            }
        });
        qApp->setStyleSheet(QString());
        QApplication::setStyle(style);
        QApplication::setPalette(before);
        problems.removeDuplicates();
        for (const QString& p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (listed above)").arg(problems.size())));
    }

    void italian()
    {
        QVERIFY(Translations::install(QStringLiteral("it")));
        tour(QStringLiteral("it"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
