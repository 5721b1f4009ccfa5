// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "rulesworkspace.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "io/rulesetdiff.h"
#include "rulesetbanner.h"
#include "rulesettables.h"
#include "security/authorizer.h"
#include "security/session.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lp {
namespace {

QString jsonText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QLocale().toString(v.toDouble(), 'g', 6);
}

void markRow(QTableWidget* table, int row, ui::State state)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (auto* item = table->item(row, c))
            item->setBackground(ui::stateBackground(state, table->palette()));
    }
}

} // namespace

RulesWorkspace::RulesWorkspace(AppContext& context, QWidget* parent) : Workspace(context, parent)
{
    setObjectName(QStringLiteral("rulesWorkspace"));
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_list = form::listTable(this, "ruleSets", 7);
    layout->addWidget(m_list, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ruleTabs"));
    layout->addWidget(m_tabs, 2);

    m_set = new QTextBrowser(this);
    m_set->setObjectName(QStringLiteral("ruleSetTables"));
    m_tabs->addTab(m_set, {});

    auto* diffPage = new QWidget(this);
    auto* diffLayout = new QVBoxLayout(diffPage);
    auto* diffRow = new QHBoxLayout;
    m_diffLabel = new QLabel(diffPage);
    m_diffWith = new QComboBox(diffPage);
    m_diffWith->setObjectName(QStringLiteral("diffWith"));
    m_diffLabel->setBuddy(m_diffWith);
    diffRow->addWidget(m_diffLabel);
    diffRow->addWidget(m_diffWith, 1);
    diffLayout->addLayout(diffRow);
    m_diff = form::listTable(diffPage, "diff", 3);
    // Long values (a source note) are elided in their half of the width, not scrolled off.
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    diffLayout->addWidget(m_diff, 1);
    m_tabs->addTab(diffPage, {});

    m_importPage = new QWidget(this);
    auto* importLayout = new QVBoxLayout(m_importPage);
    m_importIntro = new QLabel(m_importPage);
    m_importIntro->setWordWrap(true);
    m_import = new QPushButton(m_importPage);
    m_import->setObjectName(QStringLiteral("importRuleSet"));
    m_importResult = new QLabel(m_importPage);
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    m_errors = form::listTable(m_importPage, "importErrors", 2);
    importLayout->addWidget(m_importIntro);
    importLayout->addWidget(m_import, 0, Qt::AlignLeft);
    importLayout->addWidget(m_importResult);
    importLayout->addWidget(m_errors, 1);
    m_tabs->addTab(m_importPage, {});

    m_previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(m_previewPage);
    m_previewIntro = new QLabel(m_previewPage);
    m_previewIntro->setObjectName(QStringLiteral("previewIntro"));
    m_previewIntro->setWordWrap(true);
    m_preview = form::listTable(m_previewPage, "preview", 4);
    m_activate = new QPushButton(m_previewPage);
    m_activate->setObjectName(QStringLiteral("activateRuleSet"));
    m_activateResult = new QLabel(m_previewPage);
    m_activateResult->setObjectName(QStringLiteral("activateResult"));
    m_activateResult->setWordWrap(true);
    previewLayout->addWidget(m_previewIntro);
    previewLayout->addWidget(m_preview, 1);
    auto* activateRow = new QHBoxLayout;
    activateRow->addWidget(m_activate);
    activateRow->addWidget(m_activateResult, 1);
    previewLayout->addLayout(activateRow);
    m_tabs->addTab(m_previewPage, {});

    const bool manage = Authorizer::allows(m_context.session.role(), Permission::ManageRuleSets);
    m_import->setEnabled(manage);
    m_activate->setVisible(manage);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this] { showSelected(); });
    connect(m_diffWith, &QComboBox::currentIndexChanged, this, [this] { showDiff(); });
    connect(m_import, &QPushButton::clicked, this, &RulesWorkspace::chooseFile);
    connect(m_activate, &QPushButton::clicked, this, &RulesWorkspace::activateSelected);
    setMainControl(m_list);
    retranslateUi();
}

void RulesWorkspace::refresh()
{
    const int row = m_list->currentRow();
    auto all = RuleSetService(m_context.db).list(m_context.session);
    m_records = all ? all.value() : QList<RuleSetRecord>();
    fillList();
    if (!m_records.isEmpty())
        select(row >= 0 && row < m_records.size() ? row : int(m_records.size()) - 1);
}

void RulesWorkspace::select(int row)
{
    m_list->setCurrentCell(row, 0);
    showSelected();
}

void RulesWorkspace::fillList()
{
    QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_records.size()));
    for (int i = 0; i < m_records.size(); ++i) {
        const RuleSetRecord& r = m_records[i];
        form::setRow(m_list, i,
                     {r.programYear, form::longDate(r.effectiveFrom), form::longDate(r.effectiveTo),
                      RuleSetTables::provenance(r.provenance), r.active ? tr("active") : tr("not active"),
                      r.sha256.left(12), r.sourceNote});
        if (r.provenance == QLatin1String(RuleSetRecord::kBuiltin))
            markRow(m_list, i, ui::State::Pending);
    }
    // The source note may be long: the other columns as wide as their contents, the note the rest.
    for (int c = 0; c + 1 < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_list->horizontalHeader()->setStretchLastSection(true);
    QSignalBlocker blockCombo(m_diffWith);
    const QString was = m_diffWith->currentData().toString();
    m_diffWith->clear();
    for (const RuleSetRecord& r : std::as_const(m_records))
        m_diffWith->addItem(ruleSetName(r.programYear, r.sha256, r.provenance), r.sha256);
    const int again = m_diffWith->findData(was);
    m_diffWith->setCurrentIndex(again >= 0 ? again : 0);
}

void RulesWorkspace::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_records.size()) {
        m_set->clear();
        return;
    }
    const RuleSetRecord& r = m_records[row];
    auto rules = RuleSetService::parse(r);
    m_set->setHtml(rules ? RuleSetTables::html(r, rules.value())
                         : QStringLiteral("<p>%1</p>").arg(Messages::text(rules.error()).toHtmlEscaped()));
    // By default the differences with the active set of the year before.
    int before = -1;
    for (int i = 0; i < m_records.size(); ++i) {
        if (i != row && m_records[i].active && m_records[i].effectiveTo < r.effectiveFrom)
            before = i;
    }
    if (before < 0) {
        for (int i = 0; i < m_records.size(); ++i) {
            if (i != row && m_records[i].programYear == r.programYear && m_records[i].active)
                before = i;
        }
    }
    if (before >= 0) {
        QSignalBlocker block(m_diffWith);
        m_diffWith->setCurrentIndex(m_diffWith->findData(m_records[before].sha256));
    }
    showDiff();
    showPreview();
}

void RulesWorkspace::showDiff()
{
    const int row = m_list->currentRow();
    m_diff->setRowCount(0);
    if (row < 0 || row >= m_records.size())
        return;
    RuleSetRecord other;
    for (const RuleSetRecord& r : std::as_const(m_records)) {
        if (r.sha256 == m_diffWith->currentData().toString())
            other = r;
    }
    auto a = RuleSetService::parse(other);
    auto b = RuleSetService::parse(m_records[row]);
    if (!a || !b)
        return;
    const QList<RuleSetChange> changes = RuleSetDiff::diff(a.value(), b.value());
    m_diff->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i)
        form::setRow(m_diff, i, {changes[i].path, jsonText(changes[i].before), jsonText(changes[i].after)});
    m_diff->resizeColumnToContents(0);
}

void RulesWorkspace::showPreview()
{
    const int row = m_list->currentRow();
    m_preview->setRowCount(0);
    m_activateResult->clear();
    if (row < 0 || row >= m_records.size())
        return;
    const RuleSetRecord& r = m_records[row];
    m_activate->setEnabled(!r.active);
    auto candidate = RuleSetService::parse(r);
    if (!candidate)
        return;
    auto preview =
        RuleSetService(m_context.db).preview(m_context.session, candidate.value(), QDate::currentDate());
    if (!preview) {
        m_previewIntro->setText(Messages::text(preview.error()));
        return;
    }
    m_previewIntro->setText(
        r.active ? tr("This set is active. The decisions below are those of %1 on %2.")
                       .arg(r.programYear, form::longDate(preview->date))
                 : tr("Before activating: each partner's best decision on %1 under the set in force (%2) "
                      "and under this one (%3). Changed rows are marked.")
                       .arg(form::longDate(preview->date),
                            preview->currentRuleSet.isEmpty() ? tr("none") : preview->currentRuleSet,
                            preview->candidateRuleSet));
    auto verdict = [](const QString& tier) {
        if (tier.isEmpty())
            return tr("not eligible");
        if (const auto path = fromString<Path>(tier))
            return DisplayNames::path(*path);
        return tier;
    };
    m_preview->setRowCount(int(preview->rows.size()));
    for (int i = 0; i < preview->rows.size(); ++i) {
        const auto& p = preview->rows[i];
        form::setRow(m_preview, i,
                     {tr("%1 (MPN ID %2)").arg(p.partnerName, p.mpnId),
                      p.competency.isEmpty() ? DisplayNames::path(Path::ActionPack) : p.competency,
                      verdict(p.current), verdict(p.candidate)});
        if (p.changed())
            markRow(m_preview, i, ui::State::Short);
    }
    m_preview->resizeColumnsToContents();
}

void RulesWorkspace::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import a rule set"), {}, tr("Rule-set files (*.json)"));
    if (!file.isEmpty())
        importFile(file);
}

bool RulesWorkspace::importFile(const QString& file)
{
    m_errors->setRowCount(0);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_importResult->setText(
            Messages::text({QStringLiteral("FILE_UNREADABLE"), {}, {file, f.errorString()}}));
        ui::setStateText(m_importResult, ui::State::Short);
        return false;
    }
    QList<Error> problems;
    auto stored = RuleSetService(m_context.db).importSet(m_context.session, f.readAll(), {}, &problems);
    if (!stored) {
        m_importResult->setText(Messages::text(stored.error()));
        ui::setStateText(m_importResult, ui::State::Short);
        m_errors->setRowCount(int(problems.size()));
        for (int i = 0; i < problems.size(); ++i)
            form::setRow(m_errors, i, {problems[i].path, Messages::text(problems[i])});
        m_errors->resizeColumnsToContents();
        return false;
    }
    m_importResult->setText(tr("Stored %1, not active yet: look at what changes under \"Before activating\", "
                               "then activate it.")
                                .arg(ruleSetName(stored->programYear, stored->sha256, stored->provenance)));
    ui::setStateText(m_importResult, ui::State::Met);
    refresh();
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].sha256 == stored->sha256)
            select(i);
    }
    m_tabs->setCurrentWidget(m_previewPage);
    return true;
}

bool RulesWorkspace::activateSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_records.size())
        return false;
    auto done = RuleSetService(m_context.db).activate(m_context.session, m_records[row].sha256);
    if (!done) {
        m_activateResult->setText(Messages::text(done.error()));
        ui::setStateText(m_activateResult, ui::State::Short);
        return false;
    }
    refresh();
    m_activateResult->setText(
        tr("%1 is now the active set of %2.")
            .arg(ruleSetName(done->programYear, done->sha256, done->provenance), done->programYear));
    ui::setStateText(m_activateResult, ui::State::Met);
    return true;
}

void RulesWorkspace::retranslateUi()
{
    m_heading->setText(tr("Rules"));
    m_intro->setText(tr("The rule sets decisions rest on, one per program year. The sets shipped with the "
                        "product are illustrative; import a program year's published requirements to "
                        "replace them."));
    m_list->setHorizontalHeaderLabels({tr("Program year"), tr("From"), tr("To"), tr("Provenance"),
                                       tr("Status"), tr("SHA-256"), tr("Source")});
    m_tabs->setTabText(0, tr("Rule set"));
    m_tabs->setTabText(1, tr("Differences"));
    m_tabs->setTabText(2, tr("Import"));
    m_tabs->setTabText(3, tr("Before activating"));
    m_tabs->tabBar()->setAccessibleName(tr("Views of the rule set"));
    m_list->setAccessibleName(tr("Rule sets"));
    m_set->setAccessibleName(tr("The selected rule set"));
    m_diffLabel->setText(tr("&Compared with:"));
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_importIntro->setText(tr("A rule-set file (JSON, docs/rules-admin.md) is checked against the schema "
                              "and the active sets; a refused file changes nothing."));
    m_import->setText(tr("&Import a file..."));
    m_errors->setHorizontalHeaderLabels({tr("Where (JSON path)"), tr("What is wrong")});
    m_preview->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Path"), tr("Under the set in force"), tr("Under this set")});
    m_activate->setText(tr("&Activate this set"));
    if (!m_records.isEmpty()) {
        fillList();
        showSelected();
    }
}

} // namespace lp
