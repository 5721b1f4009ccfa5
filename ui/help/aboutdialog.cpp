// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "aboutdialog.h"

#include "buildinfo.h"
#include "domain/messages.h"
#include "rules/rulesetbanner.h"
#include "services/rulesetservice.h"
#include "storage/database.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lp {
namespace {
constexpr int kFacts = 6; // version, commit, license, database, rule set, Qt
} // namespace

AboutDialog::AboutDialog(Database& db, QWidget* parent) : Retranslating<QDialog>(parent), m_db(db)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static const char* const names[kFacts] = {"aboutVersion",  "aboutCommit",  "aboutLicense",
                                              "aboutDatabase", "aboutRuleSet", "aboutQt"};
    for (int i = 0; i < kFacts; ++i) {
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(QLatin1String(names[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels << label;
        m_values << value;
        m_form->addRow(label, value);
    }
    layout->addLayout(m_form);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyDetails"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(details()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    retranslateUi();
}

QString AboutDialog::version()
{
    return QStringLiteral(LP_BUILD_VERSION);
}

QString AboutDialog::commit()
{
    return QStringLiteral(LP_BUILD_COMMIT);
}

QString AboutDialog::details() const
{
    QStringList lines{m_title->text()};
    for (int i = 0; i < kFacts; ++i)
        lines << m_labels[i]->text() + QLatin1Char(' ') + m_values[i]->text();
    return lines.join(QLatin1Char('\n'));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Learning Partner Desk"));
    m_title->setText(tr("Learning Partner Desk %1").arg(version()));
    m_summary->setText(
        tr("Enroll in the Microsoft Learning Partner program: the Learning Action Pack and the "
           "silver and gold competency Learning options, KPIs, discrepancy cases and the "
           "directory listing."));
    m_labels[0]->setText(tr("Version:"));
    m_values[0]->setText(version());
    m_labels[1]->setText(tr("Commit:"));
    m_values[1]->setText(commit().isEmpty() ? tr("unknown (not built from a git checkout)") : commit());
    m_labels[2]->setText(tr("License:"));
    m_values[2]->setText(tr("Apache License 2.0"));
    m_labels[3]->setText(tr("Database:"));
    m_values[3]->setText(m_db.location().display());
    m_labels[4]->setText(tr("Rule set in force:"));
    const auto rules = RuleSetService::inForce(m_db, QDate::currentDate());
    m_values[4]->setText(rules ? ruleSetName(rules.value().id, rules.value().sha256, rules.value().provenance)
                               : Messages::text(rules.error()));
    m_labels[5]->setText(tr("Qt version:"));
    m_values[5]->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_copy->setText(tr("C&opy Details"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
}

} // namespace lp
