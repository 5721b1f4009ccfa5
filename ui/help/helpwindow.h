// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "widgets/retranslating.h"

#include <QHash>
#include <QPointer>
#include <QTextBrowser>
#include <QWidget>

class QHelpEngine;
class QHelpContentWidget;
class QHelpIndexWidget;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace lp {

// Shows the pages of the Qt Help collection of one language (HelpCollections).
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;
    void setEngine(QHelpEngine* engine) { m_engine = engine; }
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QHelpEngine* m_engine = nullptr;
};

// The user guide in the application: contents and index on the left, the page on the right, in
// the language of the interface (it follows a switch at run time, on the same page). One window
// at a time, a child of the window F1 was pressed in (so a modal wizard does not block it).
class HelpWindow : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    // Shows `topic` (HelpTopics) in the help window, opened over `from`'s window if needed.
    static HelpWindow* showTopic(const QString& topic, QWidget* from);
    // The help window when one is open, else nullptr.
    static HelpWindow* instance();

    ~HelpWindow() override;
    // The topic shown ("ledger", "requirements#kpi") and the language of the collection shown.
    QString currentTopic() const;
    QString language() const { return m_language; }
    HelpBrowser* browser() const { return m_browser; }
    QHelpContentWidget* contents() const;
    QHelpIndexWidget* index() const;
    void show(const QString& topic);

protected:
    void retranslateUi() override;

private:
    explicit HelpWindow(QWidget* parent);
    struct Collection
    {
        QHelpEngine* engine = nullptr;
        QHelpContentWidget* contents = nullptr;
        QHelpIndexWidget* index = nullptr;
        QWidget* indexPage = nullptr;
    };
    // The collection of `language`, opened the first time it is asked for.
    Collection& collection(const QString& language);
    void useLanguage(const QString& language);

    QHash<QString, Collection> m_collections;
    QString m_language;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    QStackedWidget* m_indexStack = nullptr;
    QLineEdit* m_filter = nullptr;
    HelpBrowser* m_browser = nullptr;
    QLabel* m_unavailable = nullptr;
};

} // namespace lp
