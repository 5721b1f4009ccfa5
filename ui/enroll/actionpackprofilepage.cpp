// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "actionpackprofilepage.h"

#include "enrollmentdraftcontroller.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lp {
namespace {
// Where the seed says support is (docs/rules.md#what-the-product-tells-the-user).
const QString kSupport = QStringLiteral("https://partner.microsoft.com/support");
} // namespace

ActionPackProfilePage::ActionPackProfilePage(EnrollmentDraftController* draft, QWidget* parent)
    : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("actionPackProfilePage"));
    auto* layout = new QVBoxLayout(this);
    m_text = textLabel();
    layout->addWidget(m_text);
    auto* form = new QFormLayout;
    m_step = addStep(form, "profileRequested");
    layout->addLayout(form);
    layout->addStretch();
    connect(m_step.done, &QCheckBox::toggled, this, [this](bool on) {
        m_draft->setProfileRequested(on, m_step.on->date());
        emit completeChanged();
    });
    connect(m_step.on, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { m_draft->setProfileRequestedOn(d); });
    retranslateUi();
}

void ActionPackProfilePage::refresh()
{
    const EnrollmentAnswers a = m_draft->answers();
    m_step.done->setChecked(a.profileRequested);
    m_step.on->setDate(a.profileRequestedOn.isValid() ? a.profileRequestedOn : m_draft->today());
    m_step.on->setMaximumDate(m_draft->today());
}

bool ActionPackProfilePage::isComplete() const
{
    return m_draft->answers().profileRequested;
}

void ActionPackProfilePage::retranslateUi()
{
    setTitle(tr("Account profile"));
    setSubTitle(tr("Step 2 of 2: the account profile that opens the Courseware Marketplace."));
    m_text->setText(tr("Contact the %1 team to help you set up a new account profile. This will give you "
                       "access to Microsoft Courseware training on the Courseware Marketplace. The "
                       "enrollment is active once both steps are done.")
                        .arg(link(kSupport, tr("Partner Frontline Support"))));
    m_step.done->setText(tr("I &asked Partner Frontline Support to set up the account profile"));
    m_step.onLabel->setText(tr("&On:"));
    m_step.on->setAccessibleName(tr("Date of the request"));
    m_step.done->setWhatsThis(
        tr("Tick this once Partner Frontline Support has been asked to set up the account "
           "profile that opens the Courseware Marketplace."));
    m_step.on->setWhatsThis(tr("The day the account profile was requested, in the language's short date "
                               "form or as YYYY-MM-DD."));
}

} // namespace lp
