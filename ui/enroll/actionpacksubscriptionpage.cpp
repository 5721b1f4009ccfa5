// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "actionpacksubscriptionpage.h"

#include "enrollmentdraftcontroller.h"
#include "rules/submissioncheck.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lp {
namespace {
// Where the seed says the steps are (docs/rules.md#what-the-product-tells-the-user).
const QString kActionPack = QStringLiteral("https://learn.microsoft.com/partner-center/mpn-get-action-pack");
} // namespace

using form::longDate;

ActionPackSubscriptionPage::ActionPackSubscriptionPage(EnrollmentDraftController* draft, QWidget* parent)
    : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("actionPackSubscriptionPage"));
    auto* layout = new QVBoxLayout(this);
    m_steps = textLabel();
    layout->addWidget(m_steps);
    m_buy = new QRadioButton(this);
    m_buy->setObjectName(QStringLiteral("buy"));
    m_renew = new QRadioButton(this);
    m_renew->setObjectName(QStringLiteral("renew"));
    layout->addWidget(m_buy);
    layout->addWidget(m_renew);
    m_rule = textLabel();
    m_rule->setObjectName(QStringLiteral("renewalRule"));
    layout->addWidget(m_rule);
    auto* form = new QFormLayout;
    m_step = addStep(form, "subscribed");
    layout->addLayout(form);
    m_problem = form::errorLabel(this);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_renew, &QRadioButton::toggled, this, [this](bool on) {
        m_draft->setRenewActionPack(on);
        showProblem(m_problem, {});
    });
    connect(m_step.done, &QCheckBox::toggled, this, [this](bool on) {
        m_draft->setSubscribed(on, m_step.on->date());
        emit completeChanged();
    });
    connect(m_step.on, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        m_draft->setSubscribedOn(d);
        showProblem(m_problem, {});
    });
    retranslateUi();
}

void ActionPackSubscriptionPage::refresh()
{
    const EnrollmentAnswers a = m_draft->answers();
    (a.renewActionPack ? m_renew : m_buy)->setChecked(true);
    m_step.done->setChecked(a.subscribed);
    m_step.on->setDate(a.subscribedOn.isValid() ? a.subscribedOn : m_draft->today());
    m_step.on->setMaximumDate(m_draft->today());
    m_renew->setEnabled(m_draft->actionPackExpiry().isValid());
    retranslateUi();
}

bool ActionPackSubscriptionPage::isComplete() const
{
    return m_draft->answers().subscribed;
}

bool ActionPackSubscriptionPage::validatePage()
{
    // The engine's check, the one EnrollmentService::submit asks (docs/rules.md#action-pack-activation).
    if (!SubmissionCheck::renewal(m_draft->ruleSet(), m_draft->facts())) {
        const DateRange window =
            SubmissionCheck::renewalWindow(m_draft->ruleSet(), m_draft->actionPackExpiry());
        showProblem(m_problem, tr("Renewed on: the Action Pack is renewed only after it has expired, "
                                  "within %3 days of its expiry (%1 to %2).")
                                   .arg(longDate(window.from), longDate(window.to))
                                   .arg(m_draft->ruleSet().actionPackRenewalWindowDays));
        m_step.on->setFocus();
        return false;
    }
    return true;
}

void ActionPackSubscriptionPage::retranslateUi()
{
    setTitle(tr("Action Pack subscription"));
    setSubTitle(tr("Step 1 of 2: buy or renew the Microsoft Action Pack subscription."));
    m_steps->setText(tr("Follow the steps in %1.")
                         .arg(link(kActionPack, tr("Buy or renew a Microsoft Action Pack subscription"))));
    m_buy->setText(tr("B&uy a new subscription"));
    m_renew->setText(tr("&Renew my subscription"));
    const QDate expiry = m_draft->actionPackExpiry();
    const DateRange window = SubmissionCheck::renewalWindow(m_draft->ruleSet(), expiry);
    const int days = m_draft->ruleSet().actionPackRenewalWindowDays;
    QString rule = tr("You have no Action Pack subscription yet: buy one.");
    if (expiry.isValid() && expiry >= m_draft->today())
        rule = tr("The Action Pack is renewed only after it has expired, within %4 days of its expiry: "
                  "yours ends on %1, so it can be renewed from %2 to %3.")
                   .arg(longDate(expiry), longDate(window.from), longDate(window.to))
                   .arg(days);
    else if (expiry.isValid())
        rule = tr("The Action Pack is renewed only after it has expired, within %4 days of its expiry: "
                  "yours ended on %1, so it can be renewed from %2 to %3.")
                   .arg(longDate(expiry), longDate(window.from), longDate(window.to))
                   .arg(days);
    m_rule->setText(rule);
    m_step.done->setText(m_draft->answers().renewActionPack ? tr("The subscription is renewe&d")
                                                            : tr("The subscription is bough&t"));
    m_step.onLabel->setText(tr("&On:"));
    m_step.on->setAccessibleName(tr("Date of the subscription"));
    m_buy->setWhatsThis(tr("Choose this when the partner has no Action Pack subscription, or when it ended "
                           "too long ago to be renewed."));
    m_renew->setWhatsThis(tr("Choose this when the Action Pack has expired and its renewal window is open: "
                             "a subscription is renewed only after it has expired."));
    m_step.done->setWhatsThis(tr("Tick this once the subscription is bought or renewed in Partner Center; "
                                 "the wizard records the step, it does not buy anything."));
    m_step.on->setWhatsThis(tr("The day the subscription was bought or renewed, in the language's short "
                               "date form or as YYYY-MM-DD."));
}

} // namespace lp
