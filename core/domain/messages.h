#pragma once

#include "error.h"

#include <QString>

namespace lp {

// The one place where an error code becomes a sentence in the user's language
// (QCoreApplication::translate, so the installed translator decides the language).
class Messages
{
public:
    // The translated sentence for the error, its %1, %2 ... filled from error.args.
    static QString text(const Error& error);
    // text(), prefixed with the error's path when it has one ("purchases[3].invoiceDate: ...").
    static QString textWithPath(const Error& error);
};

} // namespace lp
