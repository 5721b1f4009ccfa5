// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QString>

namespace lp {

// The compiled user guide, one Qt Help collection per language (docs/guide/, built by lp-helpgen and
// qhelpgenerator, embedded under :/help). QHelpEngine reads files, so the first request copies the
// collection of a language into a temporary folder of the process.
namespace HelpCollections {

// The .qhc file of `language` ("en", "it"), ready for QHelpEngine; empty if it cannot be written.
QString collectionFile(const QString& language);

} // namespace HelpCollections
} // namespace lp
