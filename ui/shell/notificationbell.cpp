// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "notificationbell.h"

#include "domain/displayformat.h"
#include "domain/messages.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace lp {
namespace {

WorkspaceKind workspaceOf(NoticePlace place)
{
    switch (place) {
    case NoticePlace::Overview:
        return WorkspaceKind::Overview;
    case NoticePlace::Enrollment:
        return WorkspaceKind::Enrollment;
    case NoticePlace::People:
        return WorkspaceKind::People;
    case NoticePlace::Cases:
        return WorkspaceKind::Cases;
    case NoticePlace::CaseQueue:
        return WorkspaceKind::CaseQueue;
    }
    return WorkspaceKind::Overview;
}

} // namespace

NotificationList::NotificationList(QWidget* parent) : Retranslating<QFrame>(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("notificationList"));
    setFrameShape(QFrame::StyledPanel);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noNotifications"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("notifications"));
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(440);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int i = item->data(Qt::UserRole).toInt();
        if (i >= 0 && i < m_notices.size())
            emit activated(m_notices.at(i));
    });
    retranslateUi();
}

QString NotificationList::text(const Notice& n)
{
    const QString day = display::longDate(n.date);
    switch (n.kind) {
    case NoticeKind::RenewalAhead:
        return tr("Renewal reminder: the anniversary is on %1.").arg(day);
    case NoticeKind::RenewalPast:
        return tr("Renewal reminder: the anniversary was on %1.").arg(day);
    case NoticeKind::ActionPackRenewal:
        return tr("The Action Pack has expired: its renewal window closes on %1.").arg(day);
    case NoticeKind::TrainerEnding:
        return tr("The MCT %1 (%2) ends on %3.").arg(n.subject, n.reference, day);
    case NoticeKind::CaseAnswered:
        return tr("Partner Frontline Support has answered case %1 (invoice %2).")
            .arg(n.caseId)
            .arg(n.subject);
    case NoticeKind::CaseFiled:
        return tr("New case %1 from %2 (invoice %3).").arg(QString::number(n.caseId), n.reference, n.subject);
    }
    return {};
}

void NotificationList::setNotices(const QList<Notice>& notices)
{
    m_notices = notices;
    fill();
}

void NotificationList::fill()
{
    m_list->clear();
    for (int i = 0; i < m_notices.size(); ++i) {
        const Notice& n = m_notices.at(i);
        const QString line = n.isNew() ? tr("New: %1").arg(text(n)) : text(n);
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(line);
        if (n.isNew()) {
            QFont f = m_list->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    // An empty list stays on screen and keeps the focus, so the keyboard (Escape) and a screen
    // reader (its name, and "nothing is due" as its description) still reach it.
    m_empty->setVisible(m_notices.isEmpty());
    m_list->setAccessibleDescription(m_notices.isEmpty() ? m_empty->text() : QString());
    if (!m_notices.isEmpty())
        m_list->setCurrentRow(0);
}

void NotificationList::retranslateUi()
{
    m_heading->setText(tr("Reminders"));
    m_empty->setText(tr("Nothing is due today."));
    m_list->setAccessibleName(tr("Reminders: open one to go where it is acted on"));
    fill();
}

NotificationBell::NotificationBell(AppContext& context, QWidget* parent)
    : Retranslating<QToolButton>(parent), m_context(context)
{
    setObjectName(QStringLiteral("notificationBell"));
    setIcon(QIcon(QStringLiteral(":/icons/bell.svg")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    m_list = new NotificationList(this);
    connect(this, &QToolButton::clicked, this, &NotificationBell::openList);
    connect(m_list, &NotificationList::activated, this, &NotificationBell::open);
    m_timer = new QTimer(this);
    m_timer->setInterval(NotificationService::kCheckIntervalMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &NotificationBell::check);
    retranslateUi();
}

void NotificationBell::showEvent(QShowEvent* event)
{
    Retranslating<QToolButton>::showEvent(event);
    // The first time the window shows is the sign-in: check then, and every few minutes after.
    if (!m_checkedOnce) {
        m_checkedOnce = true;
        m_timer->start();
        check();
    }
}

int NotificationBell::newCount() const
{
    return int(
        std::count_if(m_notices.cbegin(), m_notices.cend(), [](const Notice& n) { return n.isNew(); }));
}

void NotificationBell::check()
{
    // Locked, the window tells nothing to whoever looks at the screen.
    if (!isEnabled())
        return;
    NotificationService service(m_context.db);
    auto due = service.due(m_context.session, today());
    if (!due) {
        setToolTip(Messages::text(due.error()));
        return;
    }
    m_notices = due.value();
    QList<Notice> fresh;
    QStringList keys;
    for (Notice& n : m_notices) {
        if (n.announced)
            continue;
        fresh << n;
        keys << n.key;
        n.announced = true;
    }
    if (!fresh.isEmpty()) {
        if (Status s = service.markAnnounced(m_context.session, keys, QDateTime::currentDateTimeUtc()); !s) {
            setToolTip(Messages::text(s.error()));
            return; // not recorded: announced at the next check rather than never
        }
        announce(fresh);
    }
    if (m_list->isVisible())
        m_list->setNotices(m_notices);
    retranslateUi();
}

void NotificationBell::announce(const QList<Notice>& fresh)
{
    emit announced(fresh);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the bell only
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (QWidget* w = window()) {
                w->showNormal();
                w->raise();
                w->activateWindow();
            }
            open(m_lastAnnounced);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (QWidget* w = window())
                w->activateWindow();
            openList();
        });
    }
    m_tray->setToolTip(tr("Learning Partner Desk: %n new reminder(s)", nullptr, newCount()));
    m_tray->show();
    for (const Notice& n : fresh) {
        m_lastAnnounced = n;
        m_tray->showMessage(tr("Learning Partner Desk"), NotificationList::text(n),
                            QSystemTrayIcon::Information, 15000);
    }
}

void NotificationBell::openList()
{
    if (!isEnabled())
        return;
    m_list->setNotices(m_notices); // the new ones shown as new this once
    m_list->adjustSize();
    const QSize size = m_list->sizeHint().expandedTo(QSize(460, 240));
    QPoint at = mapToGlobal(QPoint(width(), 0)) - QPoint(size.width(), size.height());
    if (const QScreen* s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - size.width())));
        at.setY(qBound(area.top(), at.y(), qMax(area.top(), area.bottom() - size.height())));
    }
    m_list->setGeometry(QRect(at, size));
    m_list->show();
    QStringList unread;
    for (Notice& n : m_notices) {
        if (n.isNew()) {
            unread << n.key;
            n.read = true;
        }
    }
    if (!unread.isEmpty()) {
        if (Status s = NotificationService(m_context.db)
                           .markRead(m_context.session, unread, QDateTime::currentDateTimeUtc());
            !s)
            setToolTip(Messages::text(s.error()));
    }
    retranslateUi();
}

void NotificationBell::open(const Notice& notice)
{
    m_list->hide();
    if (notice.key.isEmpty())
        return;
    emit openRequested(workspaceOf(notice.place), notice.caseId);
}

void NotificationBell::retranslateUi()
{
    const int fresh = newCount();
    setText(fresh > 0 ? tr("%n new reminder(s)", nullptr, fresh) : tr("Reminders"));
    setToolTip(tr("Reminders of what is due: renewals, trainers, cases"));
    setAccessibleName(fresh > 0 ? tr("Reminders: %n new", nullptr, fresh) : tr("Reminders"));
}

} // namespace lp
