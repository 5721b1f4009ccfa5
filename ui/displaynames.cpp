// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "displaynames.h"

namespace lp {

QString DisplayNames::role(Role r)
{
    switch (r) {
    case Role::PartnerAdmin:
        return tr("MPN partner admin");
    case Role::AccountAdmin:
        return tr("Account admin");
    case Role::FrontlineSupport:
        return tr("Partner Frontline Support");
    case Role::Viewer:
        return tr("Viewer (read only)");
    case Role::SupportLead:
        return tr("Partner Frontline Support lead");
    }
    return {};
}

QString DisplayNames::path(Path p)
{
    switch (p) {
    case Path::ActionPack:
        return tr("Learning Action Pack");
    case Path::Silver:
        return tr("Silver competency Learning option");
    case Path::Gold:
        return tr("Gold competency Learning option");
    }
    return {};
}

QString DisplayNames::membershipType(MembershipType t)
{
    switch (t) {
    case MembershipType::ActionPack:
        return tr("Action Pack subscription");
    case MembershipType::Silver:
        return tr("Silver competency");
    case MembershipType::Gold:
        return tr("Gold competency");
    }
    return {};
}

QString DisplayNames::documentType(DocumentType t)
{
    switch (t) {
    case DocumentType::Invoice:
        return tr("Invoice");
    case DocumentType::OrderConfirmation:
        return tr("Order confirmation");
    case DocumentType::PartnerReport:
        return tr("Partner report");
    }
    return {};
}

QString DisplayNames::evaluationKind(EvaluationKind k)
{
    switch (k) {
    case EvaluationKind::Enroll:
        return tr("First enrollment");
    case EvaluationKind::Renew:
        return tr("Renewal");
    }
    return {};
}

QString DisplayNames::enrollmentStatus(EnrollmentStatus s)
{
    switch (s) {
    case EnrollmentStatus::Draft:
        return tr("Draft");
    case EnrollmentStatus::Submitted:
        return tr("Submitted");
    case EnrollmentStatus::Active:
        return tr("Active");
    case EnrollmentStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DisplayNames::requirement(RequirementCode code)
{
    switch (code) {
    case RequirementCode::CompetencyLearningOption:
        return tr("The competency offers a Learning option");
    case RequirementCode::PerformanceCommitment:
        return tr("Commitment to the Performance Requirements");
    case RequirementCode::MinActiveMct:
        return tr("Active Microsoft Certified Trainers (MCT)");
    case RequirementCode::MinExams:
        return tr("Exams passed for the competency");
    case RequirementCode::RequiredExams:
        return tr("Required exams");
    case RequirementCode::MinKpi:
        return tr("Learning KPIs counted in the window");
    }
    return toString(code);
}

QString DisplayNames::requirementShort(RequirementCode code)
{
    switch (code) {
    case RequirementCode::CompetencyLearningOption:
        return tr("Learning option");
    case RequirementCode::PerformanceCommitment:
        return tr("commitment");
    case RequirementCode::MinActiveMct:
        return tr("MCTs");
    case RequirementCode::MinExams:
        return tr("exams");
    case RequirementCode::RequiredExams:
        return tr("required exams");
    case RequirementCode::MinKpi:
        return tr("KPIs");
    }
    return toString(code);
}

} // namespace lp
