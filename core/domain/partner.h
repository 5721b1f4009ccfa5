// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QString>

namespace lp {

// A partner organization of the Microsoft Partner Network.
struct Partner
{
    qint64 id = 0; // 0 until stored
    QString mpnId;
    QString name;
    QString country; // ISO 3166-1 alpha-2
    QDate anniversary;

    bool operator==(const Partner&) const = default;
};

} // namespace lp
