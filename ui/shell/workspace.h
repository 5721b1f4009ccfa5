// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QWidget>

namespace lp {

class Database;
struct Session;

// What every workspace gets: the database the services use, and who is signed in.
struct AppContext
{
    Database& db;
    const Session& session;
};

// The workspaces another one may send the user to (a wizard page's "where to fix it", a step of the
// getting-started checklist, a reminder).
enum class WorkspaceKind { People, KpiLedger, Overview, Enrollment, KpiDashboard, Cases, CaseQueue };

// One page of the main window, reached from the navigation.
class Workspace : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    Workspace(AppContext& context, QWidget* parent = nullptr)
        : Retranslating<QWidget>(parent), m_context(context)
    {
    }
    // The name in the navigation, in the current language.
    virtual QString title() const = 0;
    // Reloads what it shows (called when it becomes visible).
    virtual void refresh() {}

protected:
    // The control Tab reaches first in this workspace, and the one that takes the focus when the
    // workspace is given it (docs/architecture.md#keyboard-and-screen-readers). Called at the end of
    // the constructor.
    void setMainControl(QWidget* control)
    {
        QWidget* target = control;
        while (target->focusProxy())
            target = target->focusProxy();
        // Right after the last stop before this workspace (the navigation, or another workspace's).
        QWidget* before = previousInFocusChain();
        while (before != this && (before->focusPolicy() == Qt::NoFocus || isAncestorOf(before)))
            before = before->previousInFocusChain();
        if (before != this)
            QWidget::setTabOrder(before, target);
        setFocusProxy(control);
    }

signals:
    // An action wrote something: `text` says what (its number and date); the main window
    // shows it in the status bar as well (docs/architecture.md#every-action-answers).
    void confirmed(const QString& text);
    // The user asked to go to another workspace to fix something there.
    void workspaceRequested(lp::WorkspaceKind kind);

protected:
    AppContext& m_context;
};

} // namespace lp
