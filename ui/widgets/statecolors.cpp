#include "statecolors.h"

#include <QPalette>

namespace lp::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
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
    // Contrast of at least 4.5:1 against white (light) or the dark base of Fusion/Breeze dark themes.
    const bool dark = isDark(palette);
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
    return palette.color(QPalette::Text);
}

QColor stateBackground(State state, const QPalette& palette)
{
    const bool dark = isDark(palette);
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
    return palette.color(QPalette::Base);
}

} // namespace lp::ui
