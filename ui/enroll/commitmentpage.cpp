// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "commitmentpage.h"

#include "enrollmentdraftcontroller.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lp {
namespace {
// Where the seed says the Performance Guidelines are (docs/rules.md#what-the-product-tells-the-user).
const QString kLearningResources =
    QStringLiteral("https://partner.microsoft.com/marketing/learning-resources#/");
} // namespace

CommitmentPage::CommitmentPage(EnrollmentDraftController* draft, QWidget* parent)
    : EnrollmentPage(draft, parent)
{
    setObjectName(QStringLiteral("commitmentPage"));
    auto* layout = new QVBoxLayout(this);
    m_text = textLabel();
    layout->addWidget(m_text);
    m_check = new QCheckBox(this);
    m_check->setObjectName(QStringLiteral("commitment"));
    layout->addWidget(m_check);
    layout->addStretch();
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_draft->setCommitment(on);
        emit completeChanged();
    });
    retranslateUi();
}

void CommitmentPage::refresh()
{
    m_check->setChecked(m_draft->answers().commitment);
}

bool CommitmentPage::isComplete() const
{
    return m_draft->answers().commitment;
}

void CommitmentPage::retranslateUi()
{
    setTitle(tr("Performance commitment"));
    setSubTitle(tr("Commit to the Performance Requirements to go on."));
    m_text->setText(tr("Commit to the <b>Performance Requirements</b> outlined in the Learning Program "
                       "Performance Guidelines. These guidelines are available from the %1.")
                        .arg(link(kLearningResources, tr("Learning Resources site"))));
    m_check->setText(tr("I &commit to these Performance Requirements"));
    m_check->setWhatsThis(
        tr("Silver and gold need this commitment to the Performance Requirements of the "
           "Learning Program Performance Guidelines: without it the wizard does not go on."));
}

} // namespace lp
