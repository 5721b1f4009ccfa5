// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/auditentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace lp {

// The audit trail as shown, as CSV (RFC 4180, UTF-8): when, who, role, what, partner and the
// changed fields. A cell that a spreadsheet would take for a formula (beginning with = + - @,
// a tab or a carriage return) is neutralised with a leading apostrophe.
class AuditCsv
{
    Q_DECLARE_TR_FUNCTIONS(AuditCsv)

public:
    // `partners` names each partner id as the table shows it.
    static QByteArray write(const QList<AuditEntry>& entries, const QHash<qint64, QString>& partners);
    // One cell, neutralised and quoted when it needs to be.
    static QString cell(const QString& text);
};

} // namespace lp
