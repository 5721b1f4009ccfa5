// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "fixpointer.h"

#include "enrollmentdraftcontroller.h"
#include "widgets/statecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lp {

FixPointer::FixPointer(EnrollmentDraftController* draft, Topic topic, QWidget* parent)
    : Retranslating<QWidget>(parent), m_draft(draft), m_topic(topic)
{
    setObjectName(QStringLiteral("fixPointer"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fixWhere"));
    m_text->setWordWrap(true);
    ui::setStateText(m_text, ui::State::Pending);
    m_go = new QPushButton(this);
    m_go->setObjectName(QStringLiteral("fixGo"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_go, 0, Qt::AlignTop);
    connect(m_go, &QPushButton::clicked, this, [this] { m_draft->requestFix(destination()); });
    hide();
    retranslateUi();
}

void FixPointer::retranslateUi()
{
    switch (m_topic) {
    case Topic::Trainers:
        m_text->setText(tr("Where to fix it: Microsoft Certified Trainers are recorded in the People "
                           "workspace. Add or renew them there, then come back: your answers are kept as a "
                           "draft."));
        m_go->setText(tr("Open &People"));
        break;
    case Topic::Exams:
        m_text->setText(tr("Where to fix it: exam passes are recorded in the People workspace, each for its "
                           "competency. Record the missing ones there, then come back: your answers are kept "
                           "as a draft."));
        m_go->setText(tr("Open &People"));
        break;
    case Topic::Kpis:
        m_text->setText(
            tr("Where to fix it: KPIs come from the invoices in the KPI ledger. Import the missing "
               "invoices there, or file a discrepancy case from a wrong record; your answers are "
               "kept as a draft."));
        m_go->setText(tr("Open the KPI &ledger"));
        break;
    }
    m_go->setAccessibleDescription(m_text->text());
}

} // namespace lp
