#include "displaynames.h"

namespace lp {

QString DisplayNames::role(Role r)
{
    switch (r) {
    case Role::PartnerAdmin: return tr("MPN partner admin");
    case Role::AccountAdmin: return tr("Account admin");
    case Role::FrontlineSupport: return tr("Partner Frontline Support");
    case Role::Viewer: return tr("Viewer (read only)");
    }
    return {};
}

QString DisplayNames::path(Path p)
{
    switch (p) {
    case Path::ActionPack: return tr("Learning Action Pack");
    case Path::Silver: return tr("Silver competency Learning option");
    case Path::Gold: return tr("Gold competency Learning option");
    }
    return {};
}

QString DisplayNames::membershipType(MembershipType t)
{
    switch (t) {
    case MembershipType::ActionPack: return tr("Action Pack subscription");
    case MembershipType::Silver: return tr("Silver competency");
    case MembershipType::Gold: return tr("Gold competency");
    }
    return {};
}

QString DisplayNames::documentType(DocumentType t)
{
    switch (t) {
    case DocumentType::Invoice: return tr("Invoice");
    case DocumentType::OrderConfirmation: return tr("Order confirmation");
    case DocumentType::PartnerReport: return tr("Partner report");
    }
    return {};
}

} // namespace lp
