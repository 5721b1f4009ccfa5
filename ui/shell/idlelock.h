// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace lp {

// Watches the whole application's keyboard and mouse input (an application event filter) and
// says idle() after `timeout` without any. 0 turns it off. Paused while the lock is shown.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    void setPaused(bool paused);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    int m_timeout = 0;
    bool m_paused = false;
};

} // namespace lp
