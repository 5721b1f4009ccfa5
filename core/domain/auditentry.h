// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace lp {

// One entry of the append-only audit trail. `hash` covers the previous entry's hash and
// this entry's content, so an edited, removed or reordered entry breaks the chain.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString role;
    QString action; // e.g. "enrollment.submit"
    QString entity; // e.g. "enrollment"
    QString entityId;
    qint64 partnerId = 0;
    QByteArray before;   // JSON, may be empty
    QByteArray after;    // JSON, may be empty
    QByteArray prevHash; // hex
    QByteArray hash;     // hex

    bool operator==(const AuditEntry&) const = default;
};

} // namespace lp
