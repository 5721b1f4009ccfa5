// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

class QLabel;
class QString;

// Saying a change of state to screen readers (docs/architecture.md#keyboard-and-screen-readers).
// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent is 6.8): a line that says what
// just happened (an action's confirmation, a requirement now met, an import finished) is shown to
// assistive technology as an alert (QAccessible::AlertMessage), and each new text raises the events
// a screen reader presents for an alert: ObjectShow, NameChanged and Alert.
namespace lp::a11y {

// Makes `label` such a line: its accessible role becomes an alert whose name is its text. Call it
// when the label is made: Qt keeps the first interface it gives an object.
void makeAnnouncer(QLabel* label);
// Shows `text` in `label` and raises the events; an empty text hides it quietly.
void announce(QLabel* label, const QString& text);

} // namespace lp::a11y
