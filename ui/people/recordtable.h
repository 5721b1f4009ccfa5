// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// A table of records with the actions a list of people needs: add, edit, remove, import
// and export CSV. Emits the action with the id of the selected row; the owner does the work.
// Enter (or a double-click) edits, Delete removes.
class RecordTable : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QVariantList cells; // text, or a QDate shown in the short form and sorted as a date
        QString warning;    // non-empty: the row is flagged, with this as its tooltip
        bool muted = false; // e.g. an expired MCT
    };

    explicit RecordTable(const QString& objectName, QWidget* parent = nullptr);
    void setEditable(bool editable);
    void setHeaders(const QStringList& headers);
    void setRows(const QList<Row>& rows);
    void setNote(const QString& note);
    qint64 currentId() const;
    QTableWidget* table() const { return m_table; }
    void retranslateUi();

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);
    void importRequested();
    void exportRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    QLabel* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    bool m_editable = false;
};

} // namespace lp
