// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lp {

// The answers the wizard collects. They are what a draft stores, as JSON.
struct EnrollmentAnswers
{
    Path path = Path::ActionPack;
    QString competency;
    // silver, gold: the Performance Requirements (docs/rules.md#performance-commitment)
    bool commitment = false;
    bool renewActionPack = false; // Action Pack: renew rather than buy (docs/rules.md#action-pack-activation)
    // Action Pack bought or renewed; competency subscribed (docs/rules.md#subscribing-to-a-competency)
    bool subscribed = false;
    QDate subscribedOn;
    // Action Pack: account profile asked of Frontline Support (docs/rules.md#action-pack-activation)
    bool profileRequested = false;
    QDate profileRequestedOn;
    int page = -1; // where the draft was left

    QJsonObject toJson() const;
    static EnrollmentAnswers fromJson(const QJsonObject& o);
    bool operator==(const EnrollmentAnswers&) const = default;
};

} // namespace lp
