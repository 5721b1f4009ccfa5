// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enrollmentanswers.h"

namespace lp {

QJsonObject EnrollmentAnswers::toJson() const
{
    return {{QStringLiteral("path"), lp::toString(path)},
            {QStringLiteral("competency"), competency},
            {QStringLiteral("commitment"), commitment},
            {QStringLiteral("renewActionPack"), renewActionPack},
            {QStringLiteral("subscribed"), subscribed},
            {QStringLiteral("subscribedOn"), subscribedOn.toString(Qt::ISODate)},
            {QStringLiteral("profileRequested"), profileRequested},
            {QStringLiteral("profileRequestedOn"), profileRequestedOn.toString(Qt::ISODate)},
            {QStringLiteral("page"), page}};
}

EnrollmentAnswers EnrollmentAnswers::fromJson(const QJsonObject& o)
{
    EnrollmentAnswers a;
    a.path = fromString<Path>(o.value(QStringLiteral("path")).toString()).value_or(Path::ActionPack);
    a.competency = o.value(QStringLiteral("competency")).toString();
    a.commitment = o.value(QStringLiteral("commitment")).toBool();
    a.renewActionPack = o.value(QStringLiteral("renewActionPack")).toBool();
    a.subscribed = o.value(QStringLiteral("subscribed")).toBool();
    a.subscribedOn = QDate::fromString(o.value(QStringLiteral("subscribedOn")).toString(), Qt::ISODate);
    a.profileRequested = o.value(QStringLiteral("profileRequested")).toBool();
    a.profileRequestedOn =
        QDate::fromString(o.value(QStringLiteral("profileRequestedOn")).toString(), Qt::ISODate);
    a.page = o.value(QStringLiteral("page")).toInt(-1);
    return a;
}

} // namespace lp
