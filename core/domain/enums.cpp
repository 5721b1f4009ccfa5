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
constexpr std::array<std::pair<CaseStatus, const char*>, 3> kCaseStatuses{
    {{CaseStatus::Open, "open"}, {CaseStatus::Corrected, "corrected"}, {CaseStatus::Rejected, "rejected"}}};
constexpr std::array<std::pair<ListingStatus, const char*>, 4> kListingStatuses{
    {{ListingStatus::Draft, "draft"},
     {ListingStatus::Queued, "queued"},
     {ListingStatus::SentInBatch, "sentInBatch"},
     {ListingStatus::Visible, "visible"}}};

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

} // namespace lp
