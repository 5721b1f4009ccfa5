// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "caseexport.h"

#include "widgets/formhelpers.h"

#include <QFileDialog>
#include <QFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace lp {

bool CaseExport::write(const QString& text, const QString& fileName, QString* error)
{
    QString fileError;
    bool written = false;
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        document.setPlainText(text);
        written = form::writePdf(document, fileName, text.section(QLatin1Char('\n'), 0, 0), &fileError);
    } else {
        QSaveFile file(fileName);
        written = file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
        fileError = file.errorString();
    }
    if (!written && error)
        *error = tr("Cannot write %1: %2").arg(fileName, fileError);
    return written;
}

bool CaseExport::saveAs(QWidget* parent, const QString& text, const QString& suggestedName, QString* error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString fileName =
        QFileDialog::getSaveFileName(parent, tr("Export the case"), dir + QLatin1Char('/') + suggestedName,
                                     tr("Text (*.txt);;PDF documents (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return false;
    return write(text, fileName, error);
}

} // namespace lp
