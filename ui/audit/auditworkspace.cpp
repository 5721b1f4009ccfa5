// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "auditworkspace.h"

#include "auditcsv.h"
#include "audittexts.h"
#include "domain/messages.h"
#include "services/auditservice.h"
#include "services/partnerservice.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
AuditWorkspace::AuditWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    m_heading = form::workspaceHeading(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("auditPartner"));
    m_from = form::boundDateEdit(this, "auditFrom");
    m_to = form::boundDateEdit(this, "auditTo");
    auto* filters = new QGridLayout;
    const QList<QWidget*> fields{m_person, m_action, m_partner, m_from, m_to};
    for (int i = 0; i < fields.size(); ++i) {
        auto* label = new QLabel(this);
        label->setBuddy(fields[i]);
        m_labels << label;
        filters->addWidget(label, 0, i);
        filters->addWidget(fields[i], 1, i);
    }
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportAudit"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);

    m_table = form::listTable(this, "auditEntries", 5);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("auditEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailHeading = new QLabel(detail);
    m_detailHeading->setObjectName(QStringLiteral("auditDetailHeading"));
    m_detailHeading->setWordWrap(true);
    m_detail = form::listTable(detail, "auditDetail", 3);
    m_detail->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_hash = new QLabel(detail);
    m_hash->setObjectName(QStringLiteral("auditHash"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_hash);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_empty);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 240});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(splitter, 1);

    for (QComboBox* box : {m_person, m_action, m_partner})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditWorkspace::refresh);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditWorkspace::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditWorkspace::showSelected);
    connect(m_verify, &QPushButton::clicked, this, &AuditWorkspace::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditWorkspace::exportCsv);
    setMainControl(m_table);
    retranslateUi();
}

void AuditWorkspace::fillFilters()
{
    const QSignalBlocker blockPerson(m_person), blockAction(m_action), blockPartner(m_partner);
    const QString person = m_person->currentData().toString();
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    if (auto people = AuditService(m_context.db).people(m_context.session)) {
        QStringList names;
        for (const AuditPerson& p : people.value()) {
            if (!names.contains(p.userName)) {
                names << p.userName;
                m_person->addItem(tr("%1 (%2)").arg(p.userName, AuditTexts::role(p.role)), p.userName);
            }
        }
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));

    const QString action = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Every action"), QString());
    for (const QString& a : AuditTexts::actions())
        m_action->addItem(AuditTexts::actionTitle(a), a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));

    const qint64 partner = m_partner->currentData().toLongLong();
    m_partner->clear();
    m_partner->addItem(tr("Every partner"), qint64(0));
    m_partners.clear();
    if (auto partners = PartnerService(m_context.db).list(m_context.session)) {
        for (const Partner& p : partners.value()) {
            const QString name = tr("%1 (MPN ID %2)").arg(p.name, p.mpnId);
            m_partners.insert(p.id, name);
            m_partner->addItem(name, p.id);
        }
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(partner)));
}

void AuditWorkspace::refresh()
{
    if (m_partners.isEmpty())
        fillFilters();
    AuditFilter filter;
    filter.userName = m_person->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.partnerId = m_partner->currentData().toLongLong();
    filter.from = form::dateBound(m_from);
    filter.to = form::dateBound(m_to);
    auto entries = AuditService(m_context.db).entries(m_context.session, filter);
    m_entries = entries ? entries.value() : QList<AuditEntry>{};
    if (!entries)
        m_result->setText(Messages::text(entries.error()));
    const bool filtered = !(filter == AuditFilter());
    m_empty->setText(filtered
                         ? tr("No entry matches these filters. Choose Everyone, Every action, Every partner "
                              "or clear the dates to see more.")
                         : tr("The audit trail is empty. Every change made in the program (an enrollment, "
                              "an import, a case, a listing, a person, an account) adds an entry here."));
    fill();
}

QByteArray AuditWorkspace::csv() const
{
    return AuditCsv::write(m_entries, m_partners);
}

void AuditWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        tr("Every change to enrollments, purchases, cases, listings, people and accounts, newest first. "
           "Each entry is chained to the one before it, so an edited, removed or reordered entry is found."));
    const QStringList labels{tr("&Person:"), tr("&Action:"), tr("Pa&rtner:"), tr("Fro&m:"), tr("&Until:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("any day"));
        edit->updateGeometry(); // its size hint has room for this text (ui::LocaleDateEdit)
    }
    m_verify->setText(tr("&Verify the chain"));
    m_export->setText(tr("E&xport CSV..."));
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Partner"), tr("Entry")});
    m_detail->setAccessibleName(tr("Before and after of the selected entry"));
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_partners.clear();
    if (isVisible())
        refresh();
    else
        fill();
}

void AuditWorkspace::fill()
{
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const AuditEntry& e = m_entries[i];
        form::setRow(m_table, i,
                     {AuditTexts::when(e), AuditTexts::who(e), AuditTexts::sentence(e),
                      e.partnerId ? m_partners.value(e.partnerId, QString::number(e.partnerId)) : QString(),
                      QString::number(e.id)});
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    m_export->setEnabled(!m_entries.isEmpty());
    m_export->setToolTip(m_entries.isEmpty() ? tr("No entry to export: change the filters.") : QString());
    showSelected();
}

void AuditWorkspace::showSelected()
{
    const int row = m_table->currentRow();
    m_detail->setRowCount(0);
    if (row < 0 || row >= m_entries.size() || !m_table->selectionModel()->hasSelection()) {
        m_detailHeading->setText(tr("Select an entry to see what it changed."));
        m_hash->clear();
        return;
    }
    const AuditEntry& e = m_entries[row];
    m_detailHeading->setText(
        tr("%1 %2, %3.").arg(AuditTexts::who(e), AuditTexts::sentence(e), AuditTexts::when(e)));
    const QList<AuditTexts::FieldChange> fields = AuditTexts::fields(e);
    m_detail->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const AuditTexts::FieldChange& f = fields[i];
        form::setRow(m_detail, i, {f.label, f.before, f.after});
        if (f.changed) {
            for (int col = 1; col <= 2; ++col) {
                QTableWidgetItem* item = m_detail->item(i, col);
                item->setBackground(ui::stateBackground(ui::State::Pending, m_detail->palette()));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_detail->item(i, 0)->setData(Qt::AccessibleTextRole, tr("%1, changed").arg(f.label));
        }
    }
    m_detail->resizeColumnsToContents();
    m_hash->setText(tr("Entry %1, hash %2").arg(e.id).arg(QString::fromLatin1(e.hash)));
}

void AuditWorkspace::verify()
{
    auto v = AuditService(m_context.db).verify(m_context.session);
    if (!v) {
        m_result->setText(Messages::text(v.error()));
        return;
    }
    m_result->setText(v->intact ? tr("The chain is intact: %n entry(ies) checked.", nullptr, int(v->entries))
                                : tr("The chain is broken: %1").arg(Messages::text(v->problem)));
    ui::setStateText(m_result, v->intact ? ui::State::Met : ui::State::Short);
}

void AuditWorkspace::exportCsv()
{
    const QString name =
        QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QStringLiteral("/audit-trail.csv"),
                                     tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    const QByteArray bytes = csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_result->setText(tr("Cannot write %1: %2").arg(name, file.errorString()));
    else
        m_result->setText(tr("%n entry(ies) exported to %1.", nullptr, int(m_entries.size())).arg(name));
}

} // namespace lp
