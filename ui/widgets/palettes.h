// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

// The palettes the GUI can start with (`learnpartner --palette NAME`): the system's, a dark one and
// a high-contrast one (white on black, yellow selection), for people who need them and for checking
// that state colours and focus rectangles stay visible on each (docs/architecture.md#palettes).
namespace lp::ui {

// "system", "dark", "high-contrast".
QStringList paletteNames();
// The palette of that name (the style's standard one for "system"); `known` says whether we have it.
QPalette namedPalette(const QString& name, bool* known = nullptr);
// Installs it on the application (with the Fusion style for the dark and high-contrast ones, which
// draws every control from the palette, and a focus ring in its highlight colour: FocusRingStyle);
// false for an unknown name.
bool applyPalette(const QString& name);
// Whether text is light on a dark window (charts take a dark theme then).
bool isDarkPalette(const QPalette& palette);

} // namespace lp::ui
