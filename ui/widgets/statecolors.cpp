// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "statecolors.h"

#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lp::ui {
namespace {

// WCAG 2 AA for normal text.
constexpr double kMinContrast = 4.5;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor& color)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The shades below suit the usual light and dark palettes; on another one (mid grey, high contrast)
// `color` is moved towards black or white, whichever stands out more from `against`, until the two
// contrast enough. One of the two always does (at least 4.58:1).
QColor readableAgainst(const QColor& color, const QColor& against)
{
    if (contrast(color, against) >= kMinContrast)
        return color;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor end = contrast(black, against) >= contrast(white, against) ? black : white;
    constexpr int kSteps = 20;
    for (int step = 1; step < kSteps; ++step) {
        const double t = double(step) / kSteps;
        const QColor mixed = QColor::fromRgbF(float(color.redF() + (end.redF() - color.redF()) * t),
                                              float(color.greenF() + (end.greenF() - color.greenF()) * t),
                                              float(color.blueF() + (end.blueF() - color.blueF()) * t));
        if (contrast(mixed, against) >= kMinContrast)
            return mixed;
    }
    return end;
}

QColor foregroundShade(State state, bool dark)
{
    switch (state) {
    case State::Met:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
    case State::Short:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case State::Pending:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x53, 0x00);
    case State::Excluded:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x60, 0x60, 0x60);
    }
    return {};
}

QColor backgroundShade(State state, bool dark)
{
    switch (state) {
    case State::Met:
        return dark ? QColor(0x1b, 0x3d, 0x1e) : QColor(0xdc, 0xf0, 0xdc);
    case State::Short:
        return dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xcd, 0xd2);
    case State::Pending:
        return dark ? QColor(0x4d, 0x3b, 0x0c) : QColor(0xff, 0xf4, 0xce);
    case State::Excluded:
        return dark ? QColor(0x3a, 0x3a, 0x3a) : QColor(0xee, 0xee, 0xee);
    }
    return {};
}

} // namespace

QColor stateFill(State state)
{
    switch (state) {
    case State::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case State::Short:
        return QColor(0xc6, 0x28, 0x28);
    case State::Pending:
        return QColor(0xf9, 0xa8, 0x25);
    case State::Excluded:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor stateForeground(State state, const QPalette& palette)
{
    return readableAgainst(foregroundShade(state, isDark(palette)), palette.color(QPalette::Base));
}

QColor stateBackground(State state, const QPalette& palette)
{
    return readableAgainst(backgroundShade(state, isDark(palette)), palette.color(QPalette::Text));
}

void setStateText(QWidget* widget, State state)
{
    // A label stands on the window, not on a view's base.
    QPalette palette = widget->palette();
    QPalette onWindow = palette;
    onWindow.setColor(QPalette::Base, palette.color(QPalette::Window));
    const QColor color = stateForeground(state, onWindow);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

} // namespace lp::ui
