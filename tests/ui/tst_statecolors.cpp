// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// The palette of state colours stays readable: on a light, a dark and a mid-grey palette every
// state's text contrasts with the base by at least 4.5:1 (WCAG 2 AA), and the palette's own text
// stays as readable on every state's background. The ratio is computed here from the WCAG
// relative luminance, independently of the code under test.
#include "widgets/statecolors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lp::ui;

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red() / 255.0) + 0.7152 * channel(rgb.green() / 255.0) +
           0.0722 * channel(rgb.blue() / 255.0);
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette palette(const QColor& window, const QColor& base, const QColor& text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    return p;
}

const State kStates[] = {State::Met, State::Short, State::Pending, State::Excluded};

} // namespace

class TestStateColors : public QObject
{
    Q_OBJECT

    static void addPalettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << palette(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black);
        QTest::newRow("dark (Fusion)")
            << palette(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), Qt::white);
        QTest::newRow("dark (Breeze)")
            << palette(QColor(0x2a, 0x2e, 0x32), QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
        // Too light for the dark shades, too dark for the light ones: the guard has to step in.
        QTest::newRow("mid grey") << palette(QColor(0x70, 0x70, 0x70), QColor(0x6e, 0x6e, 0x6e), Qt::white);
    }

private slots:
    void foregroundIsReadableOnBase_data() { addPalettes(); }
    void foregroundIsReadableOnBase()
    {
        QFETCH(QPalette, palette);
        for (State state : kStates) {
            const double ratio =
                contrastRatio(stateForeground(state, palette), palette.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("state %1: %2:1").arg(int(state)).arg(ratio)));
        }
    }

    void textIsReadableOnBackground_data() { addPalettes(); }
    void textIsReadableOnBackground()
    {
        QFETCH(QPalette, palette);
        for (State state : kStates) {
            const double ratio =
                contrastRatio(palette.color(QPalette::Text), stateBackground(state, palette));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("state %1: %2:1").arg(int(state)).arg(ratio)));
        }
    }

    // A label in a state (an error line, a warning) is readable on the window it stands on.
    void labelIsReadableOnWindow_data() { addPalettes(); }
    void labelIsReadableOnWindow()
    {
        QFETCH(QPalette, palette);
        for (State state : kStates) {
            QLabel label;
            label.setPalette(palette);
            setStateText(&label, state);
            const double ratio = contrastRatio(label.palette().color(QPalette::WindowText),
                                               label.palette().color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("state %1: %2:1").arg(int(state)).arg(ratio)));
        }
    }

    // The states look different from one another on the light and the dark palette alike.
    void statesAreTold_data() { addPalettes(); }
    void statesAreTold()
    {
        QFETCH(QPalette, palette);
        for (State a : kStates) {
            for (State b : kStates) {
                if (a == b)
                    continue;
                QVERIFY(stateForeground(a, palette) != stateForeground(b, palette));
                QVERIFY(stateBackground(a, palette) != stateBackground(b, palette));
                QVERIFY(stateFill(a) != stateFill(b));
            }
        }
    }
};

QTEST_MAIN(TestStateColors)
#include "tst_statecolors.moc"
