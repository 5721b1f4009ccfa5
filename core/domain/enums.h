// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>

// The program's enumerations, each with the exact spelling used in the JSON formats
// (spec/formats.md) and in the database, and a parser that refuses anything else.
namespace lp {

enum class Path { ActionPack, Silver, Gold };
enum class MembershipType { ActionPack, Silver, Gold };
enum class Role { PartnerAdmin, AccountAdmin, FrontlineSupport, Viewer, SupportLead };
enum class DocumentType { Invoice, OrderConfirmation, PartnerReport };
enum class EvaluationKind { Enroll, Renew };
enum class EnrollmentStatus { Draft, Submitted, Active, Withdrawn };
// Withdrawn: closed by the partner before support decided it (docs/rules.md#withdrawing-a-request).
enum class CaseStatus { Open, Corrected, Rejected, Withdrawn };
enum class ListingStatus { Draft, Queued, SentInBatch, Visible, Withdrawn };

// The engine's answers are codes, never sentences: Messages turns them into the user's language.
// A requirement of docs/rules.md#enrollment-paths (RequirementResult::code).
enum class RequirementCode {
    CompetencyLearningOption,
    PerformanceCommitment,
    MinActiveMct,
    MinExams,
    RequiredExams,
    MinKpi
};
// Why a purchase does not count (docs/rules.md#evaluation-window), the first that applies in this order.
enum class ExclusionReason { NotInvoice, OtherCompetency, OutsideWindow, NotYetReported };
// The path the engine recommends (docs/rules.md#recommendation-and-fallback): the one asked for, a lower one,
// or none.
enum class Recommendation { ActionPack, Silver, Gold, None };
// The triage of a KPI discrepancy case (docs/rules.md#case-triage), in its order.
enum class TriageCode { NotYetReported, MissingFromLedger, ValueMismatch, NoDiscrepancy };

// The recommendation of exactly `path`.
Recommendation recommendationOf(Path path);

QString toString(Path v);
QString toString(MembershipType v);
QString toString(Role v);
QString toString(DocumentType v);
QString toString(EvaluationKind v);
QString toString(EnrollmentStatus v);
QString toString(CaseStatus v);
QString toString(ListingStatus v);
QString toString(RequirementCode v);
QString toString(ExclusionReason v);
QString toString(Recommendation v);
QString toString(TriageCode v);

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
template <> std::optional<RequirementCode> fromString<RequirementCode>(const QString& text);
template <> std::optional<ExclusionReason> fromString<ExclusionReason>(const QString& text);
template <> std::optional<Recommendation> fromString<Recommendation>(const QString& text);
template <> std::optional<TriageCode> fromString<TriageCode>(const QString& text);

// Every value of the engine's answer codes, in declaration order (for tests and pickers).
template <typename E> QList<E> allValues();
template <> QList<RequirementCode> allValues<RequirementCode>();
template <> QList<ExclusionReason> allValues<ExclusionReason>();
template <> QList<Recommendation> allValues<Recommendation>();
template <> QList<TriageCode> allValues<TriageCode>();

} // namespace lp
