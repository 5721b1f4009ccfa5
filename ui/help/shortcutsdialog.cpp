// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "shortcutsdialog.h"

#include <algorithm>

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
namespace {

// "&Back Up Now..." as a person reads it in a list: "Back Up Now".
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : Retranslating<QDialog>(parent), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_intro->setBuddy(m_table);
    layout->addWidget(m_table, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumSize(520, 360);
    resize(640, 460);
    retranslateUi();
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QWidget* window)
{
    QList<Row> rows;
    QSet<const QAction*> seen;
    QList<QAction*> actions = window->actions();
    actions += window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (seen.contains(action) || action->isSeparator() || action->shortcuts().isEmpty() ||
            !action->isVisible())
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString where;
        for (const QObject* object : action->associatedObjects()) {
            if (const auto* menu = qobject_cast<const QMenu*>(object)) {
                where = plain(menu->title());
                break;
            }
        }
        if (where.isEmpty())
            where = ShortcutsDialog::tr("Main window");
        rows.append({keys.join(QStringLiteral(", ")), plain(action->text()), where});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.where == b.where ? a.action.localeAwareCompare(b.action) < 0
                                  : a.where.localeAwareCompare(b.where) < 0;
    });
    return rows;
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("The &shortcuts of the main window:"));
    m_table->setHorizontalHeaderLabels({tr("Shortcut"), tr("Action"), tr("Menu")});
    m_table->setAccessibleName(tr("Shortcuts of the main window"));
    const QList<Row> list = rows(m_window);
    m_table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(list[i].keys));
        m_table->setItem(i, 1, new QTableWidgetItem(list[i].action));
        m_table->setItem(i, 2, new QTableWidgetItem(list[i].where));
    }
    m_table->resizeColumnsToContents();
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

} // namespace lp
