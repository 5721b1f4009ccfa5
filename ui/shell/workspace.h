#pragma once

#include <QEvent>
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

// One page of the main window, reached from the navigation.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    Workspace(AppContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}
    // The name in the navigation, in the current language.
    virtual QString title() const = 0;
    // Reloads what it shows (called when it becomes visible).
    virtual void refresh() {}

protected:
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QWidget::changeEvent(event);
    }

    AppContext& m_context;
};

} // namespace lp
