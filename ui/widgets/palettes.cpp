// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "palettes.h"

#include "focusring.h"

#include <QApplication>
#include <QStyle>

namespace lp::ui {

QStringList paletteNames()
{
    return {QStringLiteral("system"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

namespace {

QPalette dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee);
    const QColor disabled(0x9a, 0x9a, 0x9a); // 5:1 on the window, like enabled text must
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    // The focus rectangle and the selection: a blue bright enough to stand out on the dark greys.
    p.setColor(QPalette::Highlight, QColor(0x4d, 0x9d, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x8a, 0xc4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette highContrast()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00);
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase,
          QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, black);
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::PlaceholderText})
        p.setColor(role, white);
    p.setColor(QPalette::Highlight, yellow); // focus rectangles and selections
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x80, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

} // namespace

QPalette namedPalette(const QString& name, bool* known)
{
    if (known)
        *known = paletteNames().contains(name);
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("high-contrast"))
        return highContrast();
    return QApplication::style()->standardPalette();
}

bool applyPalette(const QString& name)
{
    bool known = false;
    const QPalette palette = namedPalette(name, &known);
    if (!known)
        return false;
    if (name != QLatin1String("system"))
        QApplication::setStyle(new FocusRingStyle);
    QApplication::setPalette(palette);
    // Fusion draws a field's frame a shade darker than the window: none at all on black.
    if (name == QLatin1String("high-contrast"))
        qApp->setStyleSheet(QStringLiteral("QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit "
                                           "{ border: 1px solid white; } "
                                           "QLineEdit:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus, "
                                           "QTextEdit:focus { border: 2px solid yellow; }"));
    return true;
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace lp::ui
