// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentpage.h"

#include "widgets/announcer.h"
#include "widgets/formhelpers.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace lp {

EnrollmentPage::EnrollmentPage(EnrollmentDraftController* draft, QWidget* parent)
    : Retranslating<QWizardPage>(parent), m_draft(draft)
{
    connect(this, &QWizardPage::completeChanged, this, &EnrollmentPage::sayWhetherMet);
}

QString EnrollmentPage::metText()
{
    return tr("Done: this step is complete, Next goes on.");
}

void EnrollmentPage::sayWhetherMet()
{
    const bool complete = isComplete();
    const bool changed = complete != m_wasComplete;
    m_wasComplete = complete;
    if (!changed || !isVisible())
        return;
    if (!m_met) {
        m_met = form::confirmationLabel(this, "requirementMet");
        if (auto* box = qobject_cast<QBoxLayout*>(layout()))
            box->addWidget(m_met);
    }
    a11y::announce(m_met, complete ? metText() : QString());
}

EnrollmentPage::Step EnrollmentPage::addStep(QFormLayout* form, const char* name)
{
    Step s;
    s.done = new QCheckBox(this);
    s.done->setObjectName(QLatin1String(name));
    s.on = form::dateEdit(this, QDate::currentDate(), (QByteArray(name) + "On").constData());
    s.on->setEnabled(false);
    s.onLabel = new QLabel(this);
    s.onLabel->setBuddy(s.on);
    form->addRow(s.done);
    form->addRow(s.onLabel, s.on);
    connect(s.done, &QCheckBox::toggled, s.on, &QWidget::setEnabled);
    return s;
}

QLabel* EnrollmentPage::textLabel()
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

QString EnrollmentPage::link(const QString& url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}

void EnrollmentPage::showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void EnrollmentPage::changeEvent(QEvent* event)
{
    // retranslateUi() first (the base), then what the page shows from the engine, in the new language.
    Retranslating<QWizardPage>::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    if (event->type() == QEvent::LanguageChange) {
        linksByKeyboard();
        if (m_met && !m_met->isHidden())
            m_met->setText(metText());
    }
}

void EnrollmentPage::initializePage()
{
    refresh();
    linksByKeyboard();
    m_wasComplete = isComplete();
    if (m_met)
        m_met->hide();
}

// Running text is read, not a Tab stop; a paragraph with a link is one, for its link
// (docs/architecture.md#keyboard-and-screen-readers).
void EnrollmentPage::linksByKeyboard()
{
    for (QLabel* label : findChildren<QLabel*>()) {
        if (!label->openExternalLinks())
            continue;
        const bool links = label->text().contains(QLatin1String("<a "));
        label->setTextInteractionFlags(links ? Qt::TextBrowserInteraction
                                             : Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    }
}

} // namespace lp
