#pragma once

#include <optional>
#include <QString>

// The program's enumerations, each with the exact spelling used in the JSON formats
// (spec/formats.md) and in the database, and a parser that refuses anything else.
namespace lp {

enum class Path { ActionPack, Silver, Gold };
enum class MembershipType { ActionPack, Silver, Gold };
enum class Role { PartnerAdmin, AccountAdmin, FrontlineSupport, Viewer, SupportLead };
enum class DocumentType { Invoice, OrderConfirmation, PartnerReport };
enum class EvaluationKind { Enroll, Renew };
enum class EnrollmentStatus { Draft, Submitted, Active, Withdrawn };
enum class CaseStatus { Open, Corrected, Rejected };
enum class ListingStatus { Draft, Queued, SentInBatch, Visible };

QString toString(Path v);
QString toString(MembershipType v);
QString toString(Role v);
QString toString(DocumentType v);
QString toString(EvaluationKind v);
QString toString(EnrollmentStatus v);
QString toString(CaseStatus v);
QString toString(ListingStatus v);

// Frontline support and its lead belong to no partner; every other role belongs to one.
bool isSupportRole(Role role);

template <typename E> std::optional<E> fromString(const QString& text);
template <> std::optional<Path> fromString<Path>(const QString& text);
template <> std::optional<MembershipType> fromString<MembershipType>(const QString& text);
template <> std::optional<Role> fromString<Role>(const QString& text);
template <> std::optional<DocumentType> fromString<DocumentType>(const QString& text);
template <> std::optional<EvaluationKind> fromString<EvaluationKind>(const QString& text);
template <> std::optional<EnrollmentStatus> fromString<EnrollmentStatus>(const QString& text);
template <> std::optional<CaseStatus> fromString<CaseStatus>(const QString& text);
template <> std::optional<ListingStatus> fromString<ListingStatus>(const QString& text);

} // namespace lp
