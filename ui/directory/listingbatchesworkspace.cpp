// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "listingbatchesworkspace.h"

#include "countrynames.h"
#include "widgets/formhelpers.h"

#include "domain/messages.h"
#include "services/listingservice.h"
#include "services/partnerservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

ListingBatchesWorkspace::ListingBatchesWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("batchMonth"));
    m_markSent = new QPushButton(this);
    m_markSent->setObjectName(QStringLiteral("markBatchSent"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("batchResult"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("queuedListings"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    form::fitColumnsToContents(m_table->horizontalHeader());
    auto* row = new QHBoxLayout;
    row->addWidget(m_month, 1);
    row->addWidget(m_markSent);
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
    connect(m_markSent, &QPushButton::clicked, this, &ListingBatchesWorkspace::markSent);
    setMainControl(m_month);
    retranslateUi();
}

void ListingBatchesWorkspace::refresh()
{
    auto queued = ListingService(m_context.db).queued(m_context.session);
    m_queued = queued ? queued.value() : QList<ListingRequest>{};
    if (!queued)
        m_result->setText(Messages::text(queued.error()));
    m_partnerNames.clear();
    if (auto partners = PartnerService(m_context.db).list(m_context.session)) {
        for (const Partner& p : partners.value())
            m_partnerNames.insert(p.id, QStringLiteral("%1 (%2)").arg(p.name, p.mpnId));
    }
    fill();
}

void ListingBatchesWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(tr("Requests are sent to the Learning Partner directory in one manual batch a month, "
                        "during the third week "
                        "(days 15-21). Once a month's batch is sent, mark it here: every request of that "
                        "month moves to sent."));
    m_month->setAccessibleName(tr("Batch month"));
    m_markSent->setText(tr("&Mark the batch as sent"));
    m_table->setHorizontalHeaderLabels(
        {tr("Batch"), tr("Partner"), tr("Name to show"), tr("Country"), tr("Landing page")});
    m_table->setAccessibleName(tr("Requests waiting for their batch"));
    fill();
}

void ListingBatchesWorkspace::fill()
{
    const QLocale locale;
    const QDate selected = m_month->currentData().toDate();
    m_month->clear();
    QList<QDate> months;
    for (const ListingRequest& r : m_queued) {
        if (!months.contains(r.batchMonth))
            months.append(r.batchMonth);
    }
    for (const QDate& m : months)
        m_month->addItem(tr("Batch of %1 (%n request(s))", nullptr,
                            int(std::count_if(m_queued.cbegin(), m_queued.cend(),
                                              [&](const ListingRequest& r) { return r.batchMonth == m; })))
                             .arg(locale.toString(m, QStringLiteral("MMMM yyyy"))),
                         m);
    if (const int i = m_month->findData(selected); i >= 0)
        m_month->setCurrentIndex(i);
    m_markSent->setEnabled(!months.isEmpty());

    m_table->setRowCount(int(m_queued.size()));
    for (int row = 0; row < m_queued.size(); ++row) {
        const ListingRequest& r = m_queued[row];
        const QStringList cells{locale.toString(r.batchMonth, QStringLiteral("MMMM yyyy")),
                                m_partnerNames.value(r.partnerId), r.displayName,
                                CountryNames::withCode(r.country), r.landingUrl};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

void ListingBatchesWorkspace::markSent()
{
    const QDate month = m_month->currentData().toDate();
    if (!month.isValid())
        return;
    auto moved = ListingService(m_context.db).markBatchSent(m_context.session, month, QDate::currentDate());
    m_result->setText(moved ? tr("%n request(s) marked as sent.", nullptr, moved.value())
                            : Messages::text(moved.error()));
    refresh();
}

} // namespace lp
