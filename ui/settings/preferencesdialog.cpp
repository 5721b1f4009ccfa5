#include "preferencesdialog.h"

#include "widgets/formhelpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lp {
namespace {

const QString kIdleKey = QStringLiteral("security/idleLockMinutes");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent) : Retranslating<QDialog>(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setRange(0, kMaximumIdleLockMinutes);
    m_idle->setValue(idleLockMinutes());
    m_idleHint = new QLabel(this);
    m_idleHint->setWordWrap(true);
    m_form = new QFormLayout;
    form::addRows(m_form, this, {m_idle});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addWidget(m_idleHint);
    std::tie(m_ok, m_cancel) = form::buttons(this, layout);
    setMinimumWidth(420);
    form::keepNaturalSize(this);
    retranslateUi();
}

int PreferencesDialog::idleLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kIdleKey, kDefaultIdleLockMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= kMaximumIdleLockMinutes ? minutes : kDefaultIdleLockMinutes;
}

void PreferencesDialog::setIdleLockMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, qBound(0, minutes, kMaximumIdleLockMinutes));
}

void PreferencesDialog::accept()
{
    setIdleLockMinutes(m_idle->value());
    QDialog::accept();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_heading->setText(tr("Preferences"));
    form::setLabels(m_form, {tr("&Lock after idle time:")});
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setAccessibleName(tr("Lock after idle time, in minutes"));
    m_idleHint->setText(
        tr("Without keyboard or mouse input for this long, the window hides its content and asks "
           "for your password; unsaved work stays as it is. 0: never."));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lp
