// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "domain/exampass.h"
#include "domain/rowerror.h"
#include "domain/trainer.h"
#include "shell/workspace.h"

class QLabel;
class QTabWidget;

namespace lp {

class RecordTable;

// The partner's people: Microsoft Certified Trainers (MCTs ending within 60 days flagged)
// and exam passes, with add, edit, remove, CSV import and export.
class PeopleWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit PeopleWorkspace(AppContext& context, QWidget* parent = nullptr);
    QString title() const override { return tr("People"); }
    void refresh() override;

protected:
    void retranslateUi() override;

private:
    void fillTrainers();
    void fillExams();
    void editTrainer(qint64 id);
    void editExam(qint64 id);
    void removeTrainer(qint64 id);
    void removeExam(qint64 id);
    void importCsv(bool trainers);
    void exportCsv(bool trainers);
    void showError(const Error& error);

    qint64 m_partnerId = 0;
    QList<Trainer> m_trainers;
    QList<ExamPass> m_exams;
    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    RecordTable* m_trainerTable = nullptr;
    RecordTable* m_examTable = nullptr;
};

} // namespace lp
