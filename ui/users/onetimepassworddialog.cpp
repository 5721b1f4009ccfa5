// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "onetimepassworddialog.h"

#include "widgets/formhelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {

OneTimePasswordDialog::OneTimePasswordDialog(const QString& userName, const QString& password,
                                             QWidget* parent)
    : Retranslating<QDialog>(parent), m_userName(userName)
{
    setObjectName(QStringLiteral("oneTimePasswordDialog"));
    QHBoxLayout* top = form::heading(this, &m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    m_password->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_password->setFont(mono);
    auto* box = new QDialogButtonBox(this);
    m_copy = box->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = box->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_close->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_password->text()); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(m_password);
    layout->addWidget(box);
    setMinimumWidth(440);
    form::keepNaturalSize(this);
    retranslateUi();
    m_password->selectAll();
    m_password->setFocus();
}

void OneTimePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("One-time password"));
    m_heading->setText(tr("One-time password for %1").arg(m_userName));
    m_intro->setText(tr("Hand this password to %1. It is shown only now and works for one sign-in: "
                        "a new password must be chosen right after it.")
                         .arg(m_userName));
    m_password->setAccessibleName(tr("One-time password"));
    m_copy->setText(tr("C&opy"));
    m_close->setText(tr("&Done"));
}

} // namespace lp
