// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/auditentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lp {

// The audit trail in words: who (name and role as people read them), what (a sentence per
// action: "resolved case 12 as corrected"), and the before/after of an entry field by field.
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)

public:
    // One changed or recorded field of an entry: its translated name and its values.
    struct FieldChange
    {
        QString field; // the key, e.g. invoiceDate
        QString label;
        QString before;
        QString after;
        bool changed = false;
    };

    // Every action the program records (case.file ...), in the order the filter lists them.
    static QStringList actions();
    // A short name of the action for a filter ("Case resolved").
    static QString actionTitle(const QString& action);
    // What the entry did, as a sentence without its subject ("resolved case 12 as corrected").
    static QString sentence(const AuditEntry& entry);
    // The role an entry was made in (partnerAdmin ..., operator for the command line).
    static QString role(const QString& role);
    // "giulia.rossi (MPN partner admin)".
    static QString who(const AuditEntry& entry);
    // The entry's local date and time in the user's language.
    static QString when(const AuditEntry& entry);
    // The fields of the entry's before and after: the changed ones first, then by key.
    static QList<FieldChange> fields(const AuditEntry& entry);
};

} // namespace lp
