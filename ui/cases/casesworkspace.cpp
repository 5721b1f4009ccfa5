#include "casesworkspace.h"

#include "casedialog.h"
#include "caseexport.h"
#include "domain/messages.h"
#include "security/authorizer.h"
#include "services/caseservice.h"
#include "widgets/formhelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

QString CaseTexts::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::Corrected:
        return tr("Corrected");
    case CaseStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString CaseTexts::triage(TriageCode code)
{
    switch (code) {
    case TriageCode::NotYetReported:
        return tr("Not yet reported");
    case TriageCode::MissingFromLedger:
        return tr("Missing from the ledger");
    case TriageCode::ValueMismatch:
        return tr("Values differ");
    case TriageCode::NoDiscrepancy:
        return tr("No discrepancy");
    }
    return toString(code);
}

CasesWorkspace::CasesWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_canFile = Authorizer::check(context.session, Permission::FileCase, m_partnerId).ok();
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setVisible(m_canFile);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCase"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_export);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = form::listTable(splitter, "cases", 6);
    m_text = new QPlainTextEdit(splitter);
    m_text->setObjectName(QStringLiteral("caseText"));
    m_text->setReadOnly(true);
    splitter->addWidget(m_table);
    splitter->addWidget(m_text);
    layout->addWidget(splitter, 1);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);

    connect(m_new, &QPushButton::clicked, this, [this] { fileCase(); });
    connect(m_export, &QPushButton::clicked, this, &CasesWorkspace::exportSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CasesWorkspace::showSelected);
    retranslateUi();
}

void CasesWorkspace::refresh()
{
    const int keep = m_table->currentRow();
    auto cases = CaseService(m_context.db).casesForPartner(m_context.session, m_partnerId);
    m_problem->setVisible(!cases);
    if (!cases) {
        m_problem->setText(Messages::text(cases.error()));
        return;
    }
    m_cases = cases.value();
    const QLocale locale;
    m_table->setRowCount(int(m_cases.size()));
    for (int i = 0; i < m_cases.size(); ++i) {
        const DiscrepancyCase& c = m_cases[i];
        const QStringList cells{QString::number(c.id),
                                c.invoiceNumber,
                                QStringLiteral("%1/%2").arg(c.month, 2, 10, QLatin1Char('0')).arg(c.year),
                                CaseTexts::triage(c.triage),
                                CaseTexts::status(c.status),
                                locale.toString(c.filedAt.toLocalTime(), QLocale::ShortFormat)};
        form::setRow(m_table, i, cells);
    }
    m_table->resizeColumnsToContents();
    if (keep >= 0 && keep < m_cases.size())
        m_table->selectRow(keep);
    showSelected();
}

QString CasesWorkspace::selectedText() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cases.size() || !m_table->selectionModel()->hasSelection())
        return {};
    auto detail = CaseService(m_context.db).detail(m_context.session, m_cases[row].id, m_today);
    return detail ? CaseService::exportText(detail.value()) : Messages::text(detail.error());
}

void CasesWorkspace::showSelected()
{
    const QString text = selectedText();
    m_text->setPlainText(text);
    m_export->setEnabled(!text.isEmpty());
}

void CasesWorkspace::fileCase(const Purchase* record)
{
    CaseDialog dialog(m_context, m_partnerId, m_today, this);
    if (record)
        dialog.prefill(*record);
    emit dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        for (int i = 0; i < m_cases.size(); ++i) {
            if (dialog.filed() && m_cases[i].id == dialog.filed()->id)
                m_table->selectRow(i);
        }
    }
}

void CasesWorkspace::exportSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cases.size())
        return;
    QString error;
    if (!CaseExport::saveAs(this, selectedText(), tr("kpi-case-%1.txt").arg(m_cases[row].id), &error) &&
        !error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
    }
}

void CasesWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(
        tr("A KPI record that does not match your invoice is corrected through a case: Partner Frontline "
           "Support reviews it and says what it decided. Select a case to read it, or export it."));
    m_new->setText(tr("&New case..."));
    m_export->setText(tr("&Export..."));
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Invoice"), tr("Month"), tr("Triage"), tr("Status"), tr("Filed")});
    m_table->setAccessibleName(tr("Your discrepancy cases"));
    m_text->setAccessibleName(tr("The selected case"));
    if (isVisible())
        refresh();
}

} // namespace lp
