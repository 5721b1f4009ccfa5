#include "caseexport.h"

#include <QFileDialog>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace lp {

bool CaseExport::write(const QString& text, const QString& fileName, QString* error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Learning Partner Desk"));
        writer.setTitle(text.section(QLatin1Char('\n'), 0, 0));
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        document.setPlainText(text);
        document.print(&writer);
    } else {
        file.write(text.toUtf8());
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool CaseExport::saveAs(QWidget* parent, const QString& text, const QString& suggestedName, QString* error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(parent, tr("Export the case"), dir + QLatin1Char('/') + suggestedName,
                                                          tr("Text (*.txt);;PDF documents (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return false;
    return write(text, fileName, error);
}

} // namespace lp
