// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "startpage.h"

#include "displaynames.h"
#include "domain/messages.h"
#include "enrollmentdraftcontroller.h"
#include "rules/rulesetbanner.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {

StartPage::StartPage(EnrollmentDraftController* draft, QWidget* parent) : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* layout = new QVBoxLayout(this);
    m_ruleSetBanner = new RuleSetBanner(draft->session(), this);
    layout->addWidget(m_ruleSetBanner);
    m_intro = textLabel();
    layout->addWidget(m_intro);
    m_group = new QButtonGroup(this);
    for (Path p : {Path::ActionPack, Path::Silver, Path::Gold}) {
        auto* radio = new QRadioButton(this);
        radio->setObjectName(QStringLiteral("path_") + toString(p));
        m_group->addButton(radio, int(p));
        layout->addWidget(radio);
    }
    m_previewLabel = new QLabel(this);
    m_previewLabel->setWordWrap(true);
    layout->addWidget(m_previewLabel);
    m_preview = form::listTable(this, "preview", 3);
    m_preview->setWordWrap(true);
    m_previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);
    m_submitted = new QLabel(this);
    m_submitted->setObjectName(QStringLiteral("alreadySubmitted"));
    m_submitted->setWordWrap(true);
    ui::setStateText(m_submitted, ui::State::Pending);
    m_submitted->hide();
    layout->addWidget(m_submitted);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_draft->setPath(Path(id));
        selectPreviewRow();
        showAlreadySubmitted();
    });
    connect(m_preview, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_rows.size() || m_filling)
            return;
        const auto& [path, competency] = m_rows[row];
        // The competency first: checking the button sets the path and selects the row of both.
        if (path != Path::ActionPack)
            m_draft->setCompetency(competency);
        if (auto* b = m_group->button(int(path)); b && !b->isChecked())
            b->setChecked(true);
        showAlreadySubmitted();
    });
    retranslateUi();
}

void StartPage::refresh()
{
    if (auto* b = m_group->button(int(m_draft->answers().path)))
        b->setChecked(true);
    m_ruleSetBanner->setRuleSet(m_draft->ruleSet());
    fillPreview();
}

bool StartPage::isComplete() const
{
    return !m_draft->alreadySubmitted().has_value();
}

// Nothing twice (docs/rules.md#nothing-twice): the path chosen is submitted for this period already.
void StartPage::showAlreadySubmitted()
{
    const std::optional<Error> refusal = m_draft->alreadySubmitted();
    m_submitted->setText(refusal ? Messages::text(*refusal) : QString());
    m_submitted->setVisible(refusal.has_value());
    emit completeChanged();
}

int StartPage::nextId() const
{
    return m_draft->answers().path == Path::ActionPack ? id(EnrollmentPageId::ActionPackTrainers)
                                                       : id(EnrollmentPageId::Competency);
}

void StartPage::retranslateUi()
{
    setTitle(tr("Choose a path"));
    setSubTitle(tr("The table says what the rules engine decides for each path today."));
    m_intro->setText(tr("Learning Action Pack is the base-level entry into the Learning Partner program; the "
                        "silver and gold Learning options belong to one competency. Choose one, or pick a "
                        "row of the table."));
    const QStringList texts{tr("Learning &Action Pack"), tr("&Silver competency Learning option"),
                            tr("&Gold competency Learning option")};
    for (int i = 0; i < 3; ++i)
        m_group->button(i)->setText(texts[i]);
    m_previewLabel->setText(tr("&What the rules engine says today (silver and gold assume the performance "
                               "commitment is ticked):"));
    m_preview->setHorizontalHeaderLabels({tr("Path"), tr("Competency"), tr("Today")});
    m_preview->setAccessibleName(tr("What the rules engine says today"));
    // What's This? (Shift+F1): what each choice means (docs/guide/*/requirements.md#start).
    m_group->button(0)->setWhatsThis(
        tr("The base-level entry into the program: one active Microsoft Certified Trainer, then the Action "
           "Pack subscription and the account profile. No KPI, exam or fee of a competency applies."));
    m_group->button(1)->setWhatsThis(
        tr("The silver Learning option of one competency: the performance commitment, the MCTs and exam "
           "passes the tier asks for, and the learning KPIs of the 12-month window."));
    m_group->button(2)->setWhatsThis(
        tr("The gold Learning option of one competency: the same requirements as silver with higher numbers. "
           "If gold is out of reach, the wizard offers silver or the Action Pack on the same answers."));
    m_preview->setWhatsThis(tr("For every path and competency, what the rules engine decides today on the "
                               "data recorded: eligible, or the first requirement not met. Picking a row "
                               "chooses that path."));
}

void StartPage::fillPreview()
{
    m_filling = true;
    m_rows.clear();
    m_rows.append({Path::ActionPack, QString()});
    for (const QString& c : m_draft->learningCompetencies()) {
        m_rows.append({Path::Silver, c});
        m_rows.append({Path::Gold, c});
    }
    m_preview->setRowCount(int(m_rows.size()));
    QString problem;
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto& [path, competency] = m_rows[i];
        auto decision = m_draft->evaluate(m_draft->request(path, competency, true));
        QString verdict;
        QStringList details;
        const std::optional<Enrollment> submitted = m_draft->submittedFor(path, competency);
        if (submitted) {
            verdict = tr("Submitted on %1 (enrollment %2)")
                          .arg(form::longDate(submitted->submittedAt.toLocalTime().date()))
                          .arg(submitted->id);
        } else if (!decision) {
            verdict = Messages::text(decision.error());
            problem = verdict;
        } else if (decision->eligible) {
            verdict = tr("Eligible");
        } else {
            QStringList unmet;
            for (const RequirementResult& r : decision->requirements) {
                if (r.met)
                    continue;
                QString item = DisplayNames::requirementShort(r.code);
                if (r.actual && r.required)
                    item += QStringLiteral(" (%1/%2)")
                                .arg(QLocale().toString(*r.actual), QLocale().toString(*r.required));
                if (!r.missing.isEmpty())
                    item += QStringLiteral(" (%1)").arg(r.missing.join(QLatin1String(", ")));
                unmet << item;
                details << Messages::explain(r, *decision);
            }
            verdict = tr("Not yet: %1").arg(unmet.join(QLatin1String("; ")));
        }
        const QString pathName = path == Path::ActionPack ? DisplayNames::path(path)
                                 : path == Path::Silver   ? tr("Silver")
                                                          : tr("Gold");
        form::setRow(m_preview, i, {pathName, competency, verdict});
        m_preview->item(i, 2)->setToolTip(details.join(QLatin1Char('\n')));
        if (decision && decision->eligible && !submitted)
            m_preview->item(i, 2)->setForeground(ui::stateForeground(ui::State::Met, palette()));
    }
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowsToContents();
    showProblem(m_problem, problem);
    m_filling = false;
    selectPreviewRow();
    showAlreadySubmitted();
}

void StartPage::selectPreviewRow()
{
    const EnrollmentAnswers& a = m_draft->answers();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].first == a.path && (a.path == Path::ActionPack || m_rows[i].second == a.competency)) {
            m_filling = true;
            m_preview->setCurrentCell(i, 0);
            m_filling = false;
            return;
        }
    }
}

} // namespace lp
