// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "services/caseservice.h"
#include "widgets/retranslating.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lp {

// What resolving a case will write, before it is written (CaseService::previewResolution):
// each KPI record and field that changes, before and after (invoice dates included), or that
// nothing in the KPI records will. Accept resolves; Cancel writes nothing.
class ResolutionPreviewDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    ResolutionPreviewDialog(const ResolutionPreview& preview, const QString& note, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;

private:
    ResolutionPreview m_preview;
    QString m_note;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_changes = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
