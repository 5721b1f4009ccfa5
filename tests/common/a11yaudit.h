// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

// What a keyboard and screen-reader user meets on one window, read through QAccessible (the
// interfaces the AT-SPI bridge hands to screen readers) and by pressing Tab the way they do:
// - every focusable object has a name, every input a label (a buddy) or an accessible name;
// - read-only text is no Tab stop (a paragraph with a link is: the stop is its link);
// - no view moves between its cells with Tab;
// - Tab and Shift+Tab reach every enabled control and come back to where they started;
// - a group of radio buttons is one stop, and the arrow keys move inside it.
// docs/architecture.md#keyboard-and-screen-readers

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSlider>
#include <QTest>
#include <QTextEdit>

namespace lp::test::a11y {

inline QString describe(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        for (const QObject* p = w->parent(); p && name.isEmpty(); p = p->parent())
            if (!p->objectName().isEmpty())
                name = QStringLiteral("(in %1)").arg(p->objectName());
    QString text;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    else if (auto* l = qobject_cast<const QLabel*>(w))
        text = l->text().left(40);
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(w->metaObject()->className()), name, text);
}

// A part of a compound control (a combo box's or spin box's line edit): the control speaks for it.
inline bool isPart(const QWidget* w)
{
    const QWidget* p = w->parentWidget();
    return p && (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p));
}

// The control a focused widget belongs to: a compound control for its part, else the widget.
inline QWidget* owner(QWidget* w)
{
    return w && isPart(w) ? w->parentWidget() : w;
}

// Something a person types or picks a value in.
inline bool isInput(const QWidget* w)
{
    if (isPart(w))
        return false;
    if (auto* t = qobject_cast<const QPlainTextEdit*>(w))
        return !t->isReadOnly();
    if (auto* t = qobject_cast<const QTextEdit*>(w))
        return !t->isReadOnly();
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QCheckBox*>(w) ||
           qobject_cast<const QSlider*>(w);
}

// The widgets of `window` a person can reach with Tab now: shown, enabled, taking Tab focus.
inline QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisibleTo(window) || !w->isEnabled() || isPart(w))
            continue;
        // A compound control (a spin box, an editable combo box) hands the focus to its own line edit.
        QWidget* proxy = w->focusProxy();
        if (proxy && !(isPart(proxy) && proxy->parentWidget() == w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus && !proxy)
            continue;
        out << w;
    }
    return out;
}

inline QString accessibleText(QWidget* w, QAccessible::Text t)
{
    QAccessibleInterface* i = QAccessible::queryAccessibleInterface(w);
    return i ? i->text(t).trimmed() : QString();
}

inline bool hasLabel(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return true;
    if (auto* b = qobject_cast<QAbstractButton*>(w); b && !b->text().trimmed().isEmpty())
        return true;
    // Qt names the relation from the other object's side: the labels of `w` come back as Label
    // (AT-SPI's "labelled by").
    QAccessibleInterface* i = QAccessible::queryAccessibleInterface(w);
    return i && !i->relations(QAccessible::Label | QAccessible::Labelled).isEmpty();
}

// Focusable objects without a name, inputs without a label, read-only text that is a Tab stop,
// views that Tab moves inside.
inline QStringList namingProblems(QWidget* window)
{
    QStringList out;
    for (QWidget* w : tabStops(window)) {
        if (isInput(w)) {
            // A combo box's name on Linux is its value: only a label or an accessible name says what it is.
            if (!hasLabel(w))
                out << QStringLiteral("input without a label: %1").arg(describe(w));
        } else if (accessibleText(w, QAccessible::Name).isEmpty()) {
            out << QStringLiteral("focusable without a name: %1").arg(describe(w));
        }
        if (auto* l = qobject_cast<QLabel*>(w); l && !l->text().contains(QLatin1String("<a ")))
            out << QStringLiteral("read-only text is a Tab stop: %1").arg(describe(w));
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->tabKeyNavigation())
            out << QStringLiteral("Tab moves between the cells of %1").arg(describe(w));
    }
    return out;
}

// The radio buttons of `window` shown and enabled, grouped as Qt moves the arrow keys among them.
inline QList<QList<QRadioButton*>> radioGroups(QWidget* window)
{
    QList<QList<QRadioButton*>> groups;
    QHash<const QObject*, int> index;
    for (QRadioButton* r : window->findChildren<QRadioButton*>()) {
        if (r->window() != window || !r->isVisibleTo(window) || !r->isEnabled())
            continue;
        const QObject* key = r->group() ? static_cast<const QObject*>(r->group()) : r->parent();
        if (!index.contains(key)) {
            index.insert(key, int(groups.size()));
            groups.append(QList<QRadioButton*>());
        }
        groups[index.value(key)] << r;
    }
    return groups;
}

struct Walk
{
    QList<QWidget*> order; // the focus after each press, the start first
    QStringList problems;
};

// Presses Tab (or Shift+Tab) from the focus of the moment until the focus comes back to it.
inline Walk walk(QWidget* window, bool forward)
{
    Walk out;
    QWidget* start = owner(QApplication::focusWidget());
    if (!start || start->window() != window) {
        out.problems << QStringLiteral("nothing has the focus");
        return out;
    }
    out.order << start;
    const qsizetype limit = 3 * tabStops(window).size() + 10;
    int stayed = 0;
    while (out.order.size() <= limit) {
        QWidget* pressed = QApplication::focusWidget();
        QWidget* from = owner(pressed);
        QTest::keyClick(pressed, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                        forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget* now = owner(QApplication::focusWidget());
        if (!now || now->window() != window) {
            out.problems << QStringLiteral("the focus left the window after %1").arg(describe(from));
            return out;
        }
        // A text with links moves from link to link, a date edit from section to section, then on;
        // anything else that keeps the focus traps it.
        const bool stepsInside =
            qobject_cast<QLabel*>(now) || qobject_cast<QTextEdit*>(now) || qobject_cast<QDateTimeEdit*>(now);
        if (now == from) {
            if (tabStops(window).size() <= 1)
                return out; // one stop: Tab has nowhere else to go
            if (!stepsInside) {
                out.problems << QStringLiteral("%1 keeps the focus on %2")
                                    .arg(forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab"),
                                         describe(now));
                return out;
            }
            if (++stayed > 20) {
                out.problems << QStringLiteral("the focus stays on %1").arg(describe(now));
                return out;
            }
            continue;
        }
        stayed = 0;
        if (now == start)
            return out;
        out.order << now;
    }
    QStringList seen;
    for (QWidget* w : out.order.mid(out.order.size() - 6))
        seen << describe(w);
    out.problems << QStringLiteral("%1 never comes back to %2; it goes round: %3")
                        .arg(forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab"), describe(start),
                             seen.join(QLatin1String(" -> ")));
    return out;
}

// The Tab stops a walk missed (a radio group is reached through any one of its buttons).
inline QStringList unreached(QWidget* window, const Walk& walked)
{
    QStringList out;
    const QList<QList<QRadioButton*>> groups = radioGroups(window);
    for (QWidget* w : tabStops(window)) {
        if (walked.order.contains(w))
            continue;
        bool groupReached = false;
        if (auto* r = qobject_cast<QRadioButton*>(w))
            for (const auto& g : groups)
                if (g.contains(r))
                    for (QRadioButton* other : g)
                        groupReached = groupReached || walked.order.contains(other);
        if (!groupReached)
            out << describe(w);
    }
    return out;
}

// Each radio group: one Tab stop, and Down/Up from its checked button move the focus and the check.
inline QStringList radioProblems(QWidget* window, const Walk& walked)
{
    QStringList out;
    for (const QList<QRadioButton*>& group : radioGroups(window)) {
        if (group.size() < 2)
            continue;
        int stops = 0;
        for (QRadioButton* r : group)
            stops += walked.order.contains(r) ? 1 : 0;
        if (stops != 1)
            out << QStringLiteral("the radio group of %1 is %2 Tab stops, not one")
                       .arg(describe(group.first()))
                       .arg(stops);
        QRadioButton* checked = nullptr;
        for (QRadioButton* r : group)
            if (r->isChecked())
                checked = r;
        if (!checked)
            continue;
        checked->setFocus(Qt::TabFocusReason);
        const Qt::Key key = checked == group.last() ? Qt::Key_Up : Qt::Key_Down;
        QTest::keyClick(checked, key);
        auto* moved = qobject_cast<QRadioButton*>(QApplication::focusWidget());
        if (!moved || moved == checked || !group.contains(moved) || !moved->isChecked())
            out << QStringLiteral("the arrow keys do not move inside the radio group of %1")
                       .arg(describe(checked));
        if (moved && moved != checked)
            QTest::keyClick(moved, key == Qt::Key_Up ? Qt::Key_Down : Qt::Key_Up);
        if (!checked->isChecked())
            checked->setChecked(true);
    }
    return out;
}

} // namespace lp::test::a11y
