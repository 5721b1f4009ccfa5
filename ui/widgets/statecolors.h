#pragma once

#include <QColor>

class QPalette;

// The one palette of state colours: every table, chart and page that colours a state takes it from here,
// so a state reads the same everywhere and stays readable on a light, dark or high-contrast palette.
namespace lp::ui {

enum class State {
    Met,      // a requirement met, a KPI counted
    Short,    // a requirement not met, a field that differs
    Pending,  // waiting for a report, ending soon
    Excluded, // not counted, inactive
};

// Text in that state on `palette`'s base (a darker shade on a light palette, a lighter one on a dark one).
QColor stateForeground(State state, const QPalette& palette);
// A row or cell background that marks the state behind the palette's own text colour.
QColor stateBackground(State state, const QPalette& palette);
// A filled shape (a chart series) in that state; the same on every palette.
QColor stateFill(State state);

} // namespace lp::ui
