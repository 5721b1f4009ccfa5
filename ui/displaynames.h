// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lp {

// The names users read for the program's enumerations, in the current language
// (Italian terms as the seed's official Italian uses them).
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString role(Role role);
    static QString path(Path path);
    static QString membershipType(MembershipType type);
    static QString documentType(DocumentType type);
    static QString evaluationKind(EvaluationKind kind);
    static QString enrollmentStatus(EnrollmentStatus status);
    // The title of one of the engine's requirements (why one is met or not: Messages::explain;
    // why a purchase does not count: Messages::exclusionReason).
    static QString requirement(RequirementCode code);
    // The same in a word or two, for tables.
    static QString requirementShort(RequirementCode code);
};

} // namespace lp
