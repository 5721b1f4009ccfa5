// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "ledgermodel.h"

#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "shell/workspace.h"
#include "storage/database.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPointer>

#include <limits>

namespace lp {

LedgerModel::LedgerModel(AppContext& context, qint64 partnerId, QObject* parent)
    : QAbstractTableModel(parent), m_context(context), m_partnerId(partnerId)
{
    m_thread.setObjectName(QStringLiteral("ledger filter"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LedgerModel::~LedgerModel()
{
    ++m_generation; // whatever is queued is for nothing now
    // The connection is closed in the thread that made it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_workerDb.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LedgerModel::setPartner(qint64 partnerId)
{
    beginResetModel();
    m_partnerId = partnerId;
    clearPages();
    m_total = 0;
    endResetModel();
}

void LedgerModel::setFilter(const LedgerFilter& filter)
{
    m_filter = filter;
    const quint64 generation = ++m_generation;
    m_counting = false;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const Session session = m_context.session;
    const qint64 partnerId = m_partnerId;
    const QDate asOf = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    QPointer<LedgerModel> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [this, self, generation, session, partnerId, filter, asOf, timer] {
            if (generation != m_generation.load())
                return; // typed over: a newer filter is queued
            Result<qint64> total = qint64(0);
            Result<QList<LedgerRow>> first = QList<LedgerRow>();
            if (!m_workerDb) {
                auto db = m_context.db.openAnother();
                if (db)
                    m_workerDb = std::move(db).value();
                else
                    total = db.error();
            }
            // The first page first: rows on screen do not wait for the count
            // (docs/architecture.md#the-ledger-at-a-million-rows). A page shorter than a page is
            // the whole view, and its size the count; else the view is counted after it is shown.
            bool full = false;
            if (m_workerDb) {
                LedgerService ledger(*m_workerDb);
                first = ledger.page(session, partnerId, filter, {LedgerService::Seek::From::Offset, 0, {}},
                                    kPageRows, asOf);
                if (!first)
                    total = first.error();
                else if (first->size() < kPageRows)
                    total = qint64(first->size());
                else
                    full = true;
            }
            const qint64 ms = timer.elapsed();
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, asOf, total, first, full, ms] {
                    if (self)
                        self->loaded(generation, asOf, full ? Result<qint64>(qint64(-1)) : total, first, ms);
                },
                Qt::QueuedConnection);
            if (!full || generation != m_generation.load())
                return; // nothing to count, or typed over meanwhile
            total = LedgerService(*m_workerDb).count(session, partnerId, filter, asOf);
            const qint64 countMs = timer.elapsed();
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, total, countMs] {
                    if (self)
                        self->countIn(generation, total, countMs);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LedgerModel::loaded(quint64 generation, const QDate& asOf, const Result<qint64>& total,
                         const Result<QList<LedgerRow>>& first, qint64 ms)
{
    if (generation != m_generation.load())
        return;
    beginResetModel();
    clearPages();
    m_asOf = asOf;
    // A total of -1: the first page is full and the rest is being counted; the first page is shown.
    m_counting = total && total.value() < 0;
    m_total = !total ? 0 : m_counting ? qint64(first->size()) : total.value();
    if (!total)
        m_error = total.error();
    else if (!first)
        m_error = first.error();
    else if (!first->isEmpty())
        m_pages.insert(0, new Page(first.value()));
    endResetModel();
    m_loading = false;
    emit loadingChanged(false);
    emit filterApplied(ms);
    if (!m_counting)
        emit countReady(ms);
}

void LedgerModel::countIn(quint64 generation, const Result<qint64>& total, qint64 ms)
{
    if (generation != m_generation.load() || !m_counting)
        return;
    m_counting = false;
    if (!total) {
        m_error = total.error();
        emit readFailed();
    } else if (total.value() >= m_total) {
        // The rows after the first page: the view keeps what it shows (its place, the selection).
        if (total.value() > m_total) {
            const qint64 last = std::min<qint64>(total.value(), std::numeric_limits<int>::max()) - 1;
            beginInsertRows({}, int(m_total), int(last));
            m_total = total.value();
            endInsertRows();
        }
    } else { // fewer than the page shown: the ledger changed meanwhile; the view is read again
        beginResetModel();
        clearPages();
        m_total = total.value();
        endResetModel();
    }
    emit countReady(ms);
}

void LedgerModel::clearPages()
{
    m_pages.clear();
    m_error.reset();
}

void LedgerModel::reload()
{
    ++m_generation; // an answer on its way is for an older view
    m_counting = false;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    beginResetModel();
    clearPages();
    m_asOf = QDate::currentDate();
    auto total = LedgerService(m_context.db).count(m_context.session, m_partnerId, m_filter, m_asOf);
    m_total = total ? total.value() : 0;
    if (!total)
        m_error = total.error();
    endResetModel();
}

void LedgerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}
int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Reads page `page` (rows page * kPageRows onwards) into the cache: from the end of the page
// before it or the start of the page after it when one of them is kept, else with an OFFSET.
LedgerModel::Page* LedgerModel::readPage(int page) const
{
    LedgerService::Seek seek{LedgerService::Seek::From::Offset, qint64(page) * kPageRows, {}};
    if (const Page* before = m_pages.object(page - 1); before && before->size() == kPageRows)
        seek = {LedgerService::Seek::From::After, 0, before->last().purchase};
    else if (const Page* after = m_pages.object(page + 1); after && !after->isEmpty())
        seek = {LedgerService::Seek::From::Before, 0, after->first().purchase};
    // Stepping over a few hundred thousand rows of a filtered view can take a second.
    std::optional<form::BusyCursor> busy;
    if (seek.from == LedgerService::Seek::From::Offset && page > 0)
        busy.emplace();
    auto rows =
        LedgerService(m_context.db).page(m_context.session, m_partnerId, m_filter, seek, kPageRows, m_asOf);
    busy.reset();
    if (!rows) {
        const bool first = !m_error;
        m_error = rows.error();
        if (first) // once: the view asks again for every cell of the page
            QMetaObject::invokeMethod(const_cast<LedgerModel*>(this), &LedgerModel::readFailed,
                                      Qt::QueuedConnection);
        return nullptr;
    }
    ++(seek.from == LedgerService::Seek::From::Offset ? m_offsetReads : m_keysetReads);
    auto* read = new Page(std::move(rows).value());
    m_pages.insert(page, read);
    return read;
}

const LedgerRow* LedgerModel::cachedRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / kPageRows;
    Page* rows = m_pages.object(page);
    if (!rows && !m_error)
        rows = readPage(page);
    const int at = row % kPageRows;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

std::optional<LedgerRow> LedgerModel::rowAt(int row) const
{
    const LedgerRow* r = cachedRow(row);
    return r ? std::optional<LedgerRow>(*r) : std::nullopt;
}

QString LedgerModel::statusText(const LedgerRow& row)
{
    if (!row.reason)
        return tr("Counted");
    switch (*row.reason) {
    case ExclusionReason::NotInvoice:
        return tr("Not counted: not an invoice");
    case ExclusionReason::OutsideWindow:
        return tr("Not counted: outside the window");
    case ExclusionReason::NotYetReported:
        return tr("Pending: in the report of %1").arg(display::longDate(row.visibleOn));
    case ExclusionReason::OtherCompetency: // the ledger filters no competency
        break;
    }
    return Messages::exclusionReason(*row.reason, row.visibleOn);
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const LedgerRow* read = cachedRow(index.row());
    if (!read)
        return {};
    const LedgerRow& row = *read;
    const Purchase& p = row.purchase;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InvoiceDate:
            return display::shortDate(p.invoiceDate);
        case Invoice:
            return p.invoice;
        case Line:
            return p.line;
        case DocumentType:
            return DisplayNames::documentType(p.documentType);
        case OmlpType:
            return p.omlpType;
        case Units:
            return p.units;
        case KpiValue:
            return display::number(p.kpiValue);
        case Revenue:
            return display::money(p.revenueCents, p.currency);
        case Competency:
            return p.competency;
        case Status:
            return statusText(row);
        }
    }
    // A text cut to its column's width is whole in the tooltip.
    if (role == Qt::ToolTipRole && (index.column() == Status || index.column() == OmlpType ||
                                    index.column() == Invoice || index.column() == Competency))
        return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && (index.column() == Units || index.column() == KpiValue ||
                                          index.column() == Revenue || index.column() == Line))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && row.reason)
        return QBrush(ui::stateForeground(
            *row.reason == ExclusionReason::NotYetReported ? ui::State::Pending : ui::State::Excluded,
            QGuiApplication::palette()));
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InvoiceDate:
        return tr("Invoice date");
    case Invoice:
        return tr("Invoice");
    case Line:
        return tr("Line");
    case DocumentType:
        return tr("Document");
    case OmlpType:
        return tr("OMLP type");
    case Units:
        return tr("Units");
    case KpiValue:
        return tr("KPI value");
    case Revenue:
        return tr("Revenue");
    case Competency:
        return tr("Competency");
    case Status:
        return tr("In the latest report");
    }
    return {};
}

} // namespace lp
