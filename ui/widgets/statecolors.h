// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QColor>

class QPalette;
class QWidget;

// The one palette of state colours: every table, chart and page that colours a state takes it from here,
// so a state reads the same everywhere and stays readable on a light, dark or high-contrast palette.
namespace lp::ui {

enum class State {
    Met,      // a requirement met, a KPI counted
    Short,    // a requirement not met, a field that differs
    Pending,  // waiting for a report, ending soon
    Excluded, // not counted, inactive
};

// Text in that state on `palette`'s base (a darker shade on a light palette, a lighter one on a dark one),
// contrasting with the base by at least 4.5:1 (WCAG AA) on any palette.
QColor stateForeground(State state, const QPalette& palette);
// A row or cell background that marks the state behind the palette's own text colour, which stays
// readable on it (at least 4.5:1).
QColor stateBackground(State state, const QPalette& palette);
// A filled shape (a chart series) in that state; the same on every palette.
QColor stateFill(State state);
// Writes `widget`'s text (a label's) in the state's foreground, readable on its palette's window.
void setStateText(QWidget* widget, State state);

} // namespace lp::ui
