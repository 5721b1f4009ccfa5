// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "focusring.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace lp::ui {

FocusRingStyle::FocusRingStyle(QStyle* base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void FocusRingStyle::polish(QApplication* app)
{
    QProxyStyle::polish(app);
    disconnect(m_focusChanged);
    m_focusChanged =
        connect(app, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
    follow(QApplication::focusWidget());
}

void FocusRingStyle::unpolish(QApplication* app)
{
    disconnect(m_focusChanged);
    delete m_frame; // the next style draws the focus its own way
    QProxyStyle::unpolish(app);
}

void FocusRingStyle::follow(QWidget* now)
{
    // A window (a menu, a combo box's list) shows its own current item; a widget
    // without a parent has nowhere to put the ring.
    if (!now || now->isWindow() || !now->parentWidget()) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new QFocusFrame(now->parentWidget());
    m_frame->setWidget(now);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    if (element != CE_FocusFrame) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen straddles the path: half a width in, so the whole ring lies inside the frame.
    const qreal half = kWidth / 2.0;
    painter->drawRect(QRectF(option->rect).adjusted(half, half, -half, -half));
    painter->restore();
}

int FocusRingStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
        return kMargin;
    return QProxyStyle::pixelMetric(metric, option, widget);
}

} // namespace lp::ui
