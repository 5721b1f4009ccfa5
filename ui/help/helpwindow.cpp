// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "helpwindow.h"

#include "helpcollections.h"
#include "helptopics.h"
#include "i18n/translations.h"

#include <QFileInfo>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lp {
namespace {
QPointer<HelpWindow> g_window;
} // namespace

QVariant HelpBrowser::loadResource(int type, const QUrl& name)
{
    if (m_engine && name.scheme() == QLatin1String("qthelp"))
        return m_engine->fileData(name);
    return QTextBrowser::loadResource(type, name);
}

HelpWindow* HelpWindow::showTopic(const QString& topic, QWidget* from)
{
    QWidget* owner = from ? from->window() : nullptr;
    if (g_window && owner && g_window->parentWidget() != owner && g_window != owner) {
        // Over a modal wizard the window must be the wizard's, or the wizard would block it.
        const QRect geometry = g_window->geometry();
        g_window->setParent(owner, Qt::Window);
        g_window->setGeometry(geometry);
    }
    if (!g_window)
        g_window = new HelpWindow(owner);
    g_window->show(topic);
    return g_window;
}

HelpWindow* HelpWindow::instance()
{
    return g_window;
}

HelpWindow::HelpWindow(QWidget* parent) : Retranslating<QWidget>(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false);
    m_contentStack = new QStackedWidget(this);
    auto* indexPage = new QWidget(this);
    auto* indexLayout = new QVBoxLayout(indexPage);
    m_filter = new QLineEdit(indexPage);
    m_filter->setObjectName(QStringLiteral("indexFilter"));
    m_filter->setClearButtonEnabled(true);
    m_indexStack = new QStackedWidget(indexPage);
    indexLayout->addWidget(m_filter);
    indexLayout->addWidget(m_indexStack, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("helpTabs"));
    m_tabs->addTab(m_contentStack, QString());
    m_tabs->addTab(indexPage, QString());
    m_browser = new HelpBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpPage"));
    m_browser->setOpenExternalLinks(true);
    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("helpUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_unavailable);
    rightLayout->addWidget(m_browser, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 660});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (QHelpIndexWidget* i = index())
            i->filterIndices(text);
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (QHelpIndexWidget* i = index())
            i->activateCurrentItem();
    });
    // Wide enough for the titles of the contents in either language (tst_layout_i18n).
    m_tabs->setMinimumWidth(340);
    setMinimumSize(900, 560);
    resize(1000, 680);
    useLanguage(Translations::current());
    retranslateUi();
}

HelpWindow::~HelpWindow()
{
    // The engines' widgets live in our layout: taken out first, whoever else may delete them.
    for (Collection& c : m_collections) {
        QPointer<QWidget> contents(c.contents), index(c.index);
        if (contents)
            contents->setParent(nullptr);
        if (index)
            index->setParent(nullptr);
        delete c.engine;
        delete contents.data();
        delete index.data();
    }
}

HelpWindow::Collection& HelpWindow::collection(const QString& language)
{
    auto it = m_collections.find(language);
    if (it != m_collections.end())
        return *it;
    Collection c;
    const QString file = HelpCollections::collectionFile(language);
    if (!file.isEmpty()) {
        c.engine = new QHelpEngine(file);
        c.engine->setReadOnly(false);
        if (c.engine->setupData()) {
            const QString ns = QStringLiteral("io.github.learnpartnerdesk.guide.") + language;
            if (!c.engine->registeredDocumentations().contains(ns)) {
                c.engine->registerDocumentation(QFileInfo(file).path() + QStringLiteral("/learnpartner-") +
                                                language + QStringLiteral(".qch"));
            }
            c.contents = c.engine->contentWidget();
            c.contents->setObjectName(QStringLiteral("helpContents_") + language);
            c.index = c.engine->indexWidget();
            c.index->setObjectName(QStringLiteral("helpIndex_") + language);
            m_contentStack->addWidget(c.contents);
            m_indexStack->addWidget(c.index);
            connect(c.contents, &QHelpContentWidget::linkActivated, m_browser,
                    [this](const QUrl& url) { m_browser->setSource(url); });
            connect(c.index, &QHelpIndexWidget::documentActivated, m_browser,
                    [this](const QHelpLink& link, const QString&) { m_browser->setSource(link.url); });
            connect(c.index, &QHelpIndexWidget::documentsActivated, m_browser,
                    [this](const QList<QHelpLink>& links, const QString&) {
                        if (!links.isEmpty())
                            m_browser->setSource(links.first().url);
                    });
        } else {
            delete c.engine;
            c.engine = nullptr;
        }
    }
    return *m_collections.insert(language, c);
}

void HelpWindow::useLanguage(const QString& language)
{
    if (language == m_language)
        return;
    const QString topic = m_language.isEmpty() ? HelpTopics::home() : currentTopic();
    m_language = language;
    Collection& c = collection(language);
    m_browser->setEngine(c.engine);
    m_unavailable->setVisible(!c.engine);
    m_browser->setVisible(c.engine != nullptr);
    if (!c.engine)
        return;
    m_contentStack->setCurrentWidget(c.contents);
    m_indexStack->setCurrentWidget(c.index);
    m_browser->clearHistory();
    m_browser->setSource(HelpTopics::url(topic, language));
}

QString HelpWindow::currentTopic() const
{
    return HelpTopics::topicOf(m_browser->source());
}

QHelpContentWidget* HelpWindow::contents() const
{
    auto it = m_collections.find(m_language);
    return it == m_collections.end() ? nullptr : it->contents;
}

QHelpIndexWidget* HelpWindow::index() const
{
    auto it = m_collections.find(m_language);
    return it == m_collections.end() ? nullptr : it->index;
}

void HelpWindow::show(const QString& topic)
{
    if (m_browser->isVisible() || m_collections.value(m_language).engine)
        m_browser->setSource(HelpTopics::url(topic, m_language));
    QWidget::show();
    raise();
    activateWindow();
}

void HelpWindow::retranslateUi()
{
    useLanguage(Translations::current());
    setWindowTitle(tr("Learning Partner Desk Help"));
    m_tabs->setTabText(0, tr("&Contents"));
    m_tabs->setTabText(1, tr("&Index"));
    m_filter->setPlaceholderText(tr("Look for a word of the index"));
    m_filter->setAccessibleName(tr("Look for"));
    m_browser->setAccessibleName(tr("Page of the user guide"));
    for (Collection& c : m_collections) {
        if (c.contents)
            c.contents->setAccessibleName(tr("Contents of the user guide"));
        if (c.index)
            c.index->setAccessibleName(tr("Index of the user guide"));
    }
    m_unavailable->setText(tr("The user guide could not be opened. It is also in the docs/guide folder "
                              "of the source code."));
}

} // namespace lp
