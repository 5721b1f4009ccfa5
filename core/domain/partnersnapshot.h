// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "exampass.h"
#include "membership.h"
#include "partner.h"
#include "purchase.h"
#include "trainer.h"

#include <QList>

namespace lp {

// Everything the rules engine needs to know about one partner, as plain values.
struct PartnerSnapshot
{
    Partner partner;
    QList<Membership> memberships;
    QList<Trainer> trainers;
    QList<ExamPass> exams;
    QList<Purchase> purchases;

    bool operator==(const PartnerSnapshot&) const = default;
};

} // namespace lp
