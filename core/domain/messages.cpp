// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "messages.h"

#include "bounds.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <iterator>

namespace lp {
namespace {

struct Entry
{
    const char* code;
    const char* text;
    // The argument (1, 2 ...) that is a count, said as %Ln with the language's plural forms
    // (QT_TRANSLATE_N_NOOP); 0: none.
    int countArgument = 0;
};

// One row per error code. Append new codes to the section of the part of the core that
// reports them; the sentence may use %1, %2 ... for the error's arguments, and %Ln for the one
// that counts something (its countArgument).
constexpr Entry kMessages[] = {
    // --- general input ---
    {"REQUIRED", QT_TRANSLATE_NOOP("lp::Messages", "This field is required.")},
    {"OUT_OF_RANGE", QT_TRANSLATE_NOOP("lp::Messages", "The value is out of range.")},
    {"INVALID_DATE", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a valid date (expected YYYY-MM-DD).")},
    {"DATE_UNREADABLE",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a possible date: write it as %2 or as YYYY-MM-DD.")},
    {"INVALID_VALUE", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a valid value here.")},
    {"COUNTRY_INVALID",
     QT_TRANSLATE_NOOP("lp::Messages", "The country must be a two-letter ISO 3166-1 code, such as IT.")},
    {"MPN_ID_INVALID", QT_TRANSLATE_NOOP("lp::Messages", "The MPN ID must be made of digits only.")},
    {"MPN_ID_LENGTH", QT_TRANSLATE_NOOP("lp::Messages", "The MPN ID has at most %1 digits.")},
    {"NAME_REQUIRED", QT_TRANSLATE_NOOP("lp::Messages", "A name is required.")},
    {"NAME_TOO_LONG", QT_TRANSLATE_NOOP("lp::Messages", "The name is longer than %1 characters.")},
    {"DUPLICATE", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" already exists.")},
    {"NOT_FOUND", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" was not found.")},
    {"USAGE", QT_TRANSLATE_NOOP("lp::Messages", "%1")},
    {"DATE_ORDER", QT_TRANSLATE_NOOP("lp::Messages", "The end date %2 comes before the start date %1.")},
    {"DATE_IN_FUTURE", QT_TRANSLATE_NOOP("lp::Messages", "%1 is in the future.")},
    {"EXAM_CODE_INVALID",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not an exam code such as AZ-900 or PL-300.")},

    // --- storage ---
    {"DB_OPEN_FAILED", QT_TRANSLATE_NOOP("lp::Messages", "The database could not be opened: %1")},
    {"DB_URL_INVALID",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "\"%1\" is not a database location: give a file path or postgresql://user@host:port/db.")},
    {"DB_NOT_OURS",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "\"%1\" is not a Learning Partner Desk database; it was left untouched.")},
    {"DB_NEWER_SCHEMA",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "The database has schema version %1, newer than the %2 this version of Learning Partner "
         "Desk knows; it was left untouched. Update the application.")},
    {"DB_MIGRATION_FAILED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "Upgrading the database to schema version %1 failed, and nothing was changed: %2")},
    {"DB_NOT_INITIALISED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The database has no schema yet: run \"learnpartner-cli db init\" first.")},
    {"DB_QUERY_FAILED", QT_TRANSLATE_NOOP("lp::Messages", "The database refused the operation: %1")},
    {"DB_INTEGRITY_FAILED", QT_TRANSLATE_NOOP("lp::Messages", "The database integrity check failed: %1")},
    {"DB_READ_ONLY", QT_TRANSLATE_NOOP("lp::Messages", "The database is open read-only.")},
    {"DB_BUSY",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The database \"%1\" stayed busy with another writer for %2 s; nothing was changed. "
                       "Try again later, or wait longer with --wait SECONDS.")},
    {"DB_DAMAGED",
     QT_TRANSLATE_NOOP("lp::Messages", "The database \"%1\" is damaged (%2). Restore it from a backup: "
                                       "learnpartner-cli db restore --db \"%1\" BACKUP-FILE")},
    {"DB_FILE_EMPTY",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is an empty file, not a database yet; it was left as it was. "
                                       "Only \"learnpartner-cli db init\" makes it one.")},
    {"DB_NOT_EMPTY",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The database \"%1\" already holds data; a copy goes only into an empty one.")},
    {"DB_UPGRADE_FIRST",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The database \"%1\" has schema version %2, older than %3: upgrade it first with "
                       "\"learnpartner-cli db init\".")},
    {"BACKUP_EXISTS",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" exists already; a backup never overwrites a file.")},
    {"BACKUP_INVALID",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a sound backup (%2); nothing was restored.")},

    {"AUDIT_ENTRY_MISSING", QT_TRANSLATE_NOOP("lp::Messages", "Audit entry %1 is missing.")},
    {"AUDIT_ENTRY_OUT_OF_ORDER",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "Audit entry %1 does not follow the entry before it (removed or reordered).")},
    {"AUDIT_ENTRY_CHANGED",
     QT_TRANSLATE_NOOP("lp::Messages", "Audit entry %1 was changed after it was written.")},
    {"AUDIT_ENTRIES_REMOVED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The newest audit entries were removed: the trail now ends at entry %1.")},
    {"AUDIT_TRUNCATED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The audit trail ends at entry %1, but the backup of %3 (%4) recorded entry %2: "
                       "entries were removed since.")},
    {"AUDIT_ANCHOR_MISMATCH",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "Audit entry %2 is not the one the backup of %3 (%4) recorded: the trail was "
                       "rewritten since.")},
    {"AUDIT_ANCHOR_UNREADABLE",
     QT_TRANSLATE_NOOP("lp::Messages", "The audit anchor file \"%1\" could not be read.")},

    // --- security ---
    {"PERMISSION_DENIED", QT_TRANSLATE_NOOP("lp::Messages", "Your role (%1) does not allow this: %2.")},
    {"NOT_SIGNED_IN", QT_TRANSLATE_NOOP("lp::Messages", "Sign in first.")},
    {"BAD_CREDENTIALS", QT_TRANSLATE_NOOP("lp::Messages", "The user name or the password is not correct.")},
    {"ACCOUNT_DISABLED", QT_TRANSLATE_NOOP("lp::Messages", "This account is disabled.")},
    {"PASSWORD_TOO_SHORT",
     QT_TRANSLATE_NOOP("lp::Messages", "The password must be at least %1 characters long.")},
    {"PASSWORD_MISMATCH", QT_TRANSLATE_NOOP("lp::Messages", "The two passwords do not match.")},
    {"USER_EXISTS", QT_TRANSLATE_NOOP("lp::Messages", "A user named \"%1\" already exists.")},
    {"USER_NAME_INVALID",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "A user name is 3 to 64 letters, digits, dots, dashes, underscores or @.")},
    {"ROLE_INVALID",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "\"%1\" is not a role: use partnerAdmin, accountAdmin, frontlineSupport or viewer.")},
    {"PARTNER_REQUIRED", QT_TRANSLATE_NOOP("lp::Messages", "A %1 account must belong to a partner.")},
    {"PARTNER_NOT_ALLOWED",
     QT_TRANSLATE_NOOP("lp::Messages", "A frontline support account belongs to no partner.")},
    {"HASH_FAILED", QT_TRANSLATE_NOOP("lp::Messages", "The password could not be hashed (out of memory?).")},
    {"SIGN_IN_FAILED", QT_TRANSLATE_NOOP("lp::Messages", "The user name or the password is not correct.")},
    {"SIGN_IN_TOO_SOON",
     QT_TRANSLATE_N_NOOP("lp::Messages", "Too many failed sign-ins: wait %Ln second(s), then try again."), 1},
    {"ACCOUNT_LOCKED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "This account is locked after too many failed sign-ins until %1; an administrator "
                       "can unlock it sooner.")},
    {"PASSWORD_TOO_LONG",
     QT_TRANSLATE_NOOP("lp::Messages", "The password must be at most %1 characters long.")},
    {"PASSWORD_COMMON",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "This password is among the most common ones and easy to guess: choose another.")},
    {"PASSWORD_CONTAINS_NAME",
     QT_TRANSLATE_NOOP("lp::Messages", "The password must not contain the user name.")},
    {"PASSWORD_UNCHANGED",
     QT_TRANSLATE_NOOP("lp::Messages", "The new password must differ from the current one.")},
    {"PASSWORD_WRONG", QT_TRANSLATE_NOOP("lp::Messages", "The current password is not correct.")},
    {"PASSWORD_CHANGE_REQUIRED",
     QT_TRANSLATE_NOOP("lp::Messages", "Change the one-time password before doing anything else.")},
    {"LAST_ADMINISTRATOR",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "\"%1\" is the last active administrator here: add or enable another one first.")},
    {"ACCOUNT_SELF",
     QT_TRANSLATE_NOOP("lp::Messages", "You cannot do this to your own account; ask another administrator.")},
    {"ROLE_CHANGE_CROSSES_PARTNER",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "A partner account cannot become a support account, nor the other way round: add a new "
         "account instead.")},

    // --- JSON input ---
    {"JSON_INVALID", QT_TRANSLATE_NOOP("lp::Messages", "The input is not valid JSON: %1")},
    {"FILE_UNREADABLE", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" could not be read: %2")},
    {"FILE_UNWRITABLE", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" could not be written: %2")},
    {"UNKNOWN_KEY", QT_TRANSLATE_NOOP("lp::Messages", "Unknown key \"%1\".")},
    {"WRONG_TYPE", QT_TRANSLATE_NOOP("lp::Messages", "Expected %1.")},
    {"MISSING_KEY", QT_TRANSLATE_NOOP("lp::Messages", "The key \"%1\" is required.")},

    // --- CSV input ---
    {"CSV_EMPTY", QT_TRANSLATE_NOOP("lp::Messages", "The file is empty: a header row is needed.")},
    {"CSV_MALFORMED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The file is not valid CSV (%1); look at the quotes around that line.")},
    {"CSV_ENCODING", QT_TRANSLATE_NOOP("lp::Messages", "The file is not UTF-8 text; save it as CSV UTF-8.")},
    {"CSV_ENCODING:1",
     QT_TRANSLATE_NOOP("lp::Messages", "The file is %1 text, not UTF-8; save it as CSV UTF-8.")},
    {"TOTAL_OUT_OF_RANGE",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The purchases of %1 add up past the largest total this program keeps.")},
    {"TEXT_TOO_LONG",
     QT_TRANSLATE_NOOP("lp::Messages", "The text is longer than the 200 characters allowed.")},
    {"CONTROL_CHARACTER",
     QT_TRANSLATE_NOOP("lp::Messages", "The text holds a control character (such as NUL or a line break).")},
    {"INVALID_NUMBER", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a number.")},
    {"NEGATIVE_AMOUNT", QT_TRANSLATE_NOOP("lp::Messages", "The amount %1 is negative.")},
    {"UNKNOWN_DOCUMENT_TYPE",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "\"%1\" is not a document type: use invoice, orderConfirmation or partnerReport.")},
    {"INVALID_CURRENCY",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not an ISO 4217 currency code such as EUR.")},
    {"CONFLICT", QT_TRANSLATE_NOOP("lp::Messages", "Invoice %1 is already stored with other values.")},
    {"CANCELLED", QT_TRANSLATE_NOOP("lp::Messages", "Canceled: nothing was written.")},
    {"IMPORT_REFUSED", QT_TRANSLATE_NOOP("lp::Messages", "The file has %1 on %2; nothing was written.")},
    {"CSV_MISSING_COLUMN", QT_TRANSLATE_NOOP("lp::Messages", "Columns missing from the header: %1.")},
    {"CSV_MISSING_COLUMN:2",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "Columns missing from the header: %1; columns the format does not know: %2.")},

    // --- rules engine (issue 3 appends here) ---
    {"NO_RULE_SET", QT_TRANSLATE_NOOP("lp::Messages", "No rule set is in force on %1.")},
    // rule sets administered in the database (docs/rules-admin.md)
    {"NOT_INTEGER", QT_TRANSLATE_NOOP("lp::Messages", "%1 is not a whole number.")},
    {"NEGATIVE_VALUE", QT_TRANSLATE_NOOP("lp::Messages", "%1 is negative: a requirement cannot be.")},
    {"SILVER_ABOVE_GOLD",
     QT_TRANSLATE_NOOP("lp::Messages", "%1: silver asks more than gold for %2 (%3 against %4).")},
    {"UNKNOWN_COMPETENCY_NAME",
     QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a competency the program knows.")},
    {"RULESET_OVERLAP",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The effective dates overlap those of the active rule set %1 (%2 to %3).")},
    {"RULESET_INVALID",
     QT_TRANSLATE_N_NOOP("lp::Messages", "The rule set has %Ln problem(s); nothing was written."), 1},
    {"RULESET_ALREADY_STORED",
     QT_TRANSLATE_NOOP("lp::Messages", "This rule set is stored already, as %1 (%2).")},
    {"RULESET_NOT_FOUND", QT_TRANSLATE_NOOP("lp::Messages", "No stored rule set is \"%1\".")},
    {"ACTION_PACK_RENEWAL_WINDOW",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The Action Pack is renewed only after it has expired, within %3 days of its "
                       "expiry (%1 to %2).")},
    {"ACTION_PACK_STEPS_REQUIRED",
     QT_TRANSLATE_NOOP("lp::Messages", "Record both Action Pack steps before submitting.")},
    {"NOT_ELIGIBLE", QT_TRANSLATE_NOOP("lp::Messages", "The requirements are not met yet: %1.")},
    {"DATE_AFTER_AS_OF", QT_TRANSLATE_NOOP("lp::Messages", "The date %1 is after the evaluation date %2.")},
    {"DUPLICATE_PURCHASE", QT_TRANSLATE_NOOP("lp::Messages", "Invoice %1 line %2 appears twice.")},
    {"UNKNOWN_COMPETENCY", QT_TRANSLATE_NOOP("lp::Messages", "\"%1\" is not a competency of rule set %2.")},
    {"COMPETENCY_REQUIRED", QT_TRANSLATE_NOOP("lp::Messages", "The %1 path needs a competency.")},
    {"EVIDENCE_NOT_INVOICE",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "Order confirmations and partner reports are not accepted: only an actual invoice is.")},
    {"URL_INVALID",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "Give the full address of the landing page, such as https://www.example.com/microsoft.")},
    {"URL_NOT_HTTPS", QT_TRANSLATE_NOOP("lp::Messages", "The landing page must be served over https.")},
    {"URL_NOT_PARTNER_OWNED",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The landing page must be on your own site, not on a Microsoft domain.")},
    {"CHECKLIST_ABOUT_PARTNER",
     QT_TRANSLATE_NOOP("lp::Messages", "The page must be about your organization only.")},
    {"CHECKLIST_NO_COMPETITORS", QT_TRANSLATE_NOOP("lp::Messages", "The page must show no competitors.")},
    {"CHECKLIST_OWNED_BY_PARTNER",
     QT_TRANSLATE_NOOP("lp::Messages", "The page must be owned by your organization.")},

    // --- KPI discrepancy cases (CaseService) ---
    {"EVIDENCE_NOT_PDF_OR_IMAGE",
     QT_TRANSLATE_NOOP("lp::Messages",
                       "The evidence must be a PDF file or a PNG or JPEG image of the invoice.")},
    {"EVIDENCE_TOO_LARGE",
     QT_TRANSLATE_NOOP("lp::Messages", "The evidence file is %1 MB; files of up to %2 MB are accepted.")},
    {"CASE_ALREADY_OPEN",
     QT_TRANSLATE_NOOP(
         "lp::Messages",
         "Case %1 about invoice %2 is still open: wait for Partner Frontline Support to resolve it.")},
    {"CASE_ALREADY_RESOLVED", QT_TRANSLATE_NOOP("lp::Messages", "Case %1 has already been resolved.")},
    {"CASE_NOT_OPEN",
     QT_TRANSLATE_NOOP("lp::Messages", "Case %1 is no longer open: only an open case can be withdrawn.")},
    {"DESCRIPTION_TOO_LONG",
     QT_TRANSLATE_NOOP("lp::Messages", "The description is longer than %1 characters.")},

    // --- nothing twice and withdrawals (DuplicateCheck, WithdrawalService) ---
    {"ENROLLMENT_ALREADY_SUBMITTED",
     QT_TRANSLATE_NOOP("lp::Messages", "Enrollment %1 on this path was already submitted on %2 for the "
                                       "anniversary period %3 to %4: it is not submitted twice.")},
    {"LISTING_ALREADY_REQUESTED",
     QT_TRANSLATE_NOOP("lp::Messages", "Listing request %1 with the same name, country and landing page "
                                       "was already sent on %2: it is not sent twice.")},
    {"LISTING_NOT_WITHDRAWABLE",
     QT_TRANSLATE_NOOP("lp::Messages", "Listing request %1 is no longer waiting for its batch: only a "
                                       "request not yet sent to the directory can be withdrawn.")},
    {"CASE_CORRECTION_IMPOSSIBLE",
     QT_TRANSLATE_N_NOOP("lp::Messages", "Invoice %1 has %Ln KPI record(s), more than the units the case "
                                         "files (%3): the ledger cannot be corrected to the case."),
     2},
};

const Entry* find(const QString& code)
{
    for (const auto& e : kMessages) {
        if (code == QLatin1String(e.code))
            return &e;
    }
    return nullptr;
}

// A code may have a sentence of its own for a number of arguments ("CSV_ENCODING:1"); else its own.
const Entry* find(const Error& error)
{
    if (!error.args.isEmpty()) {
        if (const Entry* e = find(error.code + QLatin1Char(':') + QString::number(error.args.size())))
            return e;
    }
    return find(error.code);
}

// Arguments that are no value of the input (a usage text, a driver's or a file system's words, a
// path) are said whole; any other is quoted to at most bounds::kMaxQuoted characters.
bool quotesInput(const QString& code)
{
    return code != QLatin1String("USAGE") && !code.startsWith(QLatin1String("DB_")) &&
           !code.startsWith(QLatin1String("FILE_")) && code != QLatin1String("IMPORT_REFUSED") &&
           code != QLatin1String("CSV_MISSING_COLUMN") && code != QLatin1String("NOT_ELIGIBLE");
}

// An argument as the sentence says it: a date the core passes in ISO form in the language's own
// form ("sent on 2 December 2026", docs/architecture.md#dates-numbers-and-money), a moment in its
// short date and time; what a person typed, quoted (at most 80 characters).
QString argument(const Error& error, qsizetype i)
{
    const QString& a = error.args.at(i);
    if (a.size() == 10 && a.at(4) == QLatin1Char('-') && a.at(7) == QLatin1Char('-')) {
        const QDate d = QDate::fromString(a, Qt::ISODate);
        if (d.isValid())
            return display::longDate(d);
    }
    // A moment ("2026-12-02T13:45:00Z"): the short date and time, in local time.
    if (a.size() == 20 && a.at(10) == QLatin1Char('T') && a.endsWith(QLatin1Char('Z'))) {
        const QDateTime t = QDateTime::fromString(a, Qt::ISODate);
        if (t.isValid())
            return display::shortDateTime(t);
    }
    return quotesInput(error.code) ? bounds::quoted(a) : a;
}

} // namespace

QString Messages::text(const Error& error)
{
    const Entry* e = find(error);
    if (!e) {
        // An unknown code still says something useful rather than nothing.
        QStringList args;
        for (const QString& a : error.args)
            args.append(quotesInput(error.code) ? bounds::quoted(a) : a);
        return args.isEmpty() ? error.code
                              : error.code + QLatin1String(": ") + args.join(QLatin1String(", "));
    }
    // One pass over the sentence, so an argument that itself contains "%2" stays as it is,
    // and a sentence that uses fewer arguments than given simply leaves the rest out.
    const int count = e->countArgument > 0 && e->countArgument <= error.args.size()
                          ? error.args.at(e->countArgument - 1).toInt()
                          : -1;
    const QString pattern = QCoreApplication::translate("lp::Messages", e->text, nullptr, count);
    QString s;
    s.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
            pattern.at(i + 1) != QLatin1Char('0')) {
            const int n = pattern.at(i + 1).digitValue();
            if (n <= error.args.size())
                s += argument(error, n - 1);
            ++i;
        } else {
            s += c;
        }
    }
    return s;
}

QString Messages::importRefused(int problems, int rows)
{
    return text({QStringLiteral("IMPORT_REFUSED"),
                 {},
                 {QCoreApplication::translate("lp::Messages", "%n problem(s)", nullptr, problems),
                  QCoreApplication::translate("lp::Messages", "%n row(s)", nullptr, rows)}});
}

QString Messages::textWithPath(const Error& error)
{
    const QString t = text(error);
    return error.path.isEmpty() ? t : error.path + QLatin1String(": ") + t;
}

} // namespace lp
