#include "ledgermodel.h"

#include "displaynames.h"
#include "shell/workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lp {

LedgerModel::LedgerModel(AppContext& context, qint64 partnerId, QObject* parent)
    : QAbstractTableModel(parent), m_context(context), m_partnerId(partnerId)
{
}

void LedgerModel::setPartner(qint64 partnerId)
{
    beginResetModel();
    m_partnerId = partnerId;
    m_rows.clear();
    m_total = 0;
    m_exhausted = false;
    m_error.reset();
    endResetModel();
}

void LedgerModel::setFilter(const LedgerFilter& filter)
{
    m_filter = filter;
    reload();
}

void LedgerModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_error.reset();
    auto total = LedgerService(m_context.db).count(m_context.session, m_partnerId, m_filter);
    m_total = total ? total.value() : 0;
    if (!total)
        m_error = total.error();
    endResetModel();
    if (!m_error)
        fetchMore({});
}

void LedgerModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LedgerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int LedgerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool LedgerModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_error && m_rows.size() < m_total;
}

void LedgerModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const std::optional<Purchase> after = m_rows.isEmpty() ? std::nullopt : std::optional<Purchase>(m_rows.last().purchase);
    auto page = LedgerService(m_context.db).page(m_context.session, m_partnerId, m_filter, after, LedgerService::kPageSize,
                                                 QDate::currentDate());
    if (!page) {
        m_error = page.error();
        m_exhausted = true;
        return;
    }
    if (page->isEmpty()) {
        m_exhausted = true;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += page.value();
    endInsertRows();
}

QString LedgerModel::statusText(const LedgerRow& row)
{
    const QLocale locale;
    if (row.reason.isEmpty())
        return tr("Counted");
    if (row.reason == QLatin1String("NOT_INVOICE"))
        return tr("Not counted: not an invoice");
    if (row.reason == QLatin1String("OUTSIDE_WINDOW"))
        return tr("Not counted: outside the window");
    if (row.reason == QLatin1String("NOT_YET_REPORTED"))
        return tr("Pending: in the report of %1").arg(locale.toString(row.visibleOn, QStringLiteral("d MMMM yyyy")));
    return row.reason;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerRow& row = m_rows[index.row()];
    const Purchase& p = row.purchase;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InvoiceDate: return p.invoiceDate.toString(Qt::ISODate);
        case Invoice: return p.invoice;
        case Line: return p.line;
        case DocumentType: return DisplayNames::documentType(p.documentType);
        case OmlpType: return p.omlpType;
        case Units: return p.units;
        case KpiValue: return locale.toString(p.kpiValue, 'g', 10);
        case Revenue:
            return QStringLiteral("%1 %2").arg(locale.toString(double(p.revenueCents) / 100.0, 'f', 2), p.currency).trimmed();
        case Competency: return p.competency;
        case Status: return statusText(row);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Units || index.column() == KpiValue || index.column() == Revenue
                                          || index.column() == Line))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && !row.reason.isEmpty())
        return QBrush(row.reason == QLatin1String("NOT_YET_REPORTED") ? QColor(0x8a, 0x53, 0x00) : QColor(0x60, 0x60, 0x60));
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InvoiceDate: return tr("Invoice date");
    case Invoice: return tr("Invoice");
    case Line: return tr("Line");
    case DocumentType: return tr("Document");
    case OmlpType: return tr("OMLP type");
    case Units: return tr("Units");
    case KpiValue: return tr("KPI value");
    case Revenue: return tr("Revenue");
    case Competency: return tr("Competency");
    case Status: return tr("In the latest report");
    }
    return {};
}

} // namespace lp
