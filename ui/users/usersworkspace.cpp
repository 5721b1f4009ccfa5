// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "usersworkspace.h"

#include "adduserdialog.h"
#include "displaynames.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "onetimepassworddialog.h"
#include "security/authorizer.h"
#include "widgets/formhelpers.h"
#include "widgets/statecolors.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lp {
namespace {

enum Column { NameColumn, RoleColumn, PartnerColumn, LastSignInColumn, StateColumn, ColumnCount };

} // namespace

UsersWorkspace::UsersWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_accounts(context.db)
{
    setObjectName(QStringLiteral("usersWorkspace"));
    m_heading = form::workspaceHeading(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = form::listTable(this, "users", ColumnCount);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addUser"));

    m_selectedBox = new QGroupBox(this);
    m_selectedName = new QLabel(m_selectedBox);
    m_selectedName->setObjectName(QStringLiteral("selectedName"));
    QFont bold = m_selectedName->font();
    bold.setBold(true);
    m_selectedName->setFont(bold);
    m_roleLabel = new QLabel(m_selectedBox);
    m_role = new QComboBox(m_selectedBox);
    m_role->setObjectName(QStringLiteral("role"));
    m_roleLabel->setBuddy(m_role);
    for (Role r :
         {Role::PartnerAdmin, Role::AccountAdmin, Role::Viewer, Role::FrontlineSupport, Role::SupportLead}) {
        if (Authorizer::mayAdminister(context.session.role(), r))
            m_role->addItem(QString(), int(r));
    }
    m_applyRole = new QPushButton(m_selectedBox);
    m_applyRole->setObjectName(QStringLiteral("changeRole"));
    m_disable = new QPushButton(m_selectedBox);
    m_disable->setObjectName(QStringLiteral("disableUser"));
    m_reset = new QPushButton(m_selectedBox);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_unlock = new QPushButton(m_selectedBox);
    m_unlock->setObjectName(QStringLiteral("unlockUser"));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Under the list, in one row: the list keeps the window's whole width for its columns.
    auto* box = new QHBoxLayout(m_selectedBox);
    box->addWidget(m_selectedName);
    box->addSpacing(12);
    box->addWidget(m_roleLabel);
    box->addWidget(m_role);
    box->addWidget(m_applyRole);
    box->addSpacing(12);
    box->addWidget(m_disable);
    box->addWidget(m_reset);
    box->addWidget(m_unlock);
    box->addStretch(1);
    m_error = form::errorLabel(this);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch(1);
    auto* body = new QVBoxLayout;
    body->addWidget(m_table, 1);
    body->addWidget(m_selectedBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addLayout(body, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersWorkspace::updateActions);
    connect(m_add, &QPushButton::clicked, this, &UsersWorkspace::addAccount);
    connect(m_applyRole, &QPushButton::clicked, this, &UsersWorkspace::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &UsersWorkspace::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersWorkspace::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersWorkspace::unlock);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersWorkspace::updateActions);
    setMainControl(m_table);
    retranslateUi();
}

QString UsersWorkspace::stateText(AccountService::State state)
{
    switch (state) {
    case AccountService::State::Active:
        return tr("Active");
    case AccountService::State::MustChangePassword:
        return tr("Must change password");
    case AccountService::State::Locked:
        return tr("Locked");
    case AccountService::State::Disabled:
        return tr("Disabled");
    }
    return {};
}

void UsersWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(isSupportRole(m_context.session.role())
                         ? tr("The Partner Frontline Support accounts. Accounts are never deleted: disable "
                              "those no longer needed.")
                         : tr("The accounts of your partner organization. Accounts are never deleted: "
                              "disable those no longer needed."));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Partner"), tr("Last sign-in"), tr("State")});
    m_table->setAccessibleName(tr("Accounts"));
    m_add->setText(tr("&Add account..."));
    m_selectedBox->setTitle(tr("Selected account"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, DisplayNames::role(Role(m_role->itemData(i).toInt())));
    m_applyRole->setText(tr("Chan&ge role"));
    m_reset->setText(tr("Reset &password..."));
    m_unlock->setText(tr("&Unlock"));
    if (m_lastError)
        m_error->setText(Messages::text(*m_lastError));
    fill(selected() ? selected()->user.name : QString());
}

void UsersWorkspace::refresh()
{
    const QString current = selected() ? selected()->user.name : QString();
    auto list = m_accounts.accounts(m_context.session);
    if (!list) {
        m_lastError = list.error();
        form::showError(m_error, list.error(), nullptr);
        m_list.clear();
    } else {
        m_list = list.value();
    }
    fill(current);
}

void UsersWorkspace::fill(const QString& current)
{
    m_table->clearSelection();
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const AccountService::Account& a = m_list[row];
        form::setRow(
            m_table, row,
            {a.user.name, DisplayNames::role(a.user.role),
             a.partnerName.isEmpty() ? tr("(support)") : a.partnerName,
             a.user.lastSignInAt.isValid() ? display::shortDateTime(a.user.lastSignInAt) : tr("never"),
             stateText(a.state)});
        const bool attention = a.state != AccountService::State::Active;
        if (attention)
            m_table->item(row, StateColumn)
                ->setForeground(ui::stateForeground(
                    a.state == AccountService::State::Disabled ? ui::State::Excluded : ui::State::Short,
                    m_table->palette()));
        if (a.user.name == current)
            m_table->selectRow(row);
    }
    updateActions();
}

const AccountService::Account* UsersWorkspace::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_list.size())
        return nullptr;
    return &m_list[rows.first().row()];
}

void UsersWorkspace::updateActions()
{
    const AccountService::Account* a = selected();
    const bool self = a && a->user.id == m_context.session.user.id;
    m_selectedBox->setEnabled(a != nullptr);
    m_selectedName->setText(a ? a->user.name : tr("No account selected"));
    if (a) {
        const int index = m_role->findData(int(a->user.role));
        if (m_role->currentIndex() < 0 || sender() != m_role)
            m_role->setCurrentIndex(index);
    }
    const bool roleChanged = a && m_role->currentData().toInt() != int(a->user.role);
    m_role->setEnabled(a && !self);
    m_applyRole->setEnabled(a && !self && roleChanged);
    m_disable->setEnabled(a && !self);
    m_disable->setText(a && a->user.disabled ? tr("&Enable") : tr("&Disable"));
    m_reset->setEnabled(a && !self && !a->user.disabled);
    m_unlock->setEnabled(a && (a->user.failedAttempts > 0 || a->state == AccountService::State::Locked));
    m_add->setEnabled(m_role->count() > 0);
}

void UsersWorkspace::done(const std::optional<Error>& error)
{
    m_lastError = error;
    if (error)
        form::showError(m_error, *error, nullptr);
    else
        m_error->hide();
    refresh();
}

void UsersWorkspace::addAccount()
{
    AddUserDialog dialog(m_accounts, m_context.session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done(std::nullopt);
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].user.name == dialog.userName())
            m_table->selectRow(row);
    }
    showOneTimePassword(dialog.userName(), dialog.oneTimePassword());
}

void UsersWorkspace::changeRole()
{
    if (const auto* a = selected()) {
        auto r = m_accounts.setRole(m_context.session, a->user.name, Role(m_role->currentData().toInt()));
        done(r ? std::nullopt : std::optional<Error>(r.error()));
    }
}

void UsersWorkspace::toggleDisabled()
{
    if (const auto* a = selected()) {
        auto r = m_accounts.setDisabled(m_context.session, a->user.name, !a->user.disabled);
        done(r ? std::nullopt : std::optional<Error>(r.error()));
    }
}

void UsersWorkspace::resetPassword()
{
    const auto* a = selected();
    if (!a)
        return;
    const QString name = a->user.name;
    auto r = m_accounts.resetPassword(m_context.session, name);
    done(r ? std::nullopt : std::optional<Error>(r.error()));
    if (r)
        showOneTimePassword(name, r.value());
}

void UsersWorkspace::unlock()
{
    if (const auto* a = selected()) {
        auto r = m_accounts.unlock(m_context.session, a->user.name);
        done(r ? std::nullopt : std::optional<Error>(r.error()));
    }
}

void UsersWorkspace::showOneTimePassword(const QString& name, const QString& password)
{
    OneTimePasswordDialog dialog(name, password, this);
    dialog.exec();
}

} // namespace lp
