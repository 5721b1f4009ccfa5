// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "recordtable.h"

#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

RecordTable::RecordTable(const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    m_table = new QTableWidget(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("import"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordTable::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentId()); });
    connect(m_import, &QPushButton::clicked, this, &RecordTable::importRequested);
    connect(m_export, &QPushButton::clicked, this, &RecordTable::exportRequested);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_editable)
            emit editRequested(currentId());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordTable::updateButtons);
    setEditable(false);
    retranslateUi();
}

void RecordTable::retranslateUi()
{
    m_add->setText(tr("&Add..."));
    m_edit->setText(tr("&Edit..."));
    m_remove->setText(tr("&Remove"));
    m_import->setText(tr("&Import CSV..."));
    m_export->setText(tr("Ex&port CSV..."));
}

void RecordTable::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton* b : {m_add, m_edit, m_remove, m_import})
        b->setVisible(editable);
    updateButtons();
}

void RecordTable::updateButtons()
{
    const bool selected = currentId() != 0;
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
}

void RecordTable::setHeaders(const QStringList& headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

void RecordTable::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void RecordTable::setRows(const QList<Row>& rows)
{
    const qint64 keep = currentId();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].cells.size(); ++c) {
            const QVariant& cell = rows[r].cells[c];
            QTableWidgetItem* item = cell.typeId() == QMetaType::QDate
                                         ? form::dateItem(cell.toDate())
                                         : new QTableWidgetItem(cell.toString());
            item->setData(Qt::UserRole, rows[r].id);
            if (!rows[r].warning.isEmpty()) {
                item->setToolTip(rows[r].warning);
                item->setBackground(ui::stateBackground(ui::State::Pending, m_table->palette()));
                if (c == 0)
                    item->setIcon(warning);
            }
            if (rows[r].muted)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(r);
    }
    updateButtons();
}

qint64 RecordTable::currentId() const
{
    const auto selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

bool RecordTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_editable) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && currentId() != 0) {
            emit removeRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lp
