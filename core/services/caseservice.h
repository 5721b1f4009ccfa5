// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "casecorrection.h"
#include "domain/discrepancycase.h"
#include "domain/purchase.h"
#include "rules/discrepancytriage.h"
#include "security/session.h"
#include "storage/casefilter.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lp {

// The invoice a partner attaches to a case (docs/rules.md#case-evidence): the file's name and bytes, the MIME
// type the file dialog reported, and what the user says the document is.
struct Evidence
{
    QString fileName;
    QString mimeType; // informative: the stored type is the one the bytes show (PDF, PNG, JPEG)
    QByteArray bytes;
    DocumentType declaredType = DocumentType::Invoice;
};

// One line of the support queue.
struct CaseSummary
{
    DiscrepancyCase discrepancyCase;
    QString partnerName;
    QString mpnId;
    int ageDays = 0; // whole days from the filing date to the date asked for (never negative)

    bool operator==(const CaseSummary&) const = default;
};

// A KPI record of the case's invoice and the fields in which it alone differs from the case.
// When the invoice has several lines, units, KPI value and revenue are compared as totals
// (CaseDetail::triage) and a line lists only its own differing month, year or OMLP type.
struct KpiRecordCheck
{
    Purchase purchase;
    QStringList mismatches; // month, year, omlpType, purchaseUnit, kpiValue, revenueValue

    bool operator==(const KpiRecordCheck&) const = default;
};

// Everything support needs to decide a case.
struct CaseDetail
{
    DiscrepancyCase discrepancyCase;
    QString partnerName;
    QString mpnId;
    int ageDays = 0;
    QList<KpiRecordCheck> records; // the partner's KPI records of that invoice number, by line
    TriageResult triage; // the triage again, on the ledger as it is now (the filing's is on the case)

    bool operator==(const CaseDetail&) const = default;
};

// What resolving a case would write (CaseService::previewResolution).
struct ResolutionPreview;

// KPI discrepancy cases (docs/rules.md#kpi-discrepancy-cases) between a partner and Partner Frontline Support
// (docs/rules.md#kpi-discrepancy-cases): the partner admin files a case with the seven fields and the
// invoice, the triage is recorded with it, support reviews the queue and resolves each case as corrected (the
// partner's KPI records take the filed values) or rejected, with a note. Every write is one transaction with
// its audit entries.
//
// Filing and the triage: the form shows preview() while it is filled in. file() files in
// all four triage outcomes and stores the code on the case: NotYetReported (the month is
// not in a report yet, visibleOn says when it will be) and NoDiscrepancy (the ledger agrees)
// are answers to show the user before filing, not refusals; a user who insists still files,
// and support sees the triage in the queue. Refused are: invalid fields, evidence that is
// missing, too large, not a PDF/PNG/JPEG or not an invoice, an invoice month after the filing
// date, a description longer than kMaxDescription, and a second open case for the same invoice
// (CASE_ALREADY_OPEN: nothing twice; a withdrawn or resolved case no longer counts).
class CaseService
{
public:
    explicit CaseService(Database& db) : m_db(db) {}

    static constexpr qint64 kMaxEvidenceBytes = 20 * 1024 * 1024;
    static constexpr int kMaxDescription = 2000; // characters of the optional description
    enum class Resolution { Corrected, Rejected };

    // The triage of the form as it stands, against the partner's KPI records, on `asOf`:
    // field errors, or the triage code. Nothing is written. The form sets input.evidence from
    // the evidence's declared type (an unset one is reported as case.evidence REQUIRED).
    // Partner roles with FileCase for their own partner.
    Result<TriageResult> preview(const Session& session, qint64 partnerId, const DiscrepancyCaseInput& input,
                                 const QDate& asOf) const;

    // What file() did: the checks (valid or not, with every field error: case.month ...,
    // case.evidence) and, when stored, the case.
    struct Filing
    {
        TriageResult triage;
        std::optional<DiscrepancyCase> filed;
    };
    // Files the case on `asOf` (the filing date of the triage): checks the fields and the
    // evidence (evidence.declaredType takes the place of input.evidence), stores the case, its
    // evidence with its SHA-256 (hex) and an audit entry in one transaction. Invalid input is
    // a Filing without a case; permission and database failures are errors.
    Result<Filing> file(const Session& session, qint64 partnerId, const DiscrepancyCaseInput& input,
                        const Evidence& evidence, const QDate& asOf);

    // Support: every open case of every partner, oldest first, with its age on `asOf`.
    Result<QList<CaseSummary>> openCases(const Session& session, const QDate& asOf) const;
    // The partner's cases, newest first (partner roles: their own partner; support: any).
    Result<QList<DiscrepancyCase>> casesForPartner(const Session& session, qint64 partnerId) const;
    // The case, its invoice's KPI records and the triage on `asOf` (same visibility as casesForPartner).
    Result<CaseDetail> detail(const Session& session, qint64 caseId, const QDate& asOf) const;
    // The evidence's bytes (same visibility as casesForPartner).
    Result<QByteArray> evidence(const Session& session, qint64 caseId) const;

    // Support: what resolve() would write, planned by the same code (CaseCorrection), with
    // nothing written: each KPI record and field a correction changes; none for a rejection.
    // CASE_ALREADY_RESOLVED for a closed case, CASE_CORRECTION_IMPOSSIBLE as resolve() refuses.
    Result<ResolutionPreview> previewResolution(const Session& session, qint64 caseId,
                                                Resolution resolution) const;
    // The case history, newest first, filtered in SQL: support reads every partner's cases
    // (filter.partnerId narrows them), partner roles only their own partner's (whatever the
    // filter says). Ages are counted on `asOf`.
    Result<QList<CaseSummary>> history(const Session& session, const CaseFilter& filter,
                                       const QDate& asOf) const;

    // Support: closes an open case with a note (required: case.resolutionNote); a closed case
    // is refused with CASE_ALREADY_RESOLVED. Corrected: in the same transaction the partner's
    // KPI records of the invoice take the filed values as CaseCorrection plans them (invoice
    // dates moved to the filed month included), one audit entry per changed record
    // (before/after) and one for the case. Rejected: only the case changes. Either way the case
    // keeps the triage as it stood at resolution. Returns the resolved case.
    Result<DiscrepancyCase> resolve(const Session& session, qint64 caseId, Resolution resolution,
                                    const QString& note);

    // The text a partner sends to Partner Frontline Support: the seven fields, the triage at
    // filing, the evidence's name and SHA-256, and the outcome and note once resolved. Translated.
    static QString exportText(const CaseDetail& detail);

private:
    Result<QList<CaseSummary>> summaries(const QList<DiscrepancyCase>& cases, const QDate& asOf) const;
    Result<QList<Purchase>> recordsOf(qint64 partnerId, const QString& invoiceNumber) const;
    // The case, when the session may see it (partner roles: their own partner's; support: any).
    Result<DiscrepancyCase> visibleCase(const Session& session, qint64 caseId) const;

    Database& m_db;
};

struct ResolutionPreview
{
    DiscrepancyCase discrepancyCase;
    CaseService::Resolution resolution = CaseService::Resolution::Rejected;
    QList<RecordChange> changes; // empty: nothing but the case changes

    bool operator==(const ResolutionPreview&) const = default;
};

} // namespace lp
