#include "auditworkspace.h"

#include "domain/messages.h"
#include "services/auditservice.h"
#include "widgets/statecolors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lp {
namespace {

QString pretty(const QByteArray& json)
{
    if (json.isEmpty())
        return QStringLiteral("-");
    return QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
}

} // namespace

AuditWorkspace::AuditWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setClearButtonEnabled(true);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyChain"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);

    m_model = new QStandardItemModel(0, 7, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditEntries"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_verify);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditWorkspace::showSelected);
    connect(m_verify, &QPushButton::clicked, this, &AuditWorkspace::verify);
    retranslateUi();
}

void AuditWorkspace::refresh()
{
    auto entries = AuditService(m_context.db).entries(m_context.session);
    m_entries = entries ? entries.value() : QList<AuditEntry>{};
    if (!entries)
        m_result->setText(Messages::text(entries.error()));
    fill();
}

void AuditWorkspace::retranslateUi()
{
    m_intro->setText(
        tr("Every change to enrollments, purchases, cases, listings, people and accounts, newest first. "
           "Each entry is chained to the one before it, so an edited, removed or reordered entry is found."));
    m_filter->setPlaceholderText(tr("Filter by user, action, entity..."));
    m_filter->setAccessibleName(tr("Filter the audit trail"));
    m_verify->setText(tr("&Verify the chain"));
    m_view->setAccessibleName(tr("Audit trail entries"));
    m_detail->setAccessibleName(tr("Before and after of the selected entry"));
    m_model->setHorizontalHeaderLabels(
        {tr("#"), tr("When (UTC)"), tr("User"), tr("Role"), tr("Action"), tr("Entity"), tr("Partner")});
    showSelected();
}

void AuditWorkspace::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditEntry& e : m_entries) {
        auto* id = new QStandardItem;
        id->setData(e.id, Qt::DisplayRole);
        QList<QStandardItem*> row{
            id,
            new QStandardItem(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            new QStandardItem(e.userName),
            new QStandardItem(e.role),
            new QStandardItem(e.action),
            new QStandardItem(e.entity + QLatin1Char(' ') + e.entityId),
            new QStandardItem(e.partnerId ? QString::number(e.partnerId) : QString())};
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
}

void AuditWorkspace::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid() || current.row() >= m_entries.size()) {
        m_detail->setPlainText(tr("Select an entry to see what it changed."));
        return;
    }
    const AuditEntry& e = m_entries[current.row()];
    m_detail->setPlainText(tr("Before:\n%1\nAfter:\n%2\nHash: %3")
                               .arg(pretty(e.before), pretty(e.after), QString::fromLatin1(e.hash)));
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

} // namespace lp
