// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "caseservice.h"

#include "auditlog.h"
#include "casecorrection.h"
#include "domain/displayformat.h"
#include "domain/messages.h"
#include "evidencecheck.h"
#include "rulesetservice.h"
#include "security/authorizer.h"
#include "storage/caserepository.h"
#include "storage/partnerrepository.h"
#include "storage/purchaserepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace lp {
namespace {

const QString kRequired = QStringLiteral("REQUIRED");

Error notFound(qint64 id)
{
    return {QStringLiteral("NOT_FOUND"), {}, {QString::number(id)}};
}

// The report day of the rule set in force (15 when none is), see docs/rules.md#monthly-kpi-report.
int reportDayOn(Database& db, const QDate& d)
{
    const auto rules = RuleSetService::inForce(db, d);
    return rules ? rules->reportDay : 15;
}

int ageOn(const QDateTime& filedAt, const QDate& asOf)
{
    return int(std::max<qint64>(0, filedAt.toLocalTime().date().daysTo(asOf)));
}

DiscrepancyCaseInput inputOf(const DiscrepancyCase& c)
{
    DiscrepancyCaseInput in;
    in.month = c.month;
    in.year = c.year;
    in.omlpType = c.omlpType;
    in.purchaseUnit = c.purchaseUnit;
    in.invoiceNumber = c.invoiceNumber;
    in.kpiValue = c.kpiValue;
    in.revenueCents = c.revenueCents;
    in.evidence = c.evidenceType;
    return in;
}

void invalidate(TriageResult& r, const Error& e)
{
    r.errors.append(e);
    r.valid = false;
    r.triage.reset();
    r.mismatches.clear();
}

bool hasErrorAt(const TriageResult& r, const QString& path)
{
    return std::any_of(r.errors.cbegin(), r.errors.cend(), [&](const Error& e) { return e.path == path; });
}

QJsonObject toJson(const DiscrepancyCase& c)
{
    return {{QStringLiteral("month"), c.month},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("omlpType"), c.omlpType},
            {QStringLiteral("purchaseUnit"), c.purchaseUnit},
            {QStringLiteral("invoiceNumber"), c.invoiceNumber},
            {QStringLiteral("kpiValue"), c.kpiValue},
            {QStringLiteral("revenueCents"), c.revenueCents},
            {QStringLiteral("evidence"), c.evidenceName},
            {QStringLiteral("evidenceSha256"), QString::fromLatin1(c.evidenceSha256)},
            {QStringLiteral("triage"), toString(c.triage)},
            {QStringLiteral("triageFields"), c.triageFields.join(QLatin1Char(','))},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("status"), toString(c.status)},
            {QStringLiteral("resolutionNote"), c.resolutionNote}};
}

using display::money;

QString day(const QDateTime& t)
{
    return display::longDate(t.toLocalTime().date());
}

} // namespace

Result<QList<Purchase>> CaseService::recordsOf(qint64 partnerId, const QString& invoiceNumber) const
{
    return PurchaseRepository(m_db).findByInvoice(partnerId, invoiceNumber.trimmed());
}

Result<TriageResult> CaseService::preview(const Session& session, qint64 partnerId,
                                          const DiscrepancyCaseInput& input, const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::FileCase, partnerId); !s)
        return s.error();
    auto partner = PartnerRepository(m_db).findById(partnerId);
    if (!partner)
        return partner.error();
    if (!partner->has_value())
        return notFound(partnerId);
    auto records = input.invoiceNumber.trimmed().isEmpty() ? Result<QList<Purchase>>(QList<Purchase>())
                                                           : recordsOf(partnerId, input.invoiceNumber);
    if (!records)
        return records.error();
    TriageResult r = DiscrepancyTriage::triage(input, records.value(), asOf, reportDayOn(m_db, asOf));
    // An invoice cannot be dated after the day the case is filed.
    if (!hasErrorAt(r, QStringLiteral("case.month")) && !hasErrorAt(r, QStringLiteral("case.year")) &&
        input.month && input.year && QDate(*input.year, *input.month, 1) > asOf)
        invalidate(r, {QStringLiteral("DATE_IN_FUTURE"),
                       QStringLiteral("case.month"),
                       {QDate(*input.year, *input.month, 1).toString(QStringLiteral("yyyy-MM"))}});
    if (input.description.trimmed().size() > kMaxDescription)
        invalidate(r, {QStringLiteral("DESCRIPTION_TOO_LONG"),
                       QStringLiteral("case.description"),
                       {QString::number(kMaxDescription)}});
    // One open case per invoice: a second one would race the first one's correction.
    if (!hasErrorAt(r, QStringLiteral("case.invoiceNumber"))) {
        auto cases = CaseRepository(m_db).listForPartner(partnerId);
        if (!cases)
            return cases.error();
        for (const DiscrepancyCase& c : cases.value()) {
            if (c.status == CaseStatus::Open && c.invoiceNumber == input.invoiceNumber.trimmed()) {
                invalidate(r, {QStringLiteral("CASE_ALREADY_OPEN"),
                               QStringLiteral("case.invoiceNumber"),
                               {QString::number(c.id), c.invoiceNumber}});
                break;
            }
        }
    }
    return r;
}

Result<CaseService::Filing> CaseService::file(const Session& session, qint64 partnerId,
                                              const DiscrepancyCaseInput& input, const Evidence& evidence,
                                              const QDate& asOf)
{
    DiscrepancyCaseInput in = input;
    in.evidence = evidence.declaredType;
    auto checked = preview(session, partnerId, in, asOf);
    if (!checked)
        return checked.error();
    Filing filing{checked.value(), std::nullopt};
    // docs/rules.md#case-evidence: the evidence is an actual invoice: a PDF or a picture of it, of a sensible
    // size.
    if (const auto problem = EvidenceCheck::problem(evidence.bytes, kMaxEvidenceBytes))
        invalidate(filing.triage, *problem);
    if (!filing.triage.valid)
        return filing;

    DiscrepancyCase c;
    c.partnerId = partnerId;
    c.month = *in.month;
    c.year = *in.year;
    c.omlpType = in.omlpType.trimmed();
    c.purchaseUnit = *in.purchaseUnit;
    c.invoiceNumber = in.invoiceNumber.trimmed();
    c.kpiValue = *in.kpiValue;
    c.revenueCents = *in.revenueCents;
    c.evidenceType = evidence.declaredType;
    // Only the file's own name: the path it came from is none of the case's business.
    c.evidenceName = QFileInfo(evidence.fileName.trimmed()).fileName();
    if (c.evidenceName.isEmpty())
        c.evidenceName = QStringLiteral("evidence");
    c.evidenceMimeType = EvidenceCheck::mimeType(evidence.bytes);
    c.evidenceSha256 = QCryptographicHash::hash(evidence.bytes, QCryptographicHash::Sha256).toHex();
    c.triage = *filing.triage.triage;
    c.triageFields = filing.triage.mismatches;
    c.description = in.description.trimmed();
    c.status = CaseStatus::Open;
    c.filedBy = session.userName();
    c.filedAt = QDateTime::currentDateTimeUtc();
    Status s = m_db.transaction([&]() -> Status {
        // Nothing twice (docs/rules.md#nothing-twice): the open-case check again, another
        // workstation's filing of the same invoice waited for.
        if (Status wait = PartnerRepository(m_db).serializeRequests(partnerId); !wait)
            return wait;
        auto cases = CaseRepository(m_db).listForPartner(partnerId);
        if (!cases)
            return cases.error();
        for (const DiscrepancyCase& other : cases.value()) {
            if (other.status == CaseStatus::Open && other.invoiceNumber == c.invoiceNumber)
                return Error{QStringLiteral("CASE_ALREADY_OPEN"),
                             QStringLiteral("case.invoiceNumber"),
                             {QString::number(other.id), other.invoiceNumber}};
        }
        auto id = CaseRepository(m_db).insert(c, evidence.bytes);
        if (!id)
            return id.error();
        c.id = id.value();
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("case.file"), QStringLiteral("case"),
                                QString::number(c.id), partnerId, {}, toJson(c));
    });
    if (!s)
        return s.error();
    filing.filed = c;
    return filing;
}

Result<QList<CaseSummary>> CaseService::openCases(const Session& session, const QDate& asOf) const
{
    if (Status s = Authorizer::check(session, Permission::ResolveCase); !s)
        return s.error();
    auto cases = CaseRepository(m_db).listOpen();
    if (!cases)
        return cases.error();
    return summaries(cases.value(), asOf);
}

Result<QList<CaseSummary>> CaseService::summaries(const QList<DiscrepancyCase>& cases,
                                                  const QDate& asOf) const
{
    auto partners = PartnerRepository(m_db).list();
    if (!partners)
        return partners.error();
    QList<CaseSummary> out;
    out.reserve(cases.size());
    for (const DiscrepancyCase& c : cases) {
        CaseSummary summary{c, {}, {}, ageOn(c.filedAt, asOf)};
        for (const Partner& p : partners.value()) {
            if (p.id == c.partnerId) {
                summary.partnerName = p.name;
                summary.mpnId = p.mpnId;
                break;
            }
        }
        out.append(summary);
    }
    return out;
}

Result<QList<DiscrepancyCase>> CaseService::casesForPartner(const Session& session, qint64 partnerId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner, partnerId); !s)
        return s.error();
    return CaseRepository(m_db).listForPartner(partnerId);
}

Result<DiscrepancyCase> CaseService::visibleCase(const Session& session, qint64 caseId) const
{
    if (Status s = Authorizer::check(session, Permission::ReadPartner); !s)
        return s.error();
    auto found = CaseRepository(m_db).findById(caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(caseId);
    if (Status s = Authorizer::check(session, Permission::ReadPartner, (*found)->partnerId); !s)
        return s.error();
    return **found;
}

Result<CaseDetail> CaseService::detail(const Session& session, qint64 caseId, const QDate& asOf) const
{
    auto found = visibleCase(session, caseId);
    if (!found)
        return found.error();
    CaseDetail d;
    d.discrepancyCase = found.value();
    const DiscrepancyCase& c = d.discrepancyCase;
    d.ageDays = ageOn(c.filedAt, asOf);
    auto partner = PartnerRepository(m_db).findById(c.partnerId);
    if (!partner)
        return partner.error();
    if (partner->has_value()) {
        d.partnerName = (*partner)->name;
        d.mpnId = (*partner)->mpnId;
    }
    auto records = recordsOf(c.partnerId, c.invoiceNumber);
    if (!records)
        return records.error();
    const int reportDay = reportDayOn(m_db, asOf);
    d.triage = DiscrepancyTriage::triage(inputOf(c), records.value(), asOf, reportDay);
    // Each record against the case, even before the month is reported (the triage stops there).
    const QDate compareOn = std::max(asOf, d.triage.visibleOn);
    for (const Purchase& p : records.value()) {
        // The triage on this record alone; with several lines only the type is the line's own.
        QStringList mismatches = DiscrepancyTriage::triage(inputOf(c), {p}, compareOn, reportDay).mismatches;
        if (records->size() > 1)
            mismatches.removeIf([](const QString& f) {
                return f != QLatin1String("month") && f != QLatin1String("year") &&
                       f != QLatin1String("omlpType");
            });
        d.records.append({p, mismatches});
    }
    return d;
}

Result<QByteArray> CaseService::evidence(const Session& session, qint64 caseId) const
{
    auto visible = visibleCase(session, caseId);
    if (!visible)
        return visible.error();
    return CaseRepository(m_db).evidence(caseId);
}

Result<DiscrepancyCase> CaseService::resolve(const Session& session, qint64 caseId, Resolution resolution,
                                             const QString& note)
{
    if (Status s = Authorizer::check(session, Permission::ResolveCase); !s)
        return s.error();
    const QString trimmedNote = note.trimmed();
    if (trimmedNote.isEmpty())
        return Error{kRequired, QStringLiteral("case.resolutionNote"), {}};
    DiscrepancyCase resolved;
    Status s = m_db.transaction([&]() -> Status {
        CaseRepository cases(m_db);
        auto found = cases.findById(caseId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return notFound(caseId);
        const DiscrepancyCase before = **found;
        const Error closed{
            QStringLiteral("CASE_ALREADY_RESOLVED"), {}, {QString::number(caseId), toString(before.status)}};
        if (before.status != CaseStatus::Open)
            return closed;
        resolved = before;
        resolved.status = resolution == Resolution::Corrected ? CaseStatus::Corrected : CaseStatus::Rejected;
        resolved.resolvedBy = session.userName();
        resolved.resolvedAt = QDateTime::currentDateTimeUtc();
        resolved.resolutionNote = trimmedNote;
        // The triage as it stands now, before a correction makes the ledger agree.
        auto records = recordsOf(before.partnerId, before.invoiceNumber);
        if (!records)
            return records.error();
        const QDate today = QDate::currentDate();
        const TriageResult now =
            DiscrepancyTriage::triage(inputOf(before), records.value(), today, reportDayOn(m_db, today));
        resolved.resolutionTriage = now.triage;
        resolved.resolutionTriageFields = now.mismatches;
        // The case first: a second resolver waits on its row, then finds it closed.
        if (Status r = cases.resolve(resolved); !r)
            return r.error().code == QLatin1String("NOT_FOUND") ? Status(closed) : r;
        if (resolution == Resolution::Corrected) {
            if (Status r = CaseCorrection::apply(m_db, Actor::of(session), resolved); !r)
                return r;
        }
        return AuditLog::record(m_db, Actor::of(session), QStringLiteral("case.resolve"),
                                QStringLiteral("case"), QString::number(caseId), resolved.partnerId,
                                toJson(before), toJson(resolved));
    });
    if (!s)
        return s.error();
    return resolved;
}

Result<ResolutionPreview> CaseService::previewResolution(const Session& session, qint64 caseId,
                                                         Resolution resolution) const
{
    if (Status s = Authorizer::check(session, Permission::ResolveCase); !s)
        return s.error();
    auto found = CaseRepository(m_db).findById(caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return notFound(caseId);
    const DiscrepancyCase& c = **found;
    if (c.status != CaseStatus::Open)
        return Error{
            QStringLiteral("CASE_ALREADY_RESOLVED"), {}, {QString::number(caseId), toString(c.status)}};
    ResolutionPreview preview{c, resolution, {}};
    if (resolution == Resolution::Corrected) {
        auto changes = CaseCorrection::plan(m_db, c);
        if (!changes)
            return changes.error();
        preview.changes = changes.value();
    }
    return preview;
}

Result<QList<CaseSummary>> CaseService::history(const Session& session, const CaseFilter& filter,
                                                const QDate& asOf) const
{
    CaseFilter f = filter;
    // Partner roles read their own partner's cases; support reads any partner's.
    if (!Authorizer::allows(session.role(), Permission::ReadAllPartners))
        f.partnerId = session.partnerId();
    if (Status s = Authorizer::check(session, Permission::ReadPartner, f.partnerId); !s)
        return s.error();
    auto cases = CaseRepository(m_db).search(f);
    if (!cases)
        return cases.error();
    return summaries(cases.value(), asOf);
}

QString CaseService::exportText(const CaseDetail& detail)
{
    const DiscrepancyCase& c = detail.discrepancyCase;
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("%1: %2").arg(label, value);
    };
    QStringList out;
    out << QCoreApplication::translate("lp::CaseService", "KPI discrepancy case %1").arg(c.id);
    if (!detail.partnerName.isEmpty())
        out << QCoreApplication::translate("lp::CaseService", "Partner: %1 (MPN ID %2)")
                   .arg(detail.partnerName, detail.mpnId);
    out << QCoreApplication::translate("lp::CaseService", "Filed by %1 on %2").arg(c.filedBy, day(c.filedAt));
    out << QString();
    out << line(Messages::caseField(QStringLiteral("month")), QString::number(c.month));
    out << line(Messages::caseField(QStringLiteral("year")), QString::number(c.year));
    out << line(Messages::caseField(QStringLiteral("omlpType")), c.omlpType);
    out << line(Messages::caseField(QStringLiteral("purchaseUnit")), QString::number(c.purchaseUnit));
    out << line(Messages::caseField(QStringLiteral("invoiceNumber")), c.invoiceNumber);
    out << line(Messages::caseField(QStringLiteral("kpiValue")), display::number(c.kpiValue));
    out << line(Messages::caseField(QStringLiteral("revenueValue")), money(c.revenueCents, c.currency));
    if (!c.description.isEmpty())
        out << line(Messages::caseField(QStringLiteral("description")), c.description);
    out << QString();
    // The triage recorded at filing, with the fields it found different then.
    out << line(QCoreApplication::translate("lp::CaseService", "Triage"),
                Messages::triage(c.triage, c.invoiceNumber, c.triageFields, detail.triage.visibleOn));
    out << line(QCoreApplication::translate("lp::CaseService", "Evidence"),
                QStringLiteral("%1 (%2)").arg(c.evidenceName, c.evidenceMimeType));
    out << line(QStringLiteral("SHA-256"), QString::fromLatin1(c.evidenceSha256));
    switch (c.status) {
    case CaseStatus::Open:
        out << line(
            QCoreApplication::translate("lp::CaseService", "Status"),
            QCoreApplication::translate("lp::CaseService", "open, waiting for Partner Frontline Support"));
        break;
    case CaseStatus::Corrected:
        out << line(QCoreApplication::translate("lp::CaseService", "Status"),
                    QCoreApplication::translate("lp::CaseService", "corrected by %1 on %2")
                        .arg(c.resolvedBy, day(c.resolvedAt)));
        break;
    case CaseStatus::Rejected:
        out << line(QCoreApplication::translate("lp::CaseService", "Status"),
                    QCoreApplication::translate("lp::CaseService", "rejected by %1 on %2")
                        .arg(c.resolvedBy, day(c.resolvedAt)));
        break;
    case CaseStatus::Withdrawn:
        out << line(QCoreApplication::translate("lp::CaseService", "Status"),
                    QCoreApplication::translate("lp::CaseService", "withdrawn by %1 on %2")
                        .arg(c.resolvedBy, day(c.resolvedAt)));
        break;
    }
    if (c.status == CaseStatus::Withdrawn)
        out << line(QCoreApplication::translate("lp::CaseService", "Reason"), c.resolutionNote);
    else if (c.status != CaseStatus::Open)
        out << line(QCoreApplication::translate("lp::CaseService", "Note"), c.resolutionNote);
    if (c.status != CaseStatus::Open && c.resolutionTriage)
        out << line(QCoreApplication::translate("lp::CaseService", "Triage at resolution"),
                    Messages::triage(*c.resolutionTriage, c.invoiceNumber, c.resolutionTriageFields,
                                     detail.triage.visibleOn));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace lp
