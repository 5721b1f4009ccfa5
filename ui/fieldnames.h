// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace lp {

// The names users read for the fields of a case, a KPI record and the other records the audit
// trail keeps (month, invoiceDate, revenueCents ...), and their values as a person reads them.
class FieldNames
{
    Q_DECLARE_TR_FUNCTIONS(FieldNames)

public:
    // The field's translated name; the key itself when it has none.
    static QString label(const QString& key);
    // The value of `key` in the user's language: dates and amounts in the locale, codes
    // (status, triage, role, document type) by their names, booleans as yes/no.
    static QString value(const QString& key, const QJsonValue& value);
};

} // namespace lp
