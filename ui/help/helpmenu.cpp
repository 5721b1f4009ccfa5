// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "helpmenu.h"

#include "aboutdialog.h"
#include "helptopics.h"
#include "helpwindow.h"
#include "shortcutsdialog.h"

#include <QWhatsThis>

namespace lp {

HelpMenu::HelpMenu(AppContext& context, std::function<QWidget*()> current, QWidget* window)
    : Retranslating<QMenu>(window), m_context(context), m_current(std::move(current)), m_window(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_guide = addAction(QString(), this, &HelpMenu::showGuide);
    m_guide->setObjectName(QStringLiteral("userGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_whatsThis = addAction(QString(), this, [] { QWhatsThis::enterWhatsThisMode(); });
    m_whatsThis->setObjectName(QStringLiteral("whatsThis"));
    m_whatsThis->setShortcut(QKeySequence::WhatsThis);
    addSeparator();
    m_shortcuts = addAction(QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    addSeparator();
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setMenuRole(QAction::AboutRole);
    // The shortcuts work wherever the focus is in the window, the menu closed.
    window->addActions({m_guide, m_whatsThis});
    retranslateUi();
}

void HelpMenu::showGuide()
{
    HelpWindow::showTopic(HelpTopics::forWidget(m_current ? m_current() : nullptr), m_window);
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window, m_window);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    AboutDialog dialog(m_context.db, m_window);
    dialog.exec();
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_whatsThis->setText(tr("&What's This?"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts..."));
    m_about->setText(tr("&About Learning Partner Desk"));
}

} // namespace lp
