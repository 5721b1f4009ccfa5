// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lp {

// Writes a case's text (CaseService::exportText) as the file a partner sends to Partner
// Frontline Support: plain UTF-8 text, or a PDF when the name ends in .pdf.
class CaseExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseExport)

public:
    static bool write(const QString& text, const QString& fileName, QString* error);
    // Asks where, then writes; false when the user cancels or the file cannot be written
    // (`error` says why).
    static bool saveAs(QWidget* parent, const QString& text, const QString& suggestedName, QString* error);
};

} // namespace lp
