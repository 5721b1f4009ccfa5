// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/notificationservice.h"
#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QDate>
#include <QFrame>
#include <QList>
#include <QToolButton>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSystemTrayIcon;
class QTimer;

namespace lp {

// The reminders list the bell opens: every reminder due, the new ones first and marked, each opening the
// place to act on it (double-click or Enter).
class NotificationList : public Retranslating<QFrame>
{
    Q_OBJECT

public:
    explicit NotificationList(QWidget* parent = nullptr);
    void setNotices(const QList<Notice>& notices);
    const QList<Notice>& notices() const { return m_notices; }
    QListWidget* list() const { return m_list; }

    // The sentence of a reminder, in the current language.
    static QString text(const Notice& notice);

signals:
    void activated(const lp::Notice& notice);

protected:
    void retranslateUi() override;

private:
    void fill();

    QList<Notice> m_notices;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QListWidget* m_list = nullptr;
};

// A bell in the status bar with the count of new reminders (NotificationService). It checks when the window
// first shows (sign-in), every kCheckIntervalMinutes, and when check() is called (after a write). A reminder
// the account has not been told of yet is announced once on the desktop (QSystemTrayIcon, when the desktop
// has a tray) and in announced(); opening the list marks what it shows as read.
class NotificationBell : public Retranslating<QToolButton>
{
    Q_OBJECT

public:
    NotificationBell(AppContext& context, QWidget* parent = nullptr);

    // The day the reminders are computed for (tests fix it; otherwise today).
    void setToday(const QDate& today) { m_today = today; }
    void check();
    void openList();
    int newCount() const;
    const QList<Notice>& notices() const { return m_notices; }
    NotificationList* list() const { return m_list; }

signals:
    // The reminders announced by the last check (each once per account, ever).
    void announced(const QList<lp::Notice>& notices);
    // The user asked to act on a reminder: the main window opens its place.
    void openRequested(lp::WorkspaceKind kind, qint64 caseId);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void announce(const QList<Notice>& fresh);
    void open(const Notice& notice);

    AppContext& m_context;
    QDate m_today;
    bool m_checkedOnce = false;
    QList<Notice> m_notices;
    NotificationList* m_list = nullptr;
    QTimer* m_timer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    Notice m_lastAnnounced;
};

} // namespace lp
