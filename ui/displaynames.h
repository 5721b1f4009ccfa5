#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QString>

namespace lp {

// The names users read for the program's enumerations, in the current language
// (Italian terms as the seed's official Italian uses them).
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString role(Role role);
    static QString path(Path path);
    static QString membershipType(MembershipType type);
    static QString documentType(DocumentType type);
};

} // namespace lp
