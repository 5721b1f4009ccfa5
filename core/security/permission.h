// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QString>

namespace lp {

// What a user may do, in the words of docs/rules.md#roles-and-permissions.
enum class Permission {
    ReadPartner,         // see a partner's data (partner roles: their own; support: any)
    ReadAllPartners,     // list every partner
    Enroll,              // enroll, renew, submit an enrollment
    ImportInvoices,      // import Courseware Marketplace invoices
    FileCase,            // file a KPI discrepancy case
    ResolveCase,         // review, triage and resolve KPI discrepancy cases
    RequestListing,      // request a directory listing
    ProcessListingBatch, // mark a month's listing batch as sent (docs/rules.md#listing-batch-and-visibility)
    ManagePeople,        // trainers and exam passes
    ManageProfile,       // partner profile and memberships
    // set up the account profile of a new Action Pack partner (docs/rules.md#action-pack-activation)
    SetupAccountProfile,
    ManageUsers, // administer accounts (which ones: Authorizer::mayAdminister)
    ViewAudit,   // read the audit trail
    // import and activate rule sets (docs/rules-admin.md); everyone signed in reads them
    ManageRuleSets,
    // docs/accounts.md#backups: a backup holds the whole database (every account's hash
    // included); a restore replaces all of it and signs everyone out.
    BackUpDatabase,
    RestoreDatabase,
};

QString toString(Permission p);
// A short description for messages ("file a KPI discrepancy case"), translated.
QString describe(Permission p);

} // namespace lp
