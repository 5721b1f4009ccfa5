// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QDate>
#include <QString>

namespace lp {

// One person's pass of one certification exam, recorded for one competency.
struct ExamPass
{
    qint64 id = 0;
    QString person;
    QString exam;
    QDate passedOn;
    QString competency;

    bool operator==(const ExamPass&) const = default;
};

} // namespace lp
