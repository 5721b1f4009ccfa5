// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "authorizer.h"

#include <QCoreApplication>

namespace lp {

QString toString(Permission p)
{
    switch (p) {
    case Permission::ReadPartner:
        return QStringLiteral("readPartner");
    case Permission::ReadAllPartners:
        return QStringLiteral("readAllPartners");
    case Permission::Enroll:
        return QStringLiteral("enroll");
    case Permission::ImportInvoices:
        return QStringLiteral("importInvoices");
    case Permission::FileCase:
        return QStringLiteral("fileCase");
    case Permission::ResolveCase:
        return QStringLiteral("resolveCase");
    case Permission::RequestListing:
        return QStringLiteral("requestListing");
    case Permission::ProcessListingBatch:
        return QStringLiteral("processListingBatch");
    case Permission::ManagePeople:
        return QStringLiteral("managePeople");
    case Permission::ManageProfile:
        return QStringLiteral("manageProfile");
    case Permission::SetupAccountProfile:
        return QStringLiteral("setupAccountProfile");
    case Permission::ManageUsers:
        return QStringLiteral("manageUsers");
    case Permission::ViewAudit:
        return QStringLiteral("viewAudit");
    case Permission::ManageRuleSets:
        return QStringLiteral("manageRuleSets");
    case Permission::BackUpDatabase:
        return QStringLiteral("backUpDatabase");
    case Permission::RestoreDatabase:
        return QStringLiteral("restoreDatabase");
    }
    return {};
}

QString describe(Permission p)
{
    const char* text = "";
    switch (p) {
    case Permission::ReadPartner:
        text = QT_TRANSLATE_NOOP("lp::Permission", "see this partner's data");
        break;
    case Permission::ReadAllPartners:
        text = QT_TRANSLATE_NOOP("lp::Permission", "see every partner");
        break;
    case Permission::Enroll:
        text = QT_TRANSLATE_NOOP("lp::Permission", "enroll or renew");
        break;
    case Permission::ImportInvoices:
        text = QT_TRANSLATE_NOOP("lp::Permission", "import invoices");
        break;
    case Permission::FileCase:
        text = QT_TRANSLATE_NOOP("lp::Permission", "file a KPI discrepancy case");
        break;
    case Permission::ResolveCase:
        text = QT_TRANSLATE_NOOP("lp::Permission", "resolve KPI discrepancy cases");
        break;
    case Permission::RequestListing:
        text = QT_TRANSLATE_NOOP("lp::Permission", "request a directory listing");
        break;
    case Permission::ProcessListingBatch:
        text = QT_TRANSLATE_NOOP("lp::Permission", "process the directory listing batch");
        break;
    case Permission::ManagePeople:
        text = QT_TRANSLATE_NOOP("lp::Permission", "manage trainers and exams");
        break;
    case Permission::ManageProfile:
        text = QT_TRANSLATE_NOOP("lp::Permission", "change the partner profile");
        break;
    case Permission::SetupAccountProfile:
        text = QT_TRANSLATE_NOOP("lp::Permission", "set up account profiles");
        break;
    case Permission::ManageUsers:
        text = QT_TRANSLATE_NOOP("lp::Permission", "manage user accounts");
        break;
    case Permission::ViewAudit:
        text = QT_TRANSLATE_NOOP("lp::Permission", "read the audit trail");
        break;
    case Permission::ManageRuleSets:
        text = QT_TRANSLATE_NOOP("lp::Permission", "import and activate rule sets");
        break;
    case Permission::BackUpDatabase:
        text = QT_TRANSLATE_NOOP("lp::Permission", "back up the database");
        break;
    case Permission::RestoreDatabase:
        text = QT_TRANSLATE_NOOP("lp::Permission", "restore the database from a backup");
        break;
    }
    return QCoreApplication::translate("lp::Permission", text);
}

bool Authorizer::allows(Role role, Permission p)
{
    switch (role) {
    case Role::PartnerAdmin:
    case Role::AccountAdmin:
        // docs/rules.md#roles-and-permissions: the two partner roles may do everything for their own partner.
        switch (p) {
        case Permission::ReadPartner:
        case Permission::Enroll:
        case Permission::ImportInvoices:
        case Permission::FileCase:
        case Permission::RequestListing:
        case Permission::ManagePeople:
        case Permission::ManageProfile:
        case Permission::ManageUsers:
        case Permission::BackUpDatabase:
            return true;
        case Permission::ManageRuleSets: // the organization's administrator, not the MPN partner admin
            return role == Role::AccountAdmin;
        // docs/accounts.md#backups: a restore replaces everybody's work: the partner's top
        // administrator only.
        case Permission::RestoreDatabase:
            return role == Role::PartnerAdmin;
        default:
            return false;
        }
    case Role::FrontlineSupport:
    case Role::SupportLead:
        // The support lead is frontline support that also administers the support accounts.
        switch (p) {
        case Permission::ReadPartner:
        case Permission::ReadAllPartners:
        case Permission::ResolveCase:
        case Permission::ProcessListingBatch:
        case Permission::SetupAccountProfile:
        case Permission::ViewAudit:
        case Permission::BackUpDatabase:
            return true;
        case Permission::ManageUsers:
        case Permission::ManageRuleSets:
        case Permission::RestoreDatabase:
            return role == Role::SupportLead;
        default:
            return false;
        }
    case Role::Viewer:
        return p == Permission::ReadPartner;
    }
    return false;
}

Status Authorizer::check(const Session& session, Permission p, qint64 partnerId)
{
    if (!session.isValid())
        return Error{QStringLiteral("NOT_SIGNED_IN"), {}, {}};
    const Error denied{QStringLiteral("PERMISSION_DENIED"), {}, {toString(session.role()), describe(p)}};
    if (session.user.disabled || !allows(session.role(), p))
        return denied;
    // A one-time password opens nothing but the change of password.
    if (session.user.mustChangePassword)
        return Error{QStringLiteral("PASSWORD_CHANGE_REQUIRED"), {}, {}};
    // Partner roles act only on their own partner; support is not bound to one.
    if (!isSupportRole(session.role()) && partnerId != 0 && partnerId != session.partnerId())
        return denied;
    return {};
}

bool Authorizer::mayAdminister(Role actor, Role target)
{
    switch (actor) {
    case Role::PartnerAdmin:
        return target == Role::PartnerAdmin || target == Role::AccountAdmin || target == Role::Viewer;
    case Role::AccountAdmin:
        return target == Role::AccountAdmin || target == Role::Viewer;
    case Role::SupportLead:
        return isSupportRole(target);
    case Role::FrontlineSupport:
    case Role::Viewer:
        return false;
    }
    return false;
}

Status Authorizer::checkAdminister(const Session& session, Role targetRole, qint64 targetPartnerId)
{
    if (Status s = check(session, Permission::ManageUsers, targetPartnerId); !s)
        return s;
    if (!mayAdminister(session.role(), targetRole))
        return Error{QStringLiteral("PERMISSION_DENIED"),
                     {},
                     {toString(session.role()), describe(Permission::ManageUsers)}};
    // Support roles administer support accounts only, which belong to no partner.
    if (isSupportRole(session.role()) && targetPartnerId != 0)
        return Error{QStringLiteral("PERMISSION_DENIED"),
                     {},
                     {toString(session.role()), describe(Permission::ManageUsers)}};
    return {};
}

} // namespace lp
