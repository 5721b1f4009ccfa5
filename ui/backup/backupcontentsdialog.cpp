// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "backupcontentsdialog.h"

#include "storage/database.h"
#include "widgets/formhelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

BackupContentsDialog::BackupContentsDialog(const QString& file, const BackupManifest& manifest,
                                           const QString& database, Purpose purpose, QWidget* parent)
    : Retranslating<QDialog>(parent), m_file(file), m_manifest(manifest), m_database(database),
      m_purpose(purpose)
{
    setObjectName(QStringLiteral("backupContentsDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    auto value = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_fileValue = value("backupFile");
    m_taken = value("takenAt");
    m_source = value("takenFrom");
    m_schema = value("schemaVersion");
    m_application = value("applicationVersion");
    m_audit = value("auditHead");
    m_form = new QFormLayout;
    form::addRows(m_form, this, {m_fileValue, m_taken, m_source, m_schema, m_application, m_audit});
    m_rows = form::listTable(this, "rowsPerTable", 2);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->setFocusPolicy(Qt::NoFocus);
    m_rows->setRowCount(int(m_manifest.rows.size()));
    m_rows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rows->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_warning);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    m_ok->setObjectName(QStringLiteral("restore"));
    m_ok->setDefault(false); // replacing a database is never the Enter key's doing
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    setMinimumSize(560, 560);
    retranslateUi();
}

void BackupContentsDialog::setProblem(const QString& problem, const QStringList& rejected)
{
    m_problem = problem;
    m_rejected = rejected;
    retranslateUi();
}

QString BackupContentsDialog::tableName(const QString& table)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("partners"), QT_TR_NOOP("Partners")},
        {QStringLiteral("memberships"), QT_TR_NOOP("Memberships")},
        {QStringLiteral("trainers"), QT_TR_NOOP("Microsoft Certified Trainers")},
        {QStringLiteral("exam_passes"), QT_TR_NOOP("Exam passes")},
        {QStringLiteral("purchases"), QT_TR_NOOP("KPI records")},
        {QStringLiteral("users"), QT_TR_NOOP("User accounts")},
        {QStringLiteral("enrollments"), QT_TR_NOOP("Enrollments")},
        {QStringLiteral("discrepancy_cases"), QT_TR_NOOP("Discrepancy cases")},
        {QStringLiteral("case_evidence"), QT_TR_NOOP("Case evidence")},
        {QStringLiteral("listing_requests"), QT_TR_NOOP("Directory listing requests")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit trail entries")},
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(it.value());
}

QString BackupContentsDialog::rowSummary(const QMap<QString, qint64>& rows)
{
    QStringList parts;
    const QLocale locale;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (it.value() > 0)
            parts << tr("%1: %2").arg(tableName(it.key()), locale.toString(it.value()));
    }
    return parts.isEmpty() ? tr("no rows") : parts.join(QLatin1String(", "));
}

void BackupContentsDialog::retranslateUi()
{
    const QLocale locale;
    const bool damaged = m_purpose == Purpose::Damaged;
    setWindowTitle(damaged ? tr("Damaged database") : tr("Restore from backup"));
    m_heading->setText(damaged ? tr("The database is damaged") : tr("What the backup holds"));
    if (damaged) {
        QString intro = tr("The database %1 cannot be read: %2").arg(m_database, m_problem);
        intro += QLatin1Char('\n') + tr("The newest good automatic backup is shown below.");
        if (!m_rejected.isEmpty())
            intro +=
                QLatin1Char('\n') +
                tr("Newer backups that failed their check: %1").arg(m_rejected.join(QLatin1String("; ")));
        m_intro->setText(intro);
        m_warning->setText(
            tr("Restoring makes the database again from this backup; the damaged file is kept next to "
               "it, as it is. Work done after the backup was taken is not in it."));
    } else {
        m_intro->setText(tr("The backup was checked: it is intact and matches its manifest."));
        m_warning->setText(tr("Restoring replaces everything in %1 with the content of this backup. The "
                              "database as it is now is backed up first, next to it. Everyone signs in "
                              "again afterwards.")
                               .arg(m_database));
    }
    form::setLabels(m_form, {tr("Backup file:"), tr("Taken on:"), tr("Taken from:"), tr("Schema version:"),
                             tr("Application version:"), tr("Audit trail:")});
    m_fileValue->setText(QDir::toNativeSeparators(m_file));
    m_taken->setText(locale.toString(m_manifest.createdAt.toLocalTime(), QLocale::LongFormat));
    m_source->setText(m_manifest.source);
    m_schema->setText(m_manifest.schemaVersion == Database::latestSchemaVersion()
                          ? tr("%1 (this version's)").arg(m_manifest.schemaVersion)
                          : tr("%1 (this version: %2; upgraded as it is restored)")
                                .arg(m_manifest.schemaVersion)
                                .arg(Database::latestSchemaVersion()));
    m_application->setText(m_manifest.applicationVersion);
    m_audit->setText(m_manifest.auditEntries == 0 ? tr("empty")
                                                  : tr("%n entry(ies), the newest number %1 (%2...)", nullptr,
                                                       int(m_manifest.auditEntries))
                                                        .arg(m_manifest.auditId)
                                                        .arg(m_manifest.auditHash.left(12)));
    m_rows->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    int row = 0;
    for (auto it = m_manifest.rows.begin(); it != m_manifest.rows.end(); ++it, ++row) {
        form::setRow(m_rows, row, {tableName(it.key()), locale.toString(it.value())});
        m_rows->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_ok->setText(tr("&Restore"));
    m_cancel->setText(damaged ? tr("&Quit") : tr("Cancel"));
}

} // namespace lp
