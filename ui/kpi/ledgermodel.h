#pragma once

#include "services/ledgerservice.h"

#include <QAbstractTableModel>

namespace lp {

struct AppContext;

// The partner's purchases, newest first, fetched a page at a time as the view scrolls
// (a million rows open as fast as five hundred); filtering happens in SQL. Each row says
// whether it counts in the latest report's window, and if not, why.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InvoiceDate, Invoice, Status, Line, DocumentType, OmlpType, Units, KpiValue, Revenue, Competency, ColumnCount };

    LedgerModel(AppContext& context, qint64 partnerId, QObject* parent = nullptr);

    // Another partner's purchases: empties the model; reload() (or setFilter()) reads them.
    void setPartner(qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    void setFilter(const LedgerFilter& filter);
    const LedgerFilter& filter() const { return m_filter; }
    void reload();
    // Headers and status texts in the language just installed.
    void retranslate();
    qint64 totalRows() const { return m_total; }
    const Error* lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(const LedgerRow& row);
    // The row shown at `row` (null when there is none).
    const LedgerRow* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

private:
    AppContext& m_context;
    qint64 m_partnerId;
    LedgerFilter m_filter;
    QList<LedgerRow> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = false;
    std::optional<Error> m_error;
};

} // namespace lp
