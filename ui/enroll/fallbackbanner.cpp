// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "fallbackbanner.h"

#include "displaynames.h"
#include "enrollmentdraftcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lp {

FallbackBanner::FallbackBanner(EnrollmentDraftController* draft, QWidget* parent)
    : QFrame(parent), m_draft(draft)
{
    setObjectName(QStringLiteral("fallback"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("continueOnRecommended"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] { m_draft->continueOn(m_target); });
    hide();
}

void FallbackBanner::refresh(const Result<Decision>& decision)
{
    if (m_draft->answers().path != Path::Gold || !decision || decision->eligible) {
        hide();
        return;
    }
    QStringList unmet;
    for (const RequirementResult& r : decision->requirements) {
        if (!r.met)
            unmet << DisplayNames::requirement(r.code);
    }
    QString text = tr("Gold is not met today: %1.").arg(unmet.join(QLatin1String("; ")));
    m_button->setVisible(true);
    const std::optional<Path> recommended = EnrollmentDraftController::recommendedPath(decision.value());
    if (recommended == Path::Silver) {
        m_target = Path::Silver;
        text += QLatin1Char(' ') +
                tr("You meet silver in %1: you can continue on silver, with your answers kept.")
                    .arg(decision->competency);
        m_button->setText(tr("Continue on si&lver"));
    } else if (recommended == Path::ActionPack) {
        m_target = Path::ActionPack;
        text += QLatin1Char(' ') + tr("You meet the Learning Action Pack: you can continue with it.");
        m_button->setText(tr("Continue with the Action &Pack"));
    } else {
        text += QLatin1Char(' ') + tr("No other path is met today either.");
        m_button->setVisible(false);
    }
    m_text->setText(text.toHtmlEscaped());
    m_button->setAccessibleName(m_button->text().remove(QLatin1Char('&')));
    show();
}

} // namespace lp
