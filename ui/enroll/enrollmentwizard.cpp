#include "enrollmentwizard.h"

#include "decisionreport.h"
#include "displaynames.h"
#include "domain/messages.h"
#include "rules/kpicalendar.h"
#include "security/authorizer.h"
#include "security/session.h"
#include "services/enrollmentservice.h"
#include "widgets/formhelpers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace lp {
namespace {

// The addresses the seed gives, where the seed puts them (program-rules §8).
const QString kLearningResources =
    QStringLiteral("https://partner.microsoft.com/marketing/learning-resources#/");
const QString kAssetCollection =
    QStringLiteral("https://partner.microsoft.com/asset/collection/learning-option-enrollment#/");
const QString kCompetencies = QStringLiteral("https://partner.microsoft.com/membership/competencies");
const QString kSupport = QStringLiteral("https://partner.microsoft.com/support");
const QString kDashboard = QStringLiteral("https://partner.microsoft.com/dashboard");
const QString kActionPack = QStringLiteral("https://learn.microsoft.com/partner-center/mpn-get-action-pack");

using form::longDate;
using form::setRow;
QString link(const QString& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}
QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
// What every page shares: typed access to the wizard, answers kept when going Back, and
// a refresh each time the page is shown (the path may have changed behind it).
class Page : public QWizardPage
{
public:
    explicit Page(EnrollmentWizard* wizard) : m_wizard(wizard) {}
    void cleanupPage() override {} // Back keeps what was entered
    void initializePage() override { refresh(); }
    virtual void refresh() {}

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
            if (isVisible())
                refresh();
        }
        QWizardPage::changeEvent(event);
    }
    EnrollmentWizard* w() const { return m_wizard; }
    // The page's error line (the service's refusal, a date out of range).
    void showProblem(QLabel* label, const QString& text)
    {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }

    EnrollmentWizard* m_wizard;
};

// The gold fallback of [152], shown on the gold pages: which requirements fall short, and a
// button that goes on with the recommended path, keeping what was entered.
class FallbackBanner : public QFrame
{
public:
    FallbackBanner(EnrollmentWizard* wizard, QWidget* parent) : QFrame(parent), m_wizard(wizard)
    {
        setObjectName(QStringLiteral("fallback"));
        setFrameShape(QFrame::StyledPanel);
        auto* layout = new QHBoxLayout(this);
        m_text = textLabel(this);
        m_button = new QPushButton(this);
        m_button->setObjectName(QStringLiteral("continueOnRecommended"));
        layout->addWidget(m_text, 1);
        layout->addWidget(m_button);
        connect(m_button, &QPushButton::clicked, this, [this] { m_wizard->continueOn(m_target); });
        hide();
    }

    void refresh(const Result<Decision>& decision)
    {
        if (m_wizard->answers().path != Path::Gold || !decision || decision->eligible) {
            hide();
            return;
        }
        QStringList unmet;
        for (const RequirementResult& r : decision->requirements) {
            if (!r.met)
                unmet << DisplayNames::requirement(r.code);
        }
        QString text =
            EnrollmentWizard::tr("Gold is not met today: %1.").arg(unmet.join(QLatin1String("; ")));
        m_button->setVisible(true);
        if (decision->recommendation == Recommendation::Silver) {
            m_target = Path::Silver;
            text += QLatin1Char(' ') +
                    EnrollmentWizard::tr(
                        "You meet silver in %1: you can continue on silver, with your answers kept.")
                        .arg(decision->competency);
            m_button->setText(EnrollmentWizard::tr("Continue on si&lver"));
        } else if (decision->recommendation == Recommendation::ActionPack) {
            m_target = Path::ActionPack;
            text += QLatin1Char(' ') +
                    EnrollmentWizard::tr("You meet the Learning Action Pack: you can continue with it.");
            m_button->setText(EnrollmentWizard::tr("Continue with the Action &Pack"));
        } else {
            text += QLatin1Char(' ') + EnrollmentWizard::tr("No other path is met today either.");
            m_button->setVisible(false);
        }
        m_text->setText(text.toHtmlEscaped());
        m_button->setAccessibleName(m_button->text().remove(QLatin1Char('&')));
        show();
    }

private:
    EnrollmentWizard* m_wizard;
    QLabel* m_text;
    QPushButton* m_button;
    Path m_target = Path::Silver;
};

// ---------------------------------------------------------------------------------------
class StartPage : public Page
{
public:
    explicit StartPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_intro = textLabel(this);
        layout->addWidget(m_intro);
        m_group = new QButtonGroup(this);
        for (Path p : {Path::ActionPack, Path::Silver, Path::Gold}) {
            auto* radio = new QRadioButton(this);
            radio->setObjectName(QStringLiteral("path_") + toString(p));
            m_group->addButton(radio, int(p));
            layout->addWidget(radio);
        }
        m_previewLabel = new QLabel(this);
        layout->addWidget(m_previewLabel);
        m_preview = form::listTable(this, "preview", 3);
        m_preview->setWordWrap(true);
        m_previewLabel->setBuddy(m_preview);
        layout->addWidget(m_preview, 1);
        m_problem = form::errorLabel(this);
        layout->addWidget(m_problem);

        connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
            if (!on)
                return;
            w()->answers().path = Path(id);
            emit w()->answersEdited();
            selectPreviewRow();
        });
        connect(m_preview, &QTableWidget::currentCellChanged, this, [this](int row) {
            if (row < 0 || row >= m_rows.size() || m_filling)
                return;
            const auto& [path, competency] = m_rows[row];
            if (path != Path::ActionPack)
                w()->answers().competency = competency;
            if (auto* b = m_group->button(int(path)); b && !b->isChecked())
                b->setChecked(true);
            emit w()->answersEdited();
        });
        retranslate();
    }

    void refresh() override
    {
        if (auto* b = m_group->button(int(w()->answers().path)))
            b->setChecked(true);
        fillPreview();
    }

    int nextId() const override
    {
        return w()->answers().path == Path::ActionPack ? EnrollmentWizard::ActionPackTrainersPage
                                                       : EnrollmentWizard::CompetencyPage;
    }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Choose a path"));
        setSubTitle(
            EnrollmentWizard::tr("The table says what the rules engine decides for each path today."));
        m_intro->setText(EnrollmentWizard::tr(
            "Learning Action Pack is the base-level entry into the Learning Partner program; the "
            "silver and gold Learning options belong to one competency. Choose one, or pick a "
            "row of the table."));
        const QStringList texts{EnrollmentWizard::tr("Learning &Action Pack"),
                                EnrollmentWizard::tr("&Silver competency Learning option"),
                                EnrollmentWizard::tr("&Gold competency Learning option")};
        for (int i = 0; i < 3; ++i)
            m_group->button(i)->setText(texts[i]);
        m_previewLabel->setText(
            EnrollmentWizard::tr("&What the rules engine says today (silver and gold assume the performance "
                                 "commitment is ticked):"));
        m_preview->setHorizontalHeaderLabels({EnrollmentWizard::tr("Path"),
                                              EnrollmentWizard::tr("Competency"),
                                              EnrollmentWizard::tr("Today")});
        m_preview->setAccessibleName(EnrollmentWizard::tr("What the rules engine says today"));
    }

    void fillPreview()
    {
        m_filling = true;
        m_rows.clear();
        m_rows.append({Path::ActionPack, QString()});
        for (const QString& c : w()->learningCompetencies()) {
            m_rows.append({Path::Silver, c});
            m_rows.append({Path::Gold, c});
        }
        m_preview->setRowCount(int(m_rows.size()));
        QString problem;
        for (int i = 0; i < m_rows.size(); ++i) {
            const auto& [path, competency] = m_rows[i];
            auto decision = w()->evaluate(w()->request(path, competency, true));
            QString verdict;
            QStringList details;
            if (!decision) {
                verdict = Messages::text(decision.error());
                problem = verdict;
            } else if (decision->eligible) {
                verdict = EnrollmentWizard::tr("Eligible");
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
                verdict = EnrollmentWizard::tr("Not yet: %1").arg(unmet.join(QLatin1String("; ")));
            }
            const QString pathName = path == Path::ActionPack ? DisplayNames::path(path)
                                     : path == Path::Silver   ? EnrollmentWizard::tr("Silver")
                                                              : EnrollmentWizard::tr("Gold");
            setRow(m_preview, i, {pathName, competency, verdict});
            m_preview->item(i, 2)->setToolTip(details.join(QLatin1Char('\n')));
            if (decision && decision->eligible)
                m_preview->item(i, 2)->setForeground(QColor(0x1b, 0x6e, 0x20));
        }
        m_preview->resizeColumnsToContents();
        m_preview->resizeRowsToContents();
        showProblem(m_problem, problem);
        m_filling = false;
        selectPreviewRow();
    }

    void selectPreviewRow()
    {
        const EnrollmentAnswers& a = w()->answers();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].first == a.path &&
                (a.path == Path::ActionPack || m_rows[i].second == a.competency)) {
                m_filling = true;
                m_preview->setCurrentCell(i, 0);
                m_filling = false;
                return;
            }
        }
    }

    QLabel* m_intro;
    QButtonGroup* m_group;
    QLabel* m_previewLabel;
    QTableWidget* m_preview;
    QLabel* m_problem;
    QList<QPair<Path, QString>> m_rows;
    bool m_filling = false;
};

// ---------------------------------------------------------------------------------------
// The active MCTs: for the Action Pack (the only requirement [129]-[130]; none: Next is
// disabled) and for a competency tier (MIN_ACTIVE_MCT [143]).
class TrainersPage : public Page
{
public:
    TrainersPage(EnrollmentWizard* wizard, bool actionPack) : Page(wizard), m_actionPack(actionPack)
    {
        auto* layout = new QVBoxLayout(this);
        m_banner = new FallbackBanner(wizard, this);
        layout->addWidget(m_banner);
        m_requirement = textLabel(this);
        m_requirement->setObjectName(QStringLiteral("requirement_MIN_ACTIVE_MCT"));
        layout->addWidget(m_requirement);
        m_tableLabel = new QLabel(this);
        layout->addWidget(m_tableLabel);
        m_table = form::listTable(this, "activeTrainers", 3);
        m_tableLabel->setBuddy(m_table);
        layout->addWidget(m_table, 1);
        m_none = textLabel(this);
        m_none->setObjectName(QStringLiteral("noTrainers"));
        layout->addWidget(m_none);
        m_problem = form::errorLabel(this);
        layout->addWidget(m_problem);
        retranslate();
    }

    void refresh() override
    {
        auto decision = w()->decision();
        m_banner->refresh(decision);
        m_met = false;
        if (!decision) {
            showProblem(m_problem, Messages::text(decision.error()));
        } else {
            showProblem(m_problem, {});
            const RequirementResult* r = decision->requirement(RequirementCode::MinActiveMct);
            m_requirement->setText(r ? DecisionReport::requirementHtml(*r, *decision) : QString());
            m_met = r && r->met;
        }
        QList<Trainer> active;
        for (const Trainer& t : w()->snapshot().trainers) {
            if (t.isActiveOn(w()->today()))
                active << t;
        }
        m_table->setRowCount(int(active.size()));
        for (int i = 0; i < active.size(); ++i)
            setRow(m_table, i, {active[i].name, active[i].mctId, longDate(active[i].validTo)});
        m_table->resizeColumnsToContents();
        m_none->setVisible(active.isEmpty());
        emit completeChanged();
    }

    bool isComplete() const override { return !m_actionPack || m_met; }
    int nextId() const override
    {
        return m_actionPack ? EnrollmentWizard::ActionPackSubscriptionPage : EnrollmentWizard::ExamsPage;
    }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Microsoft Certified Trainers"));
        setSubTitle(m_actionPack
                        ? EnrollmentWizard::tr(
                              "To qualify for the Learning Action Pack you need at least one active MCT; "
                              "no other learning KPI applies.")
                        : EnrollmentWizard::tr(
                              "Meet the Microsoft Certified Trainer (MCT) requirements of the tier."));
        m_tableLabel->setText(EnrollmentWizard::tr("&MCTs active on %1:").arg(longDate(w()->today())));
        m_table->setHorizontalHeaderLabels({EnrollmentWizard::tr("Name"), EnrollmentWizard::tr("MCT ID"),
                                            EnrollmentWizard::tr("Valid until")});
        m_table->setAccessibleName(EnrollmentWizard::tr("Active MCTs"));
        m_none->setText(
            EnrollmentWizard::tr("No MCT is active today. Add your trainers in People, then come back."));
    }

    bool m_actionPack;
    bool m_met = false;
    FallbackBanner* m_banner;
    QLabel* m_requirement;
    QLabel* m_tableLabel;
    QTableWidget* m_table;
    QLabel* m_none;
    QLabel* m_problem;
};

// ---------------------------------------------------------------------------------------
// A recorded step: a checkbox saying it is done and the date it was done on.
struct StepRow
{
    QCheckBox* done;
    QDateEdit* on;
    QLabel* onLabel;
};

StepRow stepRow(QWidget* page, QFormLayout* form, const char* name)
{
    StepRow s;
    s.done = new QCheckBox(page);
    s.done->setObjectName(QLatin1String(name));
    s.on = form::dateEdit(page, QDate::currentDate(), (QByteArray(name) + "On").constData());
    s.on->setEnabled(false);
    s.onLabel = new QLabel(page);
    s.onLabel->setBuddy(s.on);
    form->addRow(s.done);
    form->addRow(s.onLabel, s.on);
    QObject::connect(s.done, &QCheckBox::toggled, s.on, &QWidget::setEnabled);
    return s;
}

class ActionPackSubscriptionPage : public Page
{
public:
    explicit ActionPackSubscriptionPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_steps = textLabel(this);
        layout->addWidget(m_steps);
        m_buy = new QRadioButton(this);
        m_buy->setObjectName(QStringLiteral("buy"));
        m_renew = new QRadioButton(this);
        m_renew->setObjectName(QStringLiteral("renew"));
        layout->addWidget(m_buy);
        layout->addWidget(m_renew);
        m_rule = textLabel(this);
        m_rule->setObjectName(QStringLiteral("renewalRule"));
        layout->addWidget(m_rule);
        auto* form = new QFormLayout;
        m_step = stepRow(this, form, "subscribed");
        layout->addLayout(form);
        m_problem = form::errorLabel(this);
        layout->addWidget(m_problem);
        layout->addStretch();

        connect(m_renew, &QRadioButton::toggled, this, [this](bool on) {
            w()->answers().renewActionPack = on;
            emit w()->answersEdited();
            showProblem(m_problem, {});
        });
        connect(m_step.done, &QCheckBox::toggled, this, [this](bool on) {
            w()->answers().subscribed = on;
            w()->answers().subscribedOn = on ? m_step.on->date() : QDate();
            emit w()->answersEdited();
            emit completeChanged();
        });
        connect(m_step.on, &QDateEdit::dateChanged, this, [this](const QDate& d) {
            if (m_step.done->isChecked())
                w()->answers().subscribedOn = d;
            showProblem(m_problem, {});
            emit w()->answersEdited();
        });
        retranslate();
    }

    void refresh() override
    {
        const EnrollmentAnswers a = w()->answers();
        (a.renewActionPack ? m_renew : m_buy)->setChecked(true);
        m_step.done->setChecked(a.subscribed);
        m_step.on->setDate(a.subscribedOn.isValid() ? a.subscribedOn : w()->today());
        m_step.on->setMaximumDate(w()->today());
        m_renew->setEnabled(lastExpiry().isValid());
        retranslate();
    }

    bool isComplete() const override { return w()->answers().subscribed; }
    bool validatePage() override
    {
        const EnrollmentAnswers& a = w()->answers();
        if (a.renewActionPack && a.subscribed) {
            const QDate expiry = lastExpiry();
            if (!expiry.isValid() || a.subscribedOn <= expiry || a.subscribedOn > expiry.addDays(30)) {
                showProblem(
                    m_problem,
                    EnrollmentWizard::tr("Renewed on: the Action Pack is renewed only after it has expired, "
                                         "within 30 days of its expiry (%1 to %2).")
                        .arg(longDate(expiry.addDays(1)), longDate(expiry.addDays(30))));
                m_step.on->setFocus();
                return false;
            }
        }
        return true;
    }
    int nextId() const override { return EnrollmentWizard::ActionPackProfilePage; }

private:
    QDate lastExpiry() const
    {
        QDate last;
        for (const Membership& m : w()->snapshot().memberships) {
            if (m.type == MembershipType::ActionPack && (!last.isValid() || m.to > last))
                last = m.to;
        }
        return last;
    }

    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Action Pack subscription"));
        setSubTitle(
            EnrollmentWizard::tr("Step 1 of 2: buy or renew the Microsoft Action Pack subscription."));
        m_steps->setText(
            EnrollmentWizard::tr("Follow the steps in %1.")
                .arg(link(kActionPack,
                          EnrollmentWizard::tr("Buy or renew a Microsoft Action Pack subscription"))));
        m_buy->setText(EnrollmentWizard::tr("B&uy a new subscription"));
        m_renew->setText(EnrollmentWizard::tr("&Renew my subscription"));
        const QDate expiry = lastExpiry();
        QString rule = EnrollmentWizard::tr("You have no Action Pack subscription yet: buy one.");
        if (expiry.isValid() && expiry >= w()->today())
            rule = EnrollmentWizard::tr(
                       "The Action Pack is renewed only after it has expired, within 30 days of its expiry: "
                       "yours ends on %1, so it can be renewed from %2 to %3.")
                       .arg(longDate(expiry), longDate(expiry.addDays(1)), longDate(expiry.addDays(30)));
        else if (expiry.isValid())
            rule = EnrollmentWizard::tr(
                       "The Action Pack is renewed only after it has expired, within 30 days of its expiry: "
                       "yours ended on %1, so it can be renewed from %2 to %3.")
                       .arg(longDate(expiry), longDate(expiry.addDays(1)), longDate(expiry.addDays(30)));
        m_rule->setText(rule);
        m_step.done->setText(w()->answers().renewActionPack
                                 ? EnrollmentWizard::tr("The subscription is renewe&d")
                                 : EnrollmentWizard::tr("The subscription is bough&t"));
        m_step.onLabel->setText(EnrollmentWizard::tr("&On:"));
        m_step.on->setAccessibleName(EnrollmentWizard::tr("Date of the subscription"));
    }

    QLabel* m_steps;
    QRadioButton* m_buy;
    QRadioButton* m_renew;
    QLabel* m_rule;
    StepRow m_step;
    QLabel* m_problem;
};

class ActionPackProfilePage : public Page
{
public:
    explicit ActionPackProfilePage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_text = textLabel(this);
        layout->addWidget(m_text);
        auto* form = new QFormLayout;
        m_step = stepRow(this, form, "profileRequested");
        layout->addLayout(form);
        layout->addStretch();
        connect(m_step.done, &QCheckBox::toggled, this, [this](bool on) {
            w()->answers().profileRequested = on;
            w()->answers().profileRequestedOn = on ? m_step.on->date() : QDate();
            emit w()->answersEdited();
            emit completeChanged();
        });
        connect(m_step.on, &QDateEdit::dateChanged, this, [this](const QDate& d) {
            if (m_step.done->isChecked())
                w()->answers().profileRequestedOn = d;
            emit w()->answersEdited();
        });
        retranslate();
    }

    void refresh() override
    {
        const EnrollmentAnswers a = w()->answers();
        m_step.done->setChecked(a.profileRequested);
        m_step.on->setDate(a.profileRequestedOn.isValid() ? a.profileRequestedOn : w()->today());
        m_step.on->setMaximumDate(w()->today());
    }
    bool isComplete() const override { return w()->answers().profileRequested; }
    int nextId() const override { return EnrollmentWizard::SummaryPage; }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Account profile"));
        setSubTitle(
            EnrollmentWizard::tr("Step 2 of 2: the account profile that opens the Courseware Marketplace."));
        m_text->setText(
            EnrollmentWizard::tr(
                "Contact the %1 team to help you set up a new account profile. This will give you "
                "access to Microsoft Courseware training on the Courseware Marketplace. The "
                "enrollment is active once both steps are done.")
                .arg(link(kSupport, EnrollmentWizard::tr("Partner Frontline Support"))));
        m_step.done->setText(
            EnrollmentWizard::tr("I &asked Partner Frontline Support to set up the account profile"));
        m_step.onLabel->setText(EnrollmentWizard::tr("&On:"));
        m_step.on->setAccessibleName(EnrollmentWizard::tr("Date of the request"));
    }

    QLabel* m_text;
    StepRow m_step;
};

// ---------------------------------------------------------------------------------------
class CompetencyPage : public Page
{
public:
    explicit CompetencyPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        auto* form = new QFormLayout;
        m_label = new QLabel(this);
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("competency"));
        m_label->setBuddy(m_combo);
        form->addRow(m_label, m_combo);
        layout->addLayout(form);
        m_tier = textLabel(this);
        m_tier->setObjectName(QStringLiteral("tierRules"));
        layout->addWidget(m_tier);
        m_notes = textLabel(this);
        layout->addWidget(m_notes);
        layout->addStretch();
        connect(m_combo, &QComboBox::currentTextChanged, this, [this](const QString& c) {
            if (m_filling || c.isEmpty())
                return;
            w()->answers().competency = c;
            emit w()->answersEdited();
            showTier();
        });
        retranslate();
    }

    void refresh() override
    {
        m_filling = true;
        m_combo->clear();
        m_combo->addItems(w()->learningCompetencies());
        m_filling = false;
        const int index = m_combo->findText(w()->answers().competency);
        m_combo->setCurrentIndex(index >= 0 ? index : 0);
        w()->answers().competency = m_combo->currentText();
        retranslate();
    }

    bool isComplete() const override { return !w()->answers().competency.isEmpty(); }
    int nextId() const override
    {
        const CompetencyRules* c = w()->ruleSet().competency(w()->answers().competency);
        const TierRules* tier = c ? (w()->answers().path == Path::Gold ? &c->gold : &c->silver) : nullptr;
        return tier && !tier->performanceCommitment ? EnrollmentWizard::TrainersPage
                                                    : EnrollmentWizard::CommitmentPage;
    }

private:
    void showTier()
    {
        const CompetencyRules* c = w()->ruleSet().competency(w()->answers().competency);
        if (!c) {
            m_tier->clear();
            return;
        }
        const bool gold = w()->answers().path == Path::Gold;
        const TierRules& t = gold ? c->gold : c->silver;
        QStringList items;
        items << EnrollmentWizard::tr("at least %n active MCT(s)", nullptr, t.minActiveMct)
              << EnrollmentWizard::tr("at least %n exam(s) passed for the competency", nullptr, t.minExams);
        if (!t.requiredExams.isEmpty())
            items << EnrollmentWizard::tr("the exams %1").arg(t.requiredExams.join(QLatin1String(", ")));
        if (t.minKpi > 0)
            items << EnrollmentWizard::tr("%1 learning KPIs counted in the window of the monthly report")
                         .arg(QLocale().toString(t.minKpi));
        if (t.performanceCommitment)
            items << EnrollmentWizard::tr("the commitment to the Performance Requirements");
        QString html =
            QStringLiteral("<p>%1</p><ul>")
                .arg((gold ? EnrollmentWizard::tr("The gold level of %1 asks for (rule set %2):")
                           : EnrollmentWizard::tr("The silver level of %1 asks for (rule set %2):"))
                         .arg(c->name, w()->ruleSet().id)
                         .toHtmlEscaped());
        for (const QString& item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        m_tier->setText(html + QStringLiteral("</ul>"));
    }

    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Competency"));
        setSubTitle(
            w()->answers().path == Path::Gold
                ? EnrollmentWizard::tr("Which competency's gold Learning option do you enroll in?")
                : EnrollmentWizard::tr("Which competency's silver Learning option do you enroll in?"));
        m_label->setText(EnrollmentWizard::tr("&Competency:"));
        m_notes->setText(
            QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                .arg(EnrollmentWizard::tr("To learn more about which competencies offer a silver or gold "
                                          "Learning option, see the "
                                          "latest %1.")
                         .arg(link(kCompetencies, EnrollmentWizard::tr("competencies page"))),
                     EnrollmentWizard::tr(
                         "Learning KPI requirements are subject to change annually, and learning KPIs must "
                         "be met "
                         "starting the first year of enrollment. No Business Application Plan is needed.")
                         .toHtmlEscaped(),
                     EnrollmentWizard::tr("New partner? Learn more about the process with the %1.")
                         .arg(link(kAssetCollection,
                                   EnrollmentWizard::tr("Learning option asset collection")))));
        showTier();
    }

    QLabel* m_label;
    QComboBox* m_combo;
    QLabel* m_tier;
    QLabel* m_notes;
    bool m_filling = false;
};

class CommitmentPage : public Page
{
public:
    explicit CommitmentPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_text = textLabel(this);
        layout->addWidget(m_text);
        m_check = new QCheckBox(this);
        m_check->setObjectName(QStringLiteral("commitment"));
        layout->addWidget(m_check);
        layout->addStretch();
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            w()->answers().commitment = on;
            emit w()->answersEdited();
            emit completeChanged();
        });
        retranslate();
    }
    void refresh() override { m_check->setChecked(w()->answers().commitment); }
    bool isComplete() const override { return w()->answers().commitment; }
    int nextId() const override { return EnrollmentWizard::TrainersPage; }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Performance commitment"));
        setSubTitle(EnrollmentWizard::tr("Commit to the Performance Requirements to go on."));
        m_text->setText(EnrollmentWizard::tr(
                            "Commit to the <b>Performance Requirements</b> outlined in the Learning Program "
                            "Performance Guidelines. These guidelines are available from the %1.")
                            .arg(link(kLearningResources, EnrollmentWizard::tr("Learning Resources site"))));
        m_check->setText(EnrollmentWizard::tr(
            "I &commit to the Performance Requirements of the Learning Program Performance "
            "Guidelines"));
    }

    QLabel* m_text;
    QCheckBox* m_check;
};

class ExamsPage : public Page
{
public:
    explicit ExamsPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_banner = new FallbackBanner(wizard, this);
        layout->addWidget(m_banner);
        m_minExams = textLabel(this);
        m_minExams->setObjectName(QStringLiteral("requirement_MIN_EXAMS"));
        m_required = textLabel(this);
        m_required->setObjectName(QStringLiteral("requirement_REQUIRED_EXAMS"));
        layout->addWidget(m_minExams);
        layout->addWidget(m_required);
        m_tableLabel = new QLabel(this);
        layout->addWidget(m_tableLabel);
        m_table = form::listTable(this, "examPasses", 3);
        m_tableLabel->setBuddy(m_table);
        layout->addWidget(m_table, 1);
        m_problem = form::errorLabel(this);
        layout->addWidget(m_problem);
        retranslate();
    }

    void refresh() override
    {
        auto decision = w()->decision();
        m_banner->refresh(decision);
        showProblem(m_problem, decision ? QString() : Messages::text(decision.error()));
        for (auto [label, code] : {std::pair{m_minExams, RequirementCode::MinExams},
                                   std::pair{m_required, RequirementCode::RequiredExams}}) {
            const RequirementResult* r = decision ? decision->requirement(code) : nullptr;
            label->setText(r ? DecisionReport::requirementHtml(*r, *decision) : QString());
            label->setVisible(r != nullptr);
        }
        QList<ExamPass> passes;
        for (const ExamPass& e : w()->snapshot().exams) {
            if (e.competency == w()->answers().competency)
                passes << e;
        }
        m_table->setRowCount(int(passes.size()));
        for (int i = 0; i < passes.size(); ++i)
            setRow(m_table, i, {passes[i].person, passes[i].exam, longDate(passes[i].passedOn)});
        m_table->resizeColumnsToContents();
        retranslate();
    }
    int nextId() const override { return EnrollmentWizard::KpiPage; }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Exams"));
        setSubTitle(EnrollmentWizard::tr(
            "Meet the exam requirements. A pass counts once per person and exam, for the competency "
            "it is recorded for."));
        m_tableLabel->setText(
            EnrollmentWizard::tr("E&xam passes recorded for %1:").arg(w()->answers().competency));
        m_table->setHorizontalHeaderLabels({EnrollmentWizard::tr("Person"), EnrollmentWizard::tr("Exam"),
                                            EnrollmentWizard::tr("Passed on")});
        m_table->setAccessibleName(EnrollmentWizard::tr("Exam passes"));
    }

    FallbackBanner* m_banner;
    QLabel* m_minExams;
    QLabel* m_required;
    QLabel* m_tableLabel;
    QTableWidget* m_table;
    QLabel* m_problem;
};

class KpiPage : public Page
{
public:
    explicit KpiPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_banner = new FallbackBanner(wizard, this);
        layout->addWidget(m_banner);
        m_requirement = textLabel(this);
        m_requirement->setObjectName(QStringLiteral("requirement_MIN_KPI"));
        layout->addWidget(m_requirement);
        m_window = textLabel(this);
        m_window->setObjectName(QStringLiteral("window"));
        layout->addWidget(m_window);
        m_treeLabel = new QLabel(this);
        layout->addWidget(m_treeLabel);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(QStringLiteral("kpiRecords"));
        m_tree->setColumnCount(4);
        m_tree->setUniformRowHeights(true);
        m_treeLabel->setBuddy(m_tree);
        layout->addWidget(m_tree, 1);
        m_problem = form::errorLabel(this);
        layout->addWidget(m_problem);
        retranslate();
    }

    void refresh() override
    {
        retranslate();
        auto decision = w()->decision();
        m_banner->refresh(decision);
        m_tree->clear();
        if (!decision) {
            showProblem(m_problem, Messages::text(decision.error()));
            return;
        }
        showProblem(m_problem, {});
        const Decision& d = decision.value();
        const RequirementResult* r = d.requirement(RequirementCode::MinKpi);
        m_requirement->setText(
            r ? DecisionReport::requirementHtml(*r, d)
              : EnrollmentWizard::tr("This tier asks for no minimum of learning KPIs.").toHtmlEscaped());
        const KpiCalendar calendar(w()->ruleSet().reportDay, w()->ruleSet().windowMonths);
        QString window;
        if (d.kpi.reportDate.isValid())
            window = EnrollmentWizard::tr(
                         "The window is %1 to %2: the months in the latest monthly report, published on %3. "
                         "The next report is published on %4.")
                         .arg(longDate(d.kpi.window.from), longDate(d.kpi.window.to),
                              longDate(d.kpi.reportDate), longDate(calendar.nextReportDate(w()->today())));
        else
            window = EnrollmentWizard::tr("The window of the renewal is %1 to %2.")
                         .arg(longDate(d.kpi.window.from), longDate(d.kpi.window.to));
        m_window->setText(window.toHtmlEscaped() + QStringLiteral(" ") +
                          EnrollmentWizard::tr("Only invoices count.").toHtmlEscaped());

        auto lines = w()->kpiLines();
        if (!lines) {
            showProblem(m_problem, Messages::text(lines.error()));
            return;
        }
        // The totals are the engine's on every line; the lines listed are those of the window,
        // EnrollmentService::kListedLines at most.
        const QLocale locale;
        auto* counted = new QTreeWidgetItem(
            m_tree, {EnrollmentWizard::tr("Counted: %1 KPIs").arg(locale.toString(d.kpi.counted))});
        for (const CountedPurchase& p : std::as_const(lines->counted)) {
            new QTreeWidgetItem(counted, {p.invoice, QString::number(p.line),
                                          locale.toString(p.invoiceDate, QLocale::ShortFormat),
                                          locale.toString(p.kpiValue)});
        }
        auto* pending = new QTreeWidgetItem(
            m_tree, {EnrollmentWizard::tr("Pending: %1 KPIs").arg(locale.toString(d.kpi.pending))});
        auto* excluded = new QTreeWidgetItem(m_tree, {EnrollmentWizard::tr("Not counted")});
        int pendingCount = 0;
        int excludedCount = 0;
        for (const ExcludedPurchase& p : std::as_const(lines->excluded)) {
            const bool isPending = p.reason == ExclusionReason::NotYetReported;
            (isPending ? pendingCount : excludedCount)++;
            new QTreeWidgetItem(isPending ? pending : excluded,
                                {p.invoice, QString::number(p.line), QString(),
                                 Messages::exclusionReason(p.reason, p.visibleOn)});
        }
        if (lines->before > 0) {
            new QTreeWidgetItem(
                excluded,
                {EnrollmentWizard::tr("%Ln line(s) dated before the window", nullptr, int(lines->before)),
                 QString(), QString(), Messages::exclusionReason(ExclusionReason::OutsideWindow)});
            excludedCount += int(lines->before);
        }
        counted->setText(1, EnrollmentWizard::tr("%Ln invoice line(s)", nullptr, d.kpi.countedLines));
        pending->setText(1, lines->complete
                                ? EnrollmentWizard::tr("%Ln invoice line(s)", nullptr, pendingCount)
                                : QString());
        excluded->setText(1, lines->complete ? EnrollmentWizard::tr("%Ln line(s)", nullptr, excludedCount)
                                             : QString());
        if (!lines->complete) {
            // The report's own sentence, translated once.
            auto* more = new QTreeWidgetItem(
                m_tree, {DecisionReport::tr("Only the first %Ln lines of the window are listed: "
                                            "the KPI ledger lists them all.",
                                            nullptr, EnrollmentService::kListedLines)});
            more->setFirstColumnSpanned(true);
        }
        counted->setExpanded(true);
        pending->setExpanded(true);
        for (int c = 0; c < 3; ++c)
            m_tree->resizeColumnToContents(c);
    }
    int nextId() const override { return EnrollmentWizard::OfferPage; }

private:
    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Learning KPIs"));
        setSubTitle(
            EnrollmentWizard::tr("The courseware invoices of the 12-month window of the monthly report."));
        m_treeLabel->setText(EnrollmentWizard::tr("&KPI records:"));
        m_tree->setHeaderLabels({EnrollmentWizard::tr("Invoice"), EnrollmentWizard::tr("Line"),
                                 EnrollmentWizard::tr("Date"), EnrollmentWizard::tr("KPI or reason")});
        m_tree->setAccessibleName(EnrollmentWizard::tr("KPI records: counted, pending and not counted"));
    }

    FallbackBanner* m_banner;
    QLabel* m_requirement;
    QLabel* m_window;
    QLabel* m_treeLabel;
    QTreeWidget* m_tree;
    QLabel* m_problem;
};

class OfferPage : public Page
{
public:
    explicit OfferPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        auto* layout = new QVBoxLayout(this);
        m_banner = new FallbackBanner(wizard, this);
        layout->addWidget(m_banner);
        m_text = textLabel(this);
        layout->addWidget(m_text);
        m_discount = textLabel(this);
        m_discount->setObjectName(QStringLiteral("upgradeDiscount"));
        m_discount->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(m_discount);
        auto* form = new QFormLayout;
        m_step = stepRow(this, form, "subscribed");
        layout->addLayout(form);
        layout->addStretch();
        connect(m_step.done, &QCheckBox::toggled, this, [this](bool on) {
            w()->answers().subscribed = on;
            w()->answers().subscribedOn = on ? m_step.on->date() : QDate();
            emit w()->answersEdited();
        });
        connect(m_step.on, &QDateEdit::dateChanged, this, [this](const QDate& d) {
            if (m_step.done->isChecked())
                w()->answers().subscribedOn = d;
            emit w()->answersEdited();
        });
        retranslate();
    }

    void refresh() override
    {
        auto decision = w()->decision();
        m_banner->refresh(decision);
        m_eligible = decision && decision->eligible;
        m_upgrade = decision && decision->upgradeDiscount;
        // A partner cannot subscribe before the requirements are met [§9].
        m_step.done->setEnabled(m_eligible);
        m_step.done->setChecked(m_eligible && w()->answers().subscribed);
        m_step.on->setDate(w()->answers().subscribedOn.isValid() ? w()->answers().subscribedOn
                                                                 : w()->today());
        m_step.on->setMaximumDate(w()->today());
        retranslate();
    }
    int nextId() const override { return EnrollmentWizard::SummaryPage; }

private:
    void retranslate() override
    {
        const bool gold = w()->answers().path == Path::Gold;
        setTitle(EnrollmentWizard::tr("Membership offer and fee"));
        setSubTitle(
            EnrollmentWizard::tr("Subscribe to the competency level in Partner Center and pay the fee."));
        const QString level = gold ? EnrollmentWizard::tr("gold") : EnrollmentWizard::tr("silver");
        QString html =
            QStringLiteral("<p>%1</p><ul><li>%2</li><li>%3</li><li>%4</li></ul><p>%5</p>")
                .arg(EnrollmentWizard::tr(
                         "Sign in to the Partner Center %1, then select <b>MPN</b> from the "
                         "left-navigation menu, followed by <b>Membership Offers</b>, and subscribe to the "
                         "%2 level of %3.")
                         .arg(link(kDashboard, EnrollmentWizard::tr("dashboard")), level,
                              w()->answers().competency.toHtmlEscaped()),
                     EnrollmentWizard::tr(
                         "Pay the competency fee by credit card or by bank transfer: the transfer's "
                         "reference carries the order number and your MPN ID (%1), and you upload the "
                         "proof of payment.")
                         .arg(w()->snapshot().partner.mpnId)
                         .toHtmlEscaped(),
                     EnrollmentWizard::tr("Activation takes 48 to 72 hours, at most a week.").toHtmlEscaped(),
                     EnrollmentWizard::tr("An unpaid order expires after 30 days.").toHtmlEscaped(),
                     (m_eligible
                          ? EnrollmentWizard::tr("You meet the requirements: you can subscribe now.")
                          : EnrollmentWizard::tr("You cannot subscribe before the requirements are met."))
                         .toHtmlEscaped());
        m_text->setText(html);
        m_discount->setText(
            EnrollmentWizard::tr(
                "<b>Upgrade discount.</b> You hold silver in %1: the silver-to-gold upgrade discount of %2% "
                "of "
                "the gold fee applies. The new gold anniversary is one year from the purchase date, and by "
                "taking the discount you give up any silver refund.")
                .arg(w()->answers().competency.toHtmlEscaped())
                .arg(w()->ruleSet().upgradeDiscountPercent));
        m_discount->setVisible(m_upgrade);
        m_step.done->setText(EnrollmentWizard::tr("I &subscribed in Membership Offers"));
        m_step.onLabel->setText(EnrollmentWizard::tr("&On:"));
        m_step.on->setAccessibleName(EnrollmentWizard::tr("Date of the subscription"));
    }

    FallbackBanner* m_banner;
    QLabel* m_text;
    QLabel* m_discount;
    StepRow m_step;
    bool m_eligible = false;
    bool m_upgrade = false;
};

// ---------------------------------------------------------------------------------------
class SummaryPage : public Page
{
public:
    explicit SummaryPage(EnrollmentWizard* wizard) : Page(wizard)
    {
        setFinalPage(true);
        auto* layout = new QVBoxLayout(this);
        m_banner = new FallbackBanner(wizard, this);
        layout->addWidget(m_banner);
        m_report = new QTextBrowser(this);
        m_report->setObjectName(QStringLiteral("report"));
        m_report->setOpenExternalLinks(true);
        layout->addWidget(m_report, 1);
        m_verdict = textLabel(this);
        m_verdict->setObjectName(QStringLiteral("verdict"));
        layout->addWidget(m_verdict);
        auto* buttons = new QHBoxLayout;
        m_pdf = new QPushButton(this);
        m_pdf->setObjectName(QStringLiteral("savePdf"));
        m_print = new QPushButton(this);
        m_print->setObjectName(QStringLiteral("print"));
        buttons->addWidget(m_pdf);
        buttons->addWidget(m_print);
        buttons->addStretch();
        layout->addLayout(buttons);
        m_problem = form::errorLabel(this);
        m_problem->setObjectName(QStringLiteral("submitProblem"));
        layout->addWidget(m_problem);
        connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
        connect(m_print, &QPushButton::clicked, this, [this] {
            if (auto report = w()->report())
                report->print(this);
        });
        retranslate();
    }

    void refresh() override
    {
        auto decision = w()->decision();
        m_banner->refresh(decision);
        m_eligible = decision && decision->eligible;
        auto report = w()->report();
        m_report->setHtml(
            report ? report->html()
                   : QStringLiteral("<p>%1</p>").arg(Messages::text(report.error()).toHtmlEscaped()));
        QString verdict;
        if (!decision)
            verdict = Messages::text(decision.error());
        else if (!w()->canEnroll())
            verdict = EnrollmentWizard::tr("Your role may read this decision but not submit an enrollment.");
        else if (!m_eligible)
            verdict = EnrollmentWizard::tr(
                "The requirements are not met today: the enrollment cannot be submitted.");
        else if (!stepsDone())
            verdict = EnrollmentWizard::tr("Record both Action Pack steps before submitting.");
        else
            verdict = EnrollmentWizard::tr("Everything is in order: Submit writes the enrollment.");
        m_verdict->setText(verdict.toHtmlEscaped());
        showProblem(m_problem, {});
        emit completeChanged();
    }

    bool isComplete() const override { return m_eligible && w()->canEnroll() && stepsDone(); }
    bool validatePage() override
    {
        if (w()->submit())
            return true;
        showProblem(m_problem, w()->property("submitError").toString());
        return false;
    }
    int nextId() const override { return -1; }

    void savePdf()
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested =
            dir + QLatin1Char('/') +
            EnrollmentWizard::tr("enrollment-decision-%1.pdf").arg(w()->today().toString(Qt::ISODate));
        const QString file =
            QFileDialog::getSaveFileName(this, EnrollmentWizard::tr("Save the decision report"), suggested,
                                         EnrollmentWizard::tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return;
        QString error;
        auto report = w()->report();
        if (!report)
            showProblem(m_problem, Messages::text(report.error()));
        else if (!report->writePdf(file, &error))
            showProblem(m_problem, error);
    }

private:
    bool stepsDone() const
    {
        const EnrollmentAnswers& a = w()->answers();
        return a.path != Path::ActionPack || (a.subscribed && a.profileRequested);
    }

    void retranslate() override
    {
        setTitle(EnrollmentWizard::tr("Summary"));
        setSubTitle(EnrollmentWizard::tr("The decision, what it rests on, and the steps recorded."));
        m_pdf->setText(EnrollmentWizard::tr("Save as P&DF..."));
        m_print->setText(EnrollmentWizard::tr("P&rint..."));
        m_report->setAccessibleName(EnrollmentWizard::tr("Decision report"));
    }

    FallbackBanner* m_banner;
    QTextBrowser* m_report;
    QLabel* m_verdict;
    QPushButton* m_pdf;
    QPushButton* m_print;
    QLabel* m_problem;
    bool m_eligible = false;
};

} // namespace

// ---------------------------------------------------------------------------------------
QJsonObject EnrollmentAnswers::toJson() const
{
    return {{QStringLiteral("path"), lp::toString(path)},
            {QStringLiteral("competency"), competency},
            {QStringLiteral("commitment"), commitment},
            {QStringLiteral("renewActionPack"), renewActionPack},
            {QStringLiteral("subscribed"), subscribed},
            {QStringLiteral("subscribedOn"), subscribedOn.toString(Qt::ISODate)},
            {QStringLiteral("profileRequested"), profileRequested},
            {QStringLiteral("profileRequestedOn"), profileRequestedOn.toString(Qt::ISODate)},
            {QStringLiteral("page"), page}};
}

EnrollmentAnswers EnrollmentAnswers::fromJson(const QJsonObject& o)
{
    EnrollmentAnswers a;
    a.path = fromString<Path>(o.value(QStringLiteral("path")).toString()).value_or(Path::ActionPack);
    a.competency = o.value(QStringLiteral("competency")).toString();
    a.commitment = o.value(QStringLiteral("commitment")).toBool();
    a.renewActionPack = o.value(QStringLiteral("renewActionPack")).toBool();
    a.subscribed = o.value(QStringLiteral("subscribed")).toBool();
    a.subscribedOn = QDate::fromString(o.value(QStringLiteral("subscribedOn")).toString(), Qt::ISODate);
    a.profileRequested = o.value(QStringLiteral("profileRequested")).toBool();
    a.profileRequestedOn =
        QDate::fromString(o.value(QStringLiteral("profileRequestedOn")).toString(), Qt::ISODate);
    a.page = o.value(QStringLiteral("page")).toInt(-1);
    return a;
}

EnrollmentWizard::EnrollmentWizard(AppContext& context, qint64 partnerId, const QDate& today, QWidget* parent)
    : QWizard(parent), m_context(context), m_partnerId(partnerId), m_today(today)
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_canEnroll = Authorizer::check(context.session, Permission::Enroll, partnerId).ok();

    // The ledger as daily sums: the same decisions in a few hundred values, whatever its size;
    // the KPI page and the report read the lines themselves, a bounded number (kpiLines()).
    EnrollmentService service(context.db);
    if (auto snap = service.snapshot(context.session, partnerId, EnrollmentService::Purchases::DailySums))
        m_snapshot = snap.value();
    if (auto rules = service.ruleSet(today))
        m_rules = rules.value();
    // Silver by default in the competency the partner holds silver in, else the first one.
    const QStringList competencies = learningCompetencies();
    m_answers.competency = competencies.value(0);
    for (const Membership& m : m_snapshot.memberships) {
        if (m.type == MembershipType::Silver && m.isActiveOn(today) && competencies.contains(m.competency))
            m_answers.competency = m.competency;
    }
    m_savedAnswers = m_answers;

    setPage(StartPage, new class StartPage(this));
    setPage(ActionPackTrainersPage, new class TrainersPage(this, true));
    setPage(ActionPackSubscriptionPage, new class ActionPackSubscriptionPage(this));
    setPage(ActionPackProfilePage, new class ActionPackProfilePage(this));
    setPage(CompetencyPage, new class CompetencyPage(this));
    setPage(CommitmentPage, new class CommitmentPage(this));
    setPage(TrainersPage, new class TrainersPage(this, false));
    setPage(ExamsPage, new class ExamsPage(this));
    setPage(KpiPage, new class KpiPage(this));
    setPage(OfferPage, new class OfferPage(this));
    setPage(SummaryPage, new class SummaryPage(this));
    setStartId(StartPage);
    resize(820, 640);
    retranslateUi();
}

QStringList EnrollmentWizard::learningCompetencies() const
{
    QStringList names;
    for (const CompetencyRules& c : m_rules.competencies) {
        if (c.learningOption)
            names << c.name;
    }
    return names;
}

EnrollmentRequest EnrollmentWizard::request(Path path, const QString& competency, bool commitment) const
{
    EnrollmentRequest r;
    r.path = path;
    r.competency = path == Path::ActionPack ? QString() : competency;
    r.performanceCommitment = commitment;
    // Renewal: the Action Pack when the admin says so; a tier as the service says.
    r.kind = path == Path::ActionPack
                 ? (m_answers.renewActionPack ? EvaluationKind::Renew : EvaluationKind::Enroll)
                 : EnrollmentService::kindFor(m_snapshot, path, competency, m_today);
    return r;
}

EnrollmentRequest EnrollmentWizard::request() const
{
    return request(m_answers.path, m_answers.competency, m_answers.commitment);
}

Result<Decision> EnrollmentWizard::evaluate(const EnrollmentRequest& request)
{
    for (const auto& [r, d] : std::as_const(m_cache)) {
        if (r == request)
            return d;
    }
    if (m_snapshot.partner.id == 0) // the service refused the snapshot: say why
        return EnrollmentService(m_context.db).snapshot(m_context.session, m_partnerId).error();
    auto decision = EnrollmentService(m_context.db).evaluate(m_snapshot, request, m_today);
    if (decision)
        m_cache.append({request, decision.value()});
    return decision;
}

Result<EnrollmentService::KpiLines> EnrollmentWizard::kpiLines()
{
    const EnrollmentRequest r = request();
    for (const auto& [asked, lines] : std::as_const(m_linesCache)) {
        if (asked == r)
            return lines;
    }
    auto lines = EnrollmentService(m_context.db).kpiLines(m_context.session, m_partnerId, r, m_today);
    if (lines)
        m_linesCache.append({r, lines.value()});
    return lines;
}

void EnrollmentWizard::continueOn(Path path)
{
    m_answers.path = path;
    emit answersEdited();
    if (path == Path::ActionPack) {
        // The Action Pack has pages of its own: walk back to the start and forward to them.
        while (currentId() != StartPage && currentId() != -1)
            back();
        next();
        if (currentPage()->isComplete())
            next();
        return;
    }
    // Silver asks the same questions as gold: the page stays, its verdicts change.
    if (auto* p = static_cast<Page*>(currentPage()))
        p->refresh();
}

void EnrollmentWizard::resume(const Enrollment& draft)
{
    m_resumedFrom = draft;
    m_answers = EnrollmentAnswers::fromJson(QJsonDocument::fromJson(draft.answers).object());
    m_answers.path = draft.path;
    if (draft.path != Path::ActionPack)
        m_answers.competency = draft.competency;
    m_savedAnswers = m_answers;
    m_cache.clear();
    restart();
    const int target = m_answers.page;
    while (currentId() != target && currentId() != SummaryPage && currentPage()->isComplete() &&
           nextId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // a page refused to go on (validatePage)
    }
    m_savedAnswers = m_answers;
}

Enrollment EnrollmentWizard::details() const
{
    Enrollment e;
    e.partnerId = m_partnerId;
    e.path = m_answers.path;
    e.competency = m_answers.path == Path::ActionPack ? QString() : m_answers.competency;
    e.kind = request().kind;
    EnrollmentAnswers stored = m_answers;
    stored.page = currentId();
    e.answers = QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact);
    if (m_answers.subscribed)
        e.subscriptionOn = m_answers.subscribedOn;
    if (m_answers.path == Path::ActionPack && m_answers.profileRequested)
        e.profileRequestedOn = m_answers.profileRequestedOn;
    return e;
}

bool EnrollmentWizard::saveDraft()
{
    auto saved = EnrollmentService(m_context.db).saveDraft(m_context.session, m_partnerId, details());
    if (!saved) {
        QMessageBox::warning(this, tr("Draft not saved"), Messages::text(saved.error()));
        return false;
    }
    m_savedAnswers = m_answers;
    emit draftSaved(saved->id);
    return true;
}

bool EnrollmentWizard::submit()
{
    auto done =
        EnrollmentService(m_context.db).submit(m_context.session, m_partnerId, request(), details(), m_today);
    if (!done) {
        setProperty("submitError", Messages::text(done.error()));
        return false;
    }
    m_submitted = done.value();
    m_savedAnswers = m_answers;
    // Resumed from a draft of another path (the gold fallback): that draft is done with too.
    if (m_resumedFrom && (m_resumedFrom->path != done->path || m_resumedFrom->competency != done->competency))
        EnrollmentService(m_context.db).discardDraft(m_context.session, m_partnerId, m_resumedFrom->id);
    emit enrollmentSubmitted(done->id);
    return true;
}

QList<QPair<QString, QDate>> EnrollmentWizard::steps() const
{
    QList<QPair<QString, QDate>> s;
    const EnrollmentAnswers& a = m_answers;
    if (a.path == Path::ActionPack) {
        s.append({a.renewActionPack ? tr("Action Pack subscription renewed")
                                    : tr("Action Pack subscription bought"),
                  a.subscribed ? a.subscribedOn : QDate()});
        s.append({tr("Account profile requested of Partner Frontline Support"),
                  a.profileRequested ? a.profileRequestedOn : QDate()});
    } else {
        if (a.commitment)
            s.append({tr("Committed to the Performance Requirements"), m_today});
        s.append({tr("Subscribed in Membership Offers"), a.subscribed ? a.subscribedOn : QDate()});
    }
    return s;
}

Result<DecisionReport> EnrollmentWizard::report()
{
    auto decision = this->decision();
    if (!decision)
        return decision.error();
    DecisionReport report;
    report.partner = m_snapshot.partner;
    report.decision = decision.value();
    // The decision's own lists are of daily sums: the report lists the invoice lines.
    if (report.decision.path == Path::ActionPack) {
        EnrollmentService::KpiLines{}.listIn(report.decision.kpi);
    } else {
        auto lines = kpiLines();
        if (!lines)
            return lines.error();
        lines->listIn(report.decision.kpi);
    }
    report.steps = steps();
    report.printedOn = m_today;
    return report;
}

void EnrollmentWizard::reject()
{
    if (!m_canEnroll || m_submitted || !answersChanged()) {
        QWizard::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Close the enrollment"),
                    tr("Save your answers as a draft? You can resume it from the Enrollment workspace."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("saveDraftQuestion"));
    QPushButton* save = box.addButton(tr("&Save draft"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveDraft"));
    QPushButton* discard = box.addButton(tr("&Discard answers"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardAnswers"));
    QPushButton* stay = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == save) {
        if (saveDraft())
            QWizard::reject();
    } else if (box.clickedButton() == discard) {
        QWizard::reject();
    }
}

void EnrollmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_cache.clear(); // the engine's sentences are in the language of the moment
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void EnrollmentWizard::retranslateUi()
{
    setWindowTitle(tr("Enroll in the Learning Partner program"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Submit"));
}

} // namespace lp
