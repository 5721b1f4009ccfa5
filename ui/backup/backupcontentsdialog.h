// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "storage/backupmanifest.h"
#include "widgets/retranslating.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// What a verified backup holds (its manifest), shown before it replaces a database: when it was
// taken and from where, the schema and application versions, the rows of every table and the
// audit trail's head. Accepting is the go-ahead ("Restore"); the caller says what will happen.
class BackupContentsDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    enum class Purpose {
        Restore, // File > Restore from Backup...: replaces the open database
        Damaged, // at start-up: the database cannot be read; the newest good automatic backup
    };

    BackupContentsDialog(const QString& file, const BackupManifest& manifest, const QString& database,
                         Purpose purpose, QWidget* parent = nullptr);

    // A table of the schema in words ("KPI records"), translated.
    static QString tableName(const QString& table);
    // "2 partners, 3,000 KPI records, ..." (tables holding rows only), translated.
    static QString rowSummary(const QMap<QString, qint64>& rows);

    // Damaged: why the database cannot be opened (shown above the backup), and the newer
    // backups that failed their check.
    void setProblem(const QString& problem, const QStringList& rejected);

protected:
    void retranslateUi() override;

private:
    QString m_file;
    BackupManifest m_manifest;
    QString m_database;
    Purpose m_purpose;
    QString m_problem;
    QStringList m_rejected;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_fileValue = nullptr;
    QLabel* m_taken = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_schema = nullptr;
    QLabel* m_application = nullptr;
    QLabel* m_audit = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
