#include "formdialog.h"

#include "domain/messages.h"
#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lp {

FormDialog::FormDialog(QWidget* parent) : Retranslating<QDialog>(parent)
{
    m_form = new QFormLayout;
    m_error = form::errorLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    form::keepNaturalSize(this);
}

void FormDialog::addRows(std::initializer_list<QWidget*> fields)
{
    form::addRows(m_form, this, fields);
}

void FormDialog::addRow(QWidget* buddy, QLayout* field)
{
    auto* label = new QLabel(this);
    label->setBuddy(buddy);
    m_form->addRow(label, field);
}

void FormDialog::setLabels(const QStringList& labels)
{
    form::setLabels(m_form, labels);
}

void FormDialog::setErrorFields(std::initializer_list<std::pair<const char*, QWidget*>> fields,
                                QWidget* otherwise)
{
    m_errorFields.clear();
    for (const auto& [path, field] : fields)
        m_errorFields.append({QLatin1String(path), field});
    m_otherField = otherwise;
}

QWidget* FormDialog::fieldFor(const QString& path) const
{
    for (const auto& [known, field] : m_errorFields) {
        if (known == path)
            return field;
    }
    return m_otherField;
}

void FormDialog::retranslateUi()
{
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    retranslateForm();
    if (m_lastError)
        m_error->setText(errorText(*m_lastError));
}

QString FormDialog::fieldLabel(const QWidget* field) const
{
    for (int row = 0; field && row < m_form->rowCount(); ++row) {
        const QLayoutItem* item = m_form->itemAt(row, QFormLayout::LabelRole);
        const auto* label = item ? qobject_cast<const QLabel*>(item->widget()) : nullptr;
        if (label && label->buddy() == field) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            text.replace(QLatin1String("&&"), QLatin1String("&"));
            while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            return text;
        }
    }
    return {};
}

QString FormDialog::errorText(const Error& error) const
{
    // The field the error names, named in the sentence ("MCT ID: This field is required.").
    const QString label = error.path.isEmpty() ? QString() : fieldLabel(fieldFor(error.path));
    return label.isEmpty() ? Messages::text(error) : tr("%1: %2").arg(label, Messages::text(error));
}

void FormDialog::accept()
{
    const Status s = save();
    if (!s) {
        m_lastError = s.error();
        form::showError(m_error, s.error(), fieldFor(s.error().path));
        m_error->setText(errorText(s.error()));
        return;
    }
    QDialog::accept();
}

} // namespace lp
