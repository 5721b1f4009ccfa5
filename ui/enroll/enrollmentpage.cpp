#include "enrollmentpage.h"

#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace lp {

EnrollmentPage::EnrollmentPage(EnrollmentDraftController* draft, QWidget* parent)
    : Retranslating<QWizardPage>(parent), m_draft(draft)
{
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
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
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
}

} // namespace lp
