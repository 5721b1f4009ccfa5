// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/ledgerservice.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QThread>

#include <atomic>
#include <memory>

namespace lp {

struct AppContext;
class Database;

// The partner's purchases, newest first; filtering happens in SQL. Each row says whether it
// counts in the latest report's window, and if not, why.
//
// The model has every row of the view from the start (the count comes first), so the scroll
// bar spans the whole ledger; the rows themselves are read a page at a time when the view asks
// for them, and only the pages seen last are kept (kCachedPages): a million rows open as fast
// as five hundred, and scrolling through all of them holds no more memory than a few pages.
// A page next to a page read is found through the date index (keyset); a page reached by a jump
// of the scroll bar is read with an OFFSET, then its neighbours by keyset again.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InvoiceDate,
        Invoice,
        Status,
        Line,
        DocumentType,
        OmlpType,
        Units,
        KpiValue,
        Revenue,
        Competency,
        ColumnCount
    };

    LedgerModel(AppContext& context, qint64 partnerId, QObject* parent = nullptr);
    ~LedgerModel() override;

    // Another partner's purchases: empties the model; reload() (or setFilter()) reads them.
    void setPartner(qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    void setFilter(const LedgerFilter& filter);
    const LedgerFilter& filter() const { return m_filter; }
    void reload();
    // Headers and status texts in the language just installed.
    void retranslate();
    qint64 totalRows() const { return m_total; }
    // The day the rows' verdicts are for (the day the view was loaded).
    const QDate& asOf() const { return m_asOf; }
    const Error* lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const LedgerRow& row);
    // The row shown at `row`, read if need be (nothing when there is none, or it cannot be read).
    std::optional<LedgerRow> rowAt(int row) const;

    static constexpr int kPageRows = LedgerService::kPageSize;
    static constexpr int kCachedPages = 16;
    // Pages kept in memory at most (tests make it smaller).
    void setCachedPages(int pages) { m_pages.setMaxCost(std::max(pages, 1)); }
    int cachedPages() const { return int(m_pages.size()); }
    // How many pages were read with an OFFSET, and through a neighbour (tests and the benchmark ask).
    int offsetReads() const { return m_offsetReads; }
    int keysetReads() const { return m_keysetReads; }

    // A new filter's first page is read, then its rows counted, on a thread of the model's own, on a
    // connection of its own (a million rows filtered by text take a while): the GUI thread does not
    // wait. The view keeps its rows until the first page comes (filterApplied); a full first page is
    // shown at once and the rows after it are added when the count comes (countReady; isCounting()
    // meanwhile); a shorter one is the whole view. An answer for a filter typed over since is dropped.
    // reload() reads at once, on the GUI thread.
    bool isLoading() const { return m_loading; }
    bool isCounting() const { return m_counting; }
    // Sets the filter and reads its rows at once, on the calling thread.
    void setFilterNow(const LedgerFilter& filter)
    {
        m_filter = filter;
        reload();
    }

signals:
    // A page could not be read; lastError() says why.
    void readFailed();
    // The first rows of the filter last set are in (or its error), `ms` after it was set.
    void filterApplied(qint64 ms);
    // Its count is in too (totalRows()), `ms` after it was set.
    void countReady(qint64 ms);
    void loadingChanged(bool loading);

private:
    using Page = QList<LedgerRow>;
    const LedgerRow* cachedRow(int row) const;
    Page* readPage(int page) const;
    void clearPages();
    void loaded(quint64 generation, const QDate& asOf, const Result<qint64>& total,
                const Result<QList<LedgerRow>>& first, qint64 ms);
    void countIn(quint64 generation, const Result<qint64>& total, qint64 ms);

    AppContext& m_context;
    qint64 m_partnerId;
    LedgerFilter m_filter;
    QDate m_asOf; // the day the verdicts are for: the day the view was (re)loaded
    qint64 m_total = 0;
    mutable QCache<int, Page> m_pages{kCachedPages};
    mutable std::optional<Error> m_error;
    mutable int m_offsetReads = 0;
    mutable int m_keysetReads = 0;
    // The filter thread: its context object, its connection (made, used and closed there).
    QThread m_thread;
    QObject* m_worker = nullptr;
    std::unique_ptr<Database> m_workerDb;
    std::atomic<quint64> m_generation{0};
    bool m_loading = false;
    bool m_counting = false;
};

} // namespace lp
