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
    bool commitment = false;      // silver, gold: the Performance Requirements [141]
    bool renewActionPack = false; // Action Pack: renew rather than buy [132]
    bool subscribed = false;      // Action Pack bought or renewed; competency subscribed [145]
    QDate subscribedOn;
    bool profileRequested = false; // Action Pack: account profile asked of Frontline Support [133]
    QDate profileRequestedOn;
    int page = -1; // where the draft was left

    QJsonObject toJson() const;
    static EnrollmentAnswers fromJson(const QJsonObject& o);
    bool operator==(const EnrollmentAnswers&) const = default;
};

} // namespace lp
