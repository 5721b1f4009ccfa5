// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QString>

namespace lp {

// A Microsoft Certified Trainer of the partner.
struct Trainer
{
    qint64 id = 0;
    QString name;
    QString mctId;
    QDate validFrom; // null: valid since ever
    QDate validTo;

    bool isActiveOn(const QDate& d) const { return (validFrom.isNull() || validFrom <= d) && d <= validTo; }
    bool operator==(const Trainer&) const = default;
};

} // namespace lp
