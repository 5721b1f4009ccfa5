// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "partnersworkspace.h"

#include "countrynames.h"
#include "domain/messages.h"
#include "services/partnerservice.h"
#include "widgets/formhelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

PartnersWorkspace::PartnersWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("partners"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        emit partnerOpened(m_table->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    setMainControl(m_table);
    retranslateUi();
}

void PartnersWorkspace::refresh()
{
    auto list = PartnerService(m_context.db).list(m_context.session);
    m_partners = list ? list.value() : QList<Partner>{};
    if (!list)
        m_intro->setText(Messages::text(list.error()));
    fill();
}

void PartnersWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        tr("Every partner in this database. Open one (double-click or Enter) to see its overview."));
    m_table->setHorizontalHeaderLabels({tr("MPN ID"), tr("Name"), tr("Country"), tr("Anniversary date")});
    m_table->setAccessibleName(tr("Partners"));
    fill();
}

void PartnersWorkspace::fill()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_partners.size()));
    for (int row = 0; row < m_partners.size(); ++row) {
        const Partner& p = m_partners[row];
        auto* id = new QTableWidgetItem(p.mpnId);
        id->setData(Qt::UserRole, p.id);
        m_table->setItem(row, 0, id);
        m_table->setItem(row, 1, new QTableWidgetItem(p.name));
        m_table->setItem(row, 2, new QTableWidgetItem(CountryNames::withCode(p.country)));
        m_table->setItem(row, 3, form::dateItem(p.anniversary));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

} // namespace lp
