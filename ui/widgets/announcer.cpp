// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QTextDocumentFragment>

namespace lp::a11y {
namespace {

const char* const kAnnouncer = "lpAnnouncer";

// A label read as an alert: its name is its text as plain words (no markup).
class AnnouncerInterface : public QAccessibleWidget
{
public:
    explicit AnnouncerInterface(QLabel* label) : QAccessibleWidget(label, QAccessible::AlertMessage) {}

    QString text(QAccessible::Text t) const override
    {
        auto* label = static_cast<QLabel*>(widget());
        if (t == QAccessible::Name && label->accessibleName().isEmpty())
            return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* factory(const QString&, QObject* object)
{
    auto* label = qobject_cast<QLabel*>(object);
    if (label && label->property(kAnnouncer).toBool())
        return new AnnouncerInterface(label);
    return nullptr;
}

} // namespace

void makeAnnouncer(QLabel* label)
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(kAnnouncer, true);
}

void announce(QLabel* label, const QString& text)
{
    makeAnnouncer(label);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    QAccessibleEvent shown(label, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
    QAccessibleEvent named(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace lp::a11y
