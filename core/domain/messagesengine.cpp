// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "messages.h"

#include "domain/displayformat.h"
#include "rules/decision.h"

#include <QCoreApplication>
#include <QLocale>

// The engine's answers as sentences: a requirement's explanation, why a purchase does not
// count, and the triage of a KPI discrepancy case. The engine gives codes and the figures;
// the words are here, in the context "lp::Messages".
namespace lp {
namespace {

QString date(const QDate& d)
{
    return display::longDate(d);
}
using display::number;
// A count the engine holds as a double (actual, required), written as the integer it is.
qint64 whole(const std::optional<double>& v)
{
    return qint64(v.value_or(0));
}

QString kpiExplanation(const RequirementResult& r, const Decision& d)
{
    const QString window = QCoreApplication::translate("lp::Messages", "%1 to %2")
                               .arg(date(d.kpi.window.from), date(d.kpi.window.to));
    const QString when =
        d.kind == EvaluationKind::Renew
            ? QCoreApplication::translate("lp::Messages", "the renewal window %1").arg(window)
            : QCoreApplication::translate("lp::Messages", "the report of %1 (window %2)")
                  .arg(date(d.kpi.reportDate), window);
    QString s =
        QCoreApplication::translate(
            "lp::Messages", "Rule set %1, %2: KPI total %3 from %Ln invoice line(s) for %4; %5 required.",
            nullptr, d.kpi.countedLines)
            .arg(d.ruleSet, when, number(r.actual.value_or(0)), d.competency, number(r.required.value_or(0)));
    if (d.kpi.pending > 0)
        s += QLatin1Char(' ') +
             QCoreApplication::translate("lp::Messages", "Pending for later reports: KPI total %1.")
                 .arg(number(d.kpi.pending));
    return s;
}

} // namespace

QString Messages::explain(const RequirementResult& r, const Decision& d)
{
    switch (r.code) {
    case RequirementCode::CompetencyLearningOption:
        return (r.met
                    ? QCoreApplication::translate("lp::Messages", "Rule set %1: %2 offers a Learning option.")
                    : QCoreApplication::translate(
                          "lp::Messages",
                          "Rule set %1: %2 offers no Learning option, so it cannot be attained this way."))
            .arg(d.ruleSet, d.competency);
    case RequirementCode::PerformanceCommitment:
        return r.met
                   ? QCoreApplication::translate("lp::Messages",
                                                 "You commit to the Performance Requirements of the Learning "
                                                 "Program Performance Guidelines.")
                   : QCoreApplication::translate(
                         "lp::Messages", "Commit to the Performance Requirements of the Learning "
                                         "Program Performance Guidelines (tick the box) to continue.");
    case RequirementCode::MinActiveMct:
        if (d.path == Path::ActionPack)
            return QCoreApplication::translate("lp::Messages",
                                               "Rule set %1: %Ln Microsoft Certified Trainer(s) active "
                                               "on %2; the Learning Action Pack needs %3.",
                                               nullptr, int(whole(r.actual)))
                .arg(d.ruleSet, date(d.asOf))
                .arg(whole(r.required));
        return QCoreApplication::translate(
                   "lp::Messages",
                   "Rule set %1: %Ln Microsoft Certified Trainer(s) active on %2; %3 required.", nullptr,
                   int(whole(r.actual)))
            .arg(d.ruleSet, date(d.asOf))
            .arg(whole(r.required));
    case RequirementCode::MinExams:
        return QCoreApplication::translate("lp::Messages",
                                           "Rule set %1: %Ln exam pass(es) recorded for %2 (each "
                                           "person and exam counted once); %3 required.",
                                           nullptr, int(whole(r.actual)))
            .arg(d.ruleSet, d.competency)
            .arg(whole(r.required));
    case RequirementCode::RequiredExams:
        return r.missing.isEmpty()
                   ? QCoreApplication::translate("lp::Messages", "Every required exam has been passed: %1.")
                         .arg(r.requiredExams.join(QLatin1String(", ")))
                   : QCoreApplication::translate("lp::Messages", "Still to pass: %1 (required: %2).")
                         .arg(r.missing.join(QLatin1String(", ")), r.requiredExams.join(QLatin1String(", ")));
    case RequirementCode::MinKpi:
        return kpiExplanation(r, d);
    }
    return toString(r.code);
}

QString Messages::recommendation(Recommendation recommendation, const QString& competency)
{
    switch (recommendation) {
    case Recommendation::ActionPack:
        return QCoreApplication::translate("lp::Messages",
                                           "Recommended: the Learning Action Pack, which is met today.");
    case Recommendation::Silver:
        return QCoreApplication::translate("lp::Messages", "Recommended: silver in %1, which is met today.")
            .arg(competency);
    case Recommendation::Gold:
        return QCoreApplication::translate("lp::Messages", "Recommended: gold in %1, which is met today.")
            .arg(competency);
    case Recommendation::None:
        return QCoreApplication::translate("lp::Messages", "No path is met today.");
    }
    return toString(recommendation);
}

QString Messages::exclusionReason(ExclusionReason reason, const QDate& visibleOn)
{
    switch (reason) {
    case ExclusionReason::NotInvoice:
        return QCoreApplication::translate(
            "lp::Messages", "Not an invoice: order confirmations and partner reports never count");
    case ExclusionReason::OtherCompetency:
        return QCoreApplication::translate("lp::Messages", "Recorded for another competency");
    case ExclusionReason::OutsideWindow:
        return QCoreApplication::translate("lp::Messages", "Outside the window of the report");
    case ExclusionReason::NotYetReported:
        return QCoreApplication::translate("lp::Messages", "Pending: in the report of %1")
            .arg(date(visibleOn));
    }
    return toString(reason);
}

QString Messages::caseField(const QString& field)
{
    struct Label
    {
        const char* field;
        const char* text;
    };
    static constexpr Label kLabels[] = {
        {"month", QT_TRANSLATE_NOOP("lp::Messages", "Month")},
        {"year", QT_TRANSLATE_NOOP("lp::Messages", "Year")},
        {"omlpType", QT_TRANSLATE_NOOP("lp::Messages", "OMLP type")},
        {"purchaseUnit", QT_TRANSLATE_NOOP("lp::Messages", "Purchase unit")},
        {"invoiceNumber", QT_TRANSLATE_NOOP("lp::Messages", "Invoice number")},
        {"kpiValue", QT_TRANSLATE_NOOP("lp::Messages", "KPI value")},
        {"revenueValue", QT_TRANSLATE_NOOP("lp::Messages", "Revenue value")},
        {"description", QT_TRANSLATE_NOOP("lp::Messages", "Description")},
    };
    for (const Label& l : kLabels) {
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("lp::Messages", l.text);
    }
    return field;
}

QString Messages::triage(TriageCode triage, const QString& invoiceNumber, const QStringList& mismatches,
                         const QDate& visibleOn)
{
    switch (triage) {
    case TriageCode::NotYetReported:
        return QCoreApplication::translate(
                   "lp::Messages", "Invoice %1 is from a month that no KPI report covers yet, so there "
                                   "is no discrepancy yet: it appears in the report of %2.")
            .arg(invoiceNumber, date(visibleOn));
    case TriageCode::MissingFromLedger:
        return QCoreApplication::translate("lp::Messages", "No KPI record has invoice number %1.")
            .arg(invoiceNumber);
    case TriageCode::ValueMismatch: {
        if (mismatches.isEmpty())
            return QCoreApplication::translate("lp::Messages",
                                               "The KPI records of invoice %1 differ from the case.")
                .arg(invoiceNumber);
        QStringList labels;
        for (const QString& f : mismatches)
            labels << caseField(f);
        return QCoreApplication::translate("lp::Messages",
                                           "The KPI records of invoice %1 differ from the case in: %2.")
            .arg(invoiceNumber, labels.join(QLatin1String(", ")));
    }
    case TriageCode::NoDiscrepancy:
        return QCoreApplication::translate("lp::Messages",
                                           "The KPI records of invoice %1 agree with the case.")
            .arg(invoiceNumber);
    }
    return toString(triage);
}

} // namespace lp
