#include "persondialogs.h"

#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {
using namespace form;

TrainerDialog::TrainerDialog(const Trainer& trainer, Save save, QWidget* parent)
    : QDialog(parent), m_trainer(trainer), m_save(std::move(save))
{
    m_name = new QLineEdit(trainer.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_mctId = new QLineEdit(trainer.mctId, this);
    m_mctId->setObjectName(QStringLiteral("mctId"));
    m_hasFrom = new QCheckBox(this);
    m_hasFrom->setObjectName(QStringLiteral("hasValidFrom"));
    m_hasFrom->setChecked(trainer.validFrom.isValid());
    m_from = dateEdit(this, trainer.validFrom, "validFrom");
    m_from->setEnabled(trainer.validFrom.isValid());
    m_to = dateEdit(this, trainer.validTo.isValid() ? trainer.validTo : QDate::currentDate().addYears(1),
                    "validTo");
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);

    m_form = new QFormLayout;
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_hasFrom);
    fromRow->addWidget(m_from, 1);
    addRows(m_form, this, {m_name, m_mctId});
    auto* fromLabel = new QLabel(this);
    fromLabel->setBuddy(m_hasFrom);
    m_form->addRow(fromLabel, fromRow);
    auto* toLabel = new QLabel(this);
    toLabel->setBuddy(m_to);
    m_form->addRow(toLabel, m_to);

    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = buttons(this, layout);
    setMinimumWidth(420);
    retranslateUi();
}

void TrainerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TrainerDialog::retranslateUi()
{
    setWindowTitle(m_trainer.id ? tr("Edit trainer") : tr("Add trainer"));
    setLabels(m_form, {tr("&Name:"), tr("&MCT ID:"), tr("Valid &from:"), tr("Valid &until:")});
    m_name->setAccessibleName(tr("Trainer name"));
    m_mctId->setAccessibleName(tr("MCT ID"));
    m_mctId->setPlaceholderText(tr("e.g. MCT-1001"));
    m_hasFrom->setText(tr("known"));
    m_hasFrom->setAccessibleName(tr("Start of validity known"));
    m_from->setAccessibleName(tr("Valid from"));
    m_to->setAccessibleName(tr("Valid until"));
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("&Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void TrainerDialog::accept()
{
    Trainer t = m_trainer;
    t.name = m_name->text().trimmed();
    t.mctId = m_mctId->text().trimmed();
    t.validFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    t.validTo = m_to->date();
    Status s = m_save(t);
    if (!s) {
        m_lastError = s.error();
        QWidget* field = s.error().path == QLatin1String("name")    ? static_cast<QWidget*>(m_name)
                         : s.error().path == QLatin1String("mctId") ? static_cast<QWidget*>(m_mctId)
                                                                    : static_cast<QWidget*>(m_to);
        showError(m_error, s.error(), field);
        return;
    }
    QDialog::accept();
}

ExamPassDialog::ExamPassDialog(const ExamPass& pass, const QStringList& competencies, Save save,
                               QWidget* parent)
    : QDialog(parent), m_pass(pass), m_save(std::move(save))
{
    m_person = new QLineEdit(pass.person, this);
    m_person->setObjectName(QStringLiteral("person"));
    m_exam = new QLineEdit(pass.exam, this);
    m_exam->setObjectName(QStringLiteral("exam"));
    m_passedOn = dateEdit(this, pass.passedOn, "passedOn");
    m_passedOn->setMaximumDate(QDate::currentDate());
    m_competency = new QComboBox(this);
    m_competency->setObjectName(QStringLiteral("competency"));
    m_competency->setEditable(true);
    m_competency->addItems(competencies);
    m_competency->setCurrentText(pass.competency);

    m_form = new QFormLayout;
    addRows(m_form, this, {m_person, m_exam, m_passedOn, m_competency});
    m_error = errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = buttons(this, layout);
    setMinimumWidth(420);
    retranslateUi();
}

void ExamPassDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExamPassDialog::retranslateUi()
{
    setWindowTitle(m_pass.id ? tr("Edit exam pass") : tr("Add exam pass"));
    setLabels(m_form, {tr("&Person:"), tr("&Exam:"), tr("&Passed on:"), tr("&Competency:")});
    m_person->setAccessibleName(tr("Person"));
    m_exam->setAccessibleName(tr("Exam code"));
    m_exam->setPlaceholderText(tr("e.g. AZ-900"));
    m_passedOn->setAccessibleName(tr("Passed on"));
    m_competency->setAccessibleName(tr("Competency"));
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("&Cancel"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
}

void ExamPassDialog::accept()
{
    ExamPass e = m_pass;
    e.person = m_person->text().trimmed();
    e.exam = m_exam->text().trimmed().toUpper();
    e.passedOn = m_passedOn->date();
    e.competency = m_competency->currentText().trimmed();
    Status s = m_save(e);
    if (!s) {
        m_lastError = s.error();
        const QString& path = s.error().path;
        QWidget* field = path == QLatin1String("person")     ? static_cast<QWidget*>(m_person)
                         : path == QLatin1String("exam")     ? static_cast<QWidget*>(m_exam)
                         : path == QLatin1String("passedOn") ? static_cast<QWidget*>(m_passedOn)
                                                             : static_cast<QWidget*>(m_competency);
        showError(m_error, s.error(), field);
        return;
    }
    QDialog::accept();
}

} // namespace lp
