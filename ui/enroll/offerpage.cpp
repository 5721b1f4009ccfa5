// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "offerpage.h"

#include "enrollmentdraftcontroller.h"
#include "fallbackbanner.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lp {
namespace {
// Where the seed says the dashboard is (docs/rules.md#what-the-product-tells-the-user).
const QString kDashboard = QStringLiteral("https://partner.microsoft.com/dashboard");
} // namespace

OfferPage::OfferPage(EnrollmentDraftController* draft, QWidget* parent) : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("offerPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new FallbackBanner(draft, this);
    layout->addWidget(m_banner);
    m_text = textLabel();
    layout->addWidget(m_text);
    m_discount = textLabel();
    m_discount->setObjectName(QStringLiteral("upgradeDiscount"));
    m_discount->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_discount);
    auto* form = new QFormLayout;
    // Not "subscribed", the Action Pack page's step: this one is the competency's membership offer.
    m_step = addStep(form, "membershipSubscribed");
    layout->addLayout(form);
    layout->addStretch();
    connect(m_step.done, &QCheckBox::toggled, this,
            [this](bool on) { m_draft->setSubscribed(on, m_step.on->date()); });
    connect(m_step.on, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { m_draft->setSubscribedOn(d); });
    retranslateUi();
}

void OfferPage::refresh()
{
    auto decision = m_draft->decision();
    m_banner->refresh(decision);
    m_eligible = decision && decision->eligible;
    m_upgrade = decision && decision->upgradeDiscount;
    // A partner cannot subscribe before the requirements are met (docs/rules.md#competency-fee-payment).
    const EnrollmentAnswers& a = m_draft->answers();
    m_step.done->setEnabled(m_eligible);
    m_step.done->setChecked(m_eligible && a.subscribed);
    m_step.on->setDate(a.subscribedOn.isValid() ? a.subscribedOn : m_draft->today());
    m_step.on->setMaximumDate(m_draft->today());
    retranslateUi();
}

void OfferPage::retranslateUi()
{
    const EnrollmentAnswers& a = m_draft->answers();
    setTitle(tr("Membership offer and fee"));
    setSubTitle(tr("Subscribe to the competency level in Partner Center and pay the fee."));
    const QString level = a.path == Path::Gold ? tr("gold") : tr("silver");
    QString html =
        QStringLiteral("<p>%1</p><ul><li>%2</li><li>%3</li><li>%4</li></ul><p>%5</p>")
            .arg(tr("Sign in to the Partner Center %1, then select <b>MPN</b> from the "
                    "left-navigation menu, followed by <b>Membership Offers</b>, and subscribe to the "
                    "%2 level of %3.")
                     .arg(link(kDashboard, tr("dashboard")), level, a.competency.toHtmlEscaped()),
                 tr("Pay the competency fee by credit card or by bank transfer: the transfer's "
                    "reference carries the order number and your MPN ID (%1), and you upload the "
                    "proof of payment.")
                     .arg(m_draft->snapshot().partner.mpnId)
                     .toHtmlEscaped(),
                 tr("Activation takes 48 to 72 hours, at most a week.").toHtmlEscaped(),
                 tr("An unpaid order expires after 30 days.").toHtmlEscaped(),
                 (m_eligible ? tr("You meet the requirements: you can subscribe now.")
                             : tr("You cannot subscribe before the requirements are met."))
                     .toHtmlEscaped());
    m_text->setText(html);
    m_discount->setText(
        tr("<b>Upgrade discount.</b> You hold silver in %1: the silver-to-gold upgrade discount of %2% of "
           "the gold fee applies. The new gold anniversary is one year from the purchase date, and by "
           "taking the discount you give up any silver refund.")
            .arg(a.competency.toHtmlEscaped())
            .arg(m_draft->ruleSet().upgradeDiscountPercent));
    m_discount->setVisible(m_upgrade);
    m_step.done->setText(tr("I &subscribed in Membership Offers"));
    m_step.onLabel->setText(tr("&On:"));
    m_step.on->setAccessibleName(tr("Date of the subscription"));
    m_step.done->setWhatsThis(tr("Tick this once the competency level is subscribed in Partner Center "
                                 "(MPN, Membership Offers); the wizard records the step."));
    m_step.on->setWhatsThis(
        tr("The day of the subscription in Membership Offers, in the language's short date "
           "form or as YYYY-MM-DD."));
}

} // namespace lp
