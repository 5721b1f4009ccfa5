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
    AppContext& m_context;
};

} // namespace lp
