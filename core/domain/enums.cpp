// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "enums.h"

#include <array>
#include <utility>

namespace lp {
namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [value, name] : table) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& text)
{
    for (const auto& [value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Path, const char*>, 3> kPaths{
    {{Path::ActionPack, "actionPack"}, {Path::Silver, "silver"}, {Path::Gold, "gold"}}};
constexpr std::array<std::pair<MembershipType, const char*>, 3> kMembershipTypes{
    {{MembershipType::ActionPack, "actionPack"},
     {MembershipType::Silver, "silver"},
     {MembershipType::Gold, "gold"}}};
constexpr std::array<std::pair<Role, const char*>, 5> kRoles{{{Role::PartnerAdmin, "partnerAdmin"},
                                                              {Role::AccountAdmin, "accountAdmin"},
                                                              {Role::FrontlineSupport, "frontlineSupport"},
                                                              {Role::Viewer, "viewer"},
                                                              {Role::SupportLead, "supportLead"}}};
constexpr std::array<std::pair<DocumentType, const char*>, 3> kDocumentTypes{
    {{DocumentType::Invoice, "invoice"},
     {DocumentType::OrderConfirmation, "orderConfirmation"},
     {DocumentType::PartnerReport, "partnerReport"}}};
constexpr std::array<std::pair<EvaluationKind, const char*>, 2> kKinds{
    {{EvaluationKind::Enroll, "enroll"}, {EvaluationKind::Renew, "renew"}}};
constexpr std::array<std::pair<EnrollmentStatus, const char*>, 4> kEnrollmentStatuses{
    {{EnrollmentStatus::Draft, "draft"},
     {EnrollmentStatus::Submitted, "submitted"},
     {EnrollmentStatus::Active, "active"},
     {EnrollmentStatus::Withdrawn, "withdrawn"}}};
constexpr std::array<std::pair<CaseStatus, const char*>, 4> kCaseStatuses{
    {{CaseStatus::Open, "open"},
     {CaseStatus::Corrected, "corrected"},
     {CaseStatus::Rejected, "rejected"},
     {CaseStatus::Withdrawn, "withdrawn"}}};
constexpr std::array<std::pair<ListingStatus, const char*>, 5> kListingStatuses{
    {{ListingStatus::Draft, "draft"},
     {ListingStatus::Queued, "queued"},
     {ListingStatus::SentInBatch, "sentInBatch"},
     {ListingStatus::Visible, "visible"},
     {ListingStatus::Withdrawn, "withdrawn"}}};

constexpr std::array<std::pair<RequirementCode, const char*>, 6> kRequirementCodes{
    {{RequirementCode::CompetencyLearningOption, "COMPETENCY_LEARNING_OPTION"},
     {RequirementCode::PerformanceCommitment, "PERFORMANCE_COMMITMENT"},
     {RequirementCode::MinActiveMct, "MIN_ACTIVE_MCT"},
     {RequirementCode::MinExams, "MIN_EXAMS"},
     {RequirementCode::RequiredExams, "REQUIRED_EXAMS"},
     {RequirementCode::MinKpi, "MIN_KPI"}}};
constexpr std::array<std::pair<ExclusionReason, const char*>, 4> kExclusionReasons{
    {{ExclusionReason::NotInvoice, "NOT_INVOICE"},
     {ExclusionReason::OtherCompetency, "OTHER_COMPETENCY"},
     {ExclusionReason::OutsideWindow, "OUTSIDE_WINDOW"},
     {ExclusionReason::NotYetReported, "NOT_YET_REPORTED"}}};
constexpr std::array<std::pair<Recommendation, const char*>, 4> kRecommendations{
    {{Recommendation::ActionPack, "actionPack"},
     {Recommendation::Silver, "silver"},
     {Recommendation::Gold, "gold"},
     {Recommendation::None, "none"}}};
constexpr std::array<std::pair<TriageCode, const char*>, 4> kTriageCodes{
    {{TriageCode::NotYetReported, "NOT_YET_REPORTED"},
     {TriageCode::MissingFromLedger, "MISSING_FROM_LEDGER"},
     {TriageCode::ValueMismatch, "VALUE_MISMATCH"},
     {TriageCode::NoDiscrepancy, "NO_DISCREPANCY"}}};

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

bool isSupportRole(Role role)
{
    return role == Role::FrontlineSupport || role == Role::SupportLead;
}

QString toString(Path v)
{
    return nameOf(kPaths, v);
}
QString toString(MembershipType v)
{
    return nameOf(kMembershipTypes, v);
}
QString toString(Role v)
{
    return nameOf(kRoles, v);
}
QString toString(DocumentType v)
{
    return nameOf(kDocumentTypes, v);
}
QString toString(EvaluationKind v)
{
    return nameOf(kKinds, v);
}
QString toString(EnrollmentStatus v)
{
    return nameOf(kEnrollmentStatuses, v);
}
QString toString(CaseStatus v)
{
    return nameOf(kCaseStatuses, v);
}
QString toString(ListingStatus v)
{
    return nameOf(kListingStatuses, v);
}

QString toString(RequirementCode v)
{
    return nameOf(kRequirementCodes, v);
}
QString toString(ExclusionReason v)
{
    return nameOf(kExclusionReasons, v);
}
QString toString(Recommendation v)
{
    return nameOf(kRecommendations, v);
}
QString toString(TriageCode v)
{
    return nameOf(kTriageCodes, v);
}

Recommendation recommendationOf(Path path)
{
    switch (path) {
    case Path::ActionPack:
        return Recommendation::ActionPack;
    case Path::Silver:
        return Recommendation::Silver;
    case Path::Gold:
        return Recommendation::Gold;
    }
    return Recommendation::None;
}

template <> std::optional<Path> fromString<Path>(const QString& t)
{
    return valueOf(kPaths, t);
}
template <> std::optional<MembershipType> fromString<MembershipType>(const QString& t)
{
    return valueOf(kMembershipTypes, t);
}
template <> std::optional<Role> fromString<Role>(const QString& t)
{
    return valueOf(kRoles, t);
}
template <> std::optional<DocumentType> fromString<DocumentType>(const QString& t)
{
    return valueOf(kDocumentTypes, t);
}
template <> std::optional<EvaluationKind> fromString<EvaluationKind>(const QString& t)
{
    return valueOf(kKinds, t);
}
template <> std::optional<EnrollmentStatus> fromString<EnrollmentStatus>(const QString& t)
{
    return valueOf(kEnrollmentStatuses, t);
}
template <> std::optional<CaseStatus> fromString<CaseStatus>(const QString& t)
{
    return valueOf(kCaseStatuses, t);
}
template <> std::optional<ListingStatus> fromString<ListingStatus>(const QString& t)
{
    return valueOf(kListingStatuses, t);
}
template <> std::optional<RequirementCode> fromString<RequirementCode>(const QString& t)
{
    return valueOf(kRequirementCodes, t);
}
template <> std::optional<ExclusionReason> fromString<ExclusionReason>(const QString& t)
{
    return valueOf(kExclusionReasons, t);
}
template <> std::optional<Recommendation> fromString<Recommendation>(const QString& t)
{
    return valueOf(kRecommendations, t);
}
template <> std::optional<TriageCode> fromString<TriageCode>(const QString& t)
{
    return valueOf(kTriageCodes, t);
}

template <> QList<RequirementCode> allValues<RequirementCode>()
{
    return valuesOf(kRequirementCodes);
}
template <> QList<ExclusionReason> allValues<ExclusionReason>()
{
    return valuesOf(kExclusionReasons);
}
template <> QList<Recommendation> allValues<Recommendation>()
{
    return valuesOf(kRecommendations);
}
template <> QList<TriageCode> allValues<TriageCode>()
{
    return valuesOf(kTriageCodes);
}

} // namespace lp
