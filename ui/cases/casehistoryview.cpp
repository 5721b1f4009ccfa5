// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "casehistoryview.h"

#include "casesworkspace.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "services/partnerservice.h"
#include "shell/workspace.h"
#include "widgets/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
CaseHistoryView::CaseHistoryView(AppContext& context, QWidget* parent)
    : Retranslating<QWidget>(parent), m_context(context),
      m_support(Authorizer::allows(context.session.role(), Permission::ReadAllPartners))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QGridLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("historyPartner"));
    m_triage = new QComboBox(this);
    m_triage->setObjectName(QStringLiteral("historyTriage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_filedFrom = form::boundDateEdit(this, "historyFiledFrom");
    m_filedTo = form::boundDateEdit(this, "historyFiledTo");
    m_resolvedFrom = form::boundDateEdit(this, "historyResolvedFrom");
    m_resolvedTo = form::boundDateEdit(this, "historyResolvedTo");
    const QList<QWidget*> fields{m_search,    m_state,   m_partner,      m_triage,
                                 m_filedFrom, m_filedTo, m_resolvedFrom, m_resolvedTo};
    for (int i = 0; i < fields.size(); ++i) {
        auto* label = new QLabel(this);
        label->setBuddy(fields[i]);
        m_labels << label;
        filters->addWidget(label, i / 4 * 2, i % 4);
        filters->addWidget(fields[i], i / 4 * 2 + 1, i % 4);
    }
    for (int column = 0; column < 4; ++column)
        filters->setColumnStretch(column, 1);
    m_partner->setVisible(m_support);
    m_labels[2]->setVisible(m_support);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_table = form::listTable(top, "cases", m_support ? 8 : 7);
    topLayout->addWidget(m_table, 1);
    m_empty = new QLabel(top);
    m_empty->setObjectName(QStringLiteral("casesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    topLayout->addWidget(m_empty);
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(QStringLiteral("caseText"));
    m_text->setReadOnly(true);
    splitter->addWidget(top);
    splitter->addWidget(m_text);
    layout->addWidget(splitter, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);

    for (QComboBox* box : {m_state, m_partner, m_triage})
        connect(box, &QComboBox::currentIndexChanged, this, &CaseHistoryView::refresh);
    for (QDateEdit* edit : {m_filedFrom, m_filedTo, m_resolvedFrom, m_resolvedTo})
        connect(edit, &QDateEdit::dateChanged, this, &CaseHistoryView::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &CaseHistoryView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CaseHistoryView::showSelected);
    setFocusProxy(m_state); // the filters first, then the cases they select
    retranslateUi();
}

CaseFilter CaseHistoryView::filter() const
{
    CaseFilter f;
    if (m_state->currentIndex() > 0)
        f.status = CaseStatus(m_state->currentData().toInt());
    f.partnerId = m_support ? m_partner->currentData().toLongLong() : 0;
    f.triage = m_triage->currentData().toString();
    f.filedFrom = form::dateBound(m_filedFrom);
    f.filedTo = form::dateBound(m_filedTo);
    f.resolvedFrom = form::dateBound(m_resolvedFrom);
    f.resolvedTo = form::dateBound(m_resolvedTo);
    f.invoiceSearch = m_search->text().trimmed();
    return f;
}

void CaseHistoryView::fillPartners()
{
    if (!m_support)
        return;
    const qint64 keep = m_partner->currentData().toLongLong();
    const QSignalBlocker block(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("Every partner"), qint64(0));
    auto partners = PartnerService(m_context.db).list(m_context.session);
    if (partners) {
        for (const Partner& p : partners.value())
            m_partner->addItem(tr("%1 (MPN ID %2)").arg(p.name, p.mpnId), p.id);
    }
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(keep)));
}

void CaseHistoryView::refresh()
{
    const qint64 keep = selectedId();
    auto cases = CaseService(m_context.db).history(m_context.session, filter(), m_today);
    m_problem->setVisible(!cases);
    if (!cases) {
        m_problem->setText(Messages::text(cases.error()));
        return;
    }
    m_cases = cases.value();
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_cases.size()));
    for (int i = 0; i < m_cases.size(); ++i) {
        const DiscrepancyCase& c = m_cases[i].discrepancyCase;
        QStringList cells{QString::number(c.id)};
        if (m_support)
            cells << tr("%1 (MPN ID %2)").arg(m_cases[i].partnerName, m_cases[i].mpnId);
        cells << c.invoiceNumber << QStringLiteral("%1/%2").arg(c.month, 2, 10, QLatin1Char('0')).arg(c.year)
              << CaseTexts::triage(c.triage) << CaseTexts::status(c.status)
              << display::shortDateTime(c.filedAt)
              << (c.resolvedAt.isValid() ? display::shortDateTime(c.resolvedAt) : QString());
        form::setRow(m_table, i, cells);
    }
    m_table->resizeColumnsToContents();
    const bool filtered = !(filter() == CaseFilter());
    m_empty->setVisible(m_cases.isEmpty());
    m_empty->setText(filtered ? tr("No case matches these filters. Clear a filter or the search to see more.")
                     : m_support
                         ? tr("No case yet. A case appears here as soon as a partner files one; open cases "
                              "wait in the Case queue.")
                         : tr("No case yet. A case is how a KPI record that does not match your invoice gets "
                              "corrected: use New case, or a row of the KPI ledger."));
    m_table->setVisible(!m_cases.isEmpty());
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].discrepancyCase.id == keep)
            m_table->selectRow(i);
    }
    showSelected();
}

qint64 CaseHistoryView::selectedId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cases.size() || !m_table->selectionModel()->hasSelection())
        return 0;
    return m_cases[row].discrepancyCase.id;
}

QString CaseHistoryView::selectedText() const
{
    const qint64 id = selectedId();
    if (id == 0)
        return {};
    auto detail = CaseService(m_context.db).detail(m_context.session, id, m_today);
    return detail ? CaseService::exportText(detail.value()) : Messages::text(detail.error());
}

void CaseHistoryView::selectCase(qint64 caseId)
{
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].discrepancyCase.id == caseId)
            m_table->selectRow(i);
    }
}

void CaseHistoryView::showSelected()
{
    const QString text = selectedText();
    m_text->setPlainText(text.isEmpty() && !m_cases.isEmpty() ? tr("Select a case to read it in full.")
                                                              : text);
    emit selectionChanged();
}

void CaseHistoryView::retranslateUi()
{
    const QStringList labels{tr("&Invoice number:"), tr("&State:"),         tr("&Partner:"),
                             tr("&Triage:"),         tr("Filed fro&m:"),    tr("File&d until:"),
                             tr("Resolved f&rom:"),  tr("Resol&ved until:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_search->setPlaceholderText(tr("Part of an invoice number"));
    {
        const QSignalBlocker block(m_state);
        const int keep = m_state->currentIndex();
        m_state->clear();
        m_state->addItem(tr("Any state"), -1);
        for (CaseStatus s :
             {CaseStatus::Open, CaseStatus::Corrected, CaseStatus::Rejected, CaseStatus::Withdrawn})
            m_state->addItem(CaseTexts::status(s), int(s));
        m_state->setCurrentIndex(std::max(0, keep));
    }
    {
        const QSignalBlocker block(m_triage);
        const int keep = m_triage->currentIndex();
        m_triage->clear();
        m_triage->addItem(tr("Any triage"), QString());
        for (TriageCode t : allValues<TriageCode>())
            m_triage->addItem(CaseTexts::triage(t), toString(t));
        m_triage->setCurrentIndex(std::max(0, keep));
    }
    for (QDateEdit* edit : {m_filedFrom, m_filedTo, m_resolvedFrom, m_resolvedTo}) {
        edit->setSpecialValueText(tr("any day"));
        edit->updateGeometry(); // its size hint has room for this text (ui::LocaleDateEdit)
    }
    fillPartners();
    QStringList headers{tr("Case")};
    if (m_support)
        headers << tr("Partner");
    headers << tr("Invoice") << tr("Month") << tr("Triage") << tr("State") << tr("Filed") << tr("Resolved");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setAccessibleName(tr("Discrepancy cases, newest first"));
    m_text->setAccessibleName(tr("The selected case"));
    if (isVisible())
        refresh();
}

} // namespace lp
