// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QPointer>
#include <QProxyStyle>

class QFocusFrame;

namespace lp::ui {

// The style of the dark and high-contrast palettes (docs/architecture.md#palettes): Fusion, with a
// focus ring that cannot be missed. Fusion marks the focus by tinting a control's own frame, which
// on those palettes changes a few pixels by less than 3:1 (and not at all on a text box), and draws
// the default button the same way. This style keeps a QFocusFrame on whatever has the keyboard
// focus, a two-pixel outline in the palette's highlight colour just outside the control.
class FocusRingStyle : public QProxyStyle
{
public:
    // Takes `base` (Fusion when null).
    explicit FocusRingStyle(QStyle* base = nullptr);

    void polish(QApplication* app) override;
    void unpolish(QApplication* app) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;

    // The width of the ring, and the gap between it and the control's edge (in device-independent pixels).
    static constexpr int kWidth = 2;
    static constexpr int kMargin = 3;

private:
    void follow(QWidget* now);

    QPointer<QFocusFrame> m_frame; // lives in the focused control's parent: gone with it
    QMetaObject::Connection m_focusChanged;
};

} // namespace lp::ui
