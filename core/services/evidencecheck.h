// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lp {

// The invoice attached to a KPI discrepancy case [179]: a PDF or a picture of it (PNG, JPEG),
// told by its bytes whatever the file is called, of a sensible size.
class EvidenceCheck
{
public:
    // application/pdf, image/png or image/jpeg by the magic numbers; empty for anything else.
    static QString mimeType(const QByteArray& bytes);
    // What is wrong with the bytes as evidence (at case.evidence: REQUIRED, EVIDENCE_TOO_LARGE,
    // EVIDENCE_NOT_PDF_OR_IMAGE), nothing when they will do.
    static std::optional<Error> problem(const QByteArray& bytes, qint64 maxBytes);
};

} // namespace lp
