#include "displaynames.h"

#include <QLocale>

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

QString DisplayNames::requirement(const QString& code)
{
    if (code == QLatin1String("COMPETENCY_LEARNING_OPTION"))
        return tr("The competency offers a Learning option");
    if (code == QLatin1String("PERFORMANCE_COMMITMENT"))
        return tr("Commitment to the Performance Requirements");
    if (code == QLatin1String("MIN_ACTIVE_MCT"))
        return tr("Active Microsoft Certified Trainers (MCT)");
    if (code == QLatin1String("MIN_EXAMS"))
        return tr("Exams passed for the competency");
    if (code == QLatin1String("REQUIRED_EXAMS"))
        return tr("Required exams");
    if (code == QLatin1String("MIN_KPI"))
        return tr("Learning KPIs counted in the window");
    return code;
}

QString DisplayNames::requirementShort(const QString& code)
{
    if (code == QLatin1String("COMPETENCY_LEARNING_OPTION"))
        return tr("Learning option");
    if (code == QLatin1String("PERFORMANCE_COMMITMENT"))
        return tr("commitment");
    if (code == QLatin1String("MIN_ACTIVE_MCT"))
        return tr("MCTs");
    if (code == QLatin1String("MIN_EXAMS"))
        return tr("exams");
    if (code == QLatin1String("REQUIRED_EXAMS"))
        return tr("required exams");
    if (code == QLatin1String("MIN_KPI"))
        return tr("KPIs");
    return code;
}

QString DisplayNames::exclusion(const QString& reason, const QDate& visibleOn)
{
    if (reason == QLatin1String("NOT_INVOICE"))
        return tr("Not an invoice: order confirmations and partner reports never count");
    if (reason == QLatin1String("OTHER_COMPETENCY"))
        return tr("Recorded for another competency");
    if (reason == QLatin1String("OUTSIDE_WINDOW"))
        return tr("Outside the window of the report");
    if (reason == QLatin1String("NOT_YET_REPORTED"))
        return tr("Pending: in the report of %1")
            .arg(QLocale().toString(visibleOn, QStringLiteral("d MMMM yyyy")));
    return reason;
}

} // namespace lp
