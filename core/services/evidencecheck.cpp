// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "evidencecheck.h"

#include <QByteArrayView>

namespace lp {

QString EvidenceCheck::mimeType(const QByteArray& bytes)
{
    static const char pdf[] = {'%', 'P', 'D', 'F', '-'};
    static const char png[] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    static const char jpeg[] = {'\xff', '\xd8', '\xff'};
    if (bytes.startsWith(QByteArrayView(pdf, sizeof pdf)))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith(QByteArrayView(png, sizeof png)))
        return QStringLiteral("image/png");
    if (bytes.startsWith(QByteArrayView(jpeg, sizeof jpeg)))
        return QStringLiteral("image/jpeg");
    return {};
}

std::optional<Error> EvidenceCheck::problem(const QByteArray& bytes, qint64 maxBytes)
{
    const QString path = QStringLiteral("case.evidence");
    if (bytes.isEmpty())
        return Error{QStringLiteral("REQUIRED"), path, {}};
    if (bytes.size() > maxBytes)
        return Error{QStringLiteral("EVIDENCE_TOO_LARGE"),
                     path,
                     {QString::number(double(bytes.size()) / (1024 * 1024), 'f', 1),
                      QString::number(maxBytes / (1024 * 1024))}};
    if (mimeType(bytes).isEmpty())
        return Error{QStringLiteral("EVIDENCE_NOT_PDF_OR_IMAGE"), path, {}};
    return std::nullopt;
}

} // namespace lp
