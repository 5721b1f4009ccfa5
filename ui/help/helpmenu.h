// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "shell/workspace.h"
#include "widgets/retranslating.h"

#include <QMenu>

#include <functional>

class QAction;

namespace lp {

// The main window's Help menu: the user guide at the page of the workspace shown (F1), What's
// This? (Shift+F1), the keyboard shortcuts of the window (read from its actions) and the About box.
class HelpMenu : public Retranslating<QMenu>
{
    Q_OBJECT

public:
    // `current` gives the workspace shown, whose guide page F1 opens.
    HelpMenu(AppContext& context, std::function<QWidget*()> current, QWidget* window);

    void showGuide();
    void showShortcuts();
    void showAbout();

protected:
    void retranslateUi() override;

private:
    AppContext& m_context;
    std::function<QWidget*()> m_current;
    QWidget* m_window;
    QAction* m_guide = nullptr;
    QAction* m_whatsThis = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_about = nullptr;
};

} // namespace lp
