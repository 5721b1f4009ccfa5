// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "peopleworkspace.h"

#include "widgets/formhelpers.h"

#include "domain/displayformat.h"
#include "domain/messages.h"
#include "exampassdialog.h"
#include "recordtable.h"
#include "security/authorizer.h"
#include "services/peopleservice.h"
#include "trainerdialog.h"
#include "widgets/importerrorsdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lp {

PeopleWorkspace::PeopleWorkspace(AppContext& context, QWidget* parent)
    : Workspace(context, parent), m_partnerId(context.session.partnerId())
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_trainerTable = new RecordTable(QStringLiteral("trainers"), m_tabs);
    m_examTable = new RecordTable(QStringLiteral("exams"), m_tabs);
    m_tabs->addTab(m_trainerTable, QString());
    m_tabs->addTab(m_examTable, QString());
    auto* layout = new QVBoxLayout(this);
    m_heading = form::workspaceHeading(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs);

    const bool editable = Authorizer::allows(context.session.role(), Permission::ManagePeople);
    m_trainerTable->setEditable(editable);
    m_examTable->setEditable(editable);

    connect(m_trainerTable, &RecordTable::addRequested, this, [this] { editTrainer(0); });
    connect(m_trainerTable, &RecordTable::editRequested, this, &PeopleWorkspace::editTrainer);
    connect(m_trainerTable, &RecordTable::removeRequested, this, &PeopleWorkspace::removeTrainer);
    connect(m_trainerTable, &RecordTable::importRequested, this, [this] { importCsv(true); });
    connect(m_trainerTable, &RecordTable::exportRequested, this, [this] { exportCsv(true); });
    connect(m_examTable, &RecordTable::addRequested, this, [this] { editExam(0); });
    connect(m_examTable, &RecordTable::editRequested, this, &PeopleWorkspace::editExam);
    connect(m_examTable, &RecordTable::removeRequested, this, &PeopleWorkspace::removeExam);
    connect(m_examTable, &RecordTable::importRequested, this, [this] { importCsv(false); });
    connect(m_examTable, &RecordTable::exportRequested, this, [this] { exportCsv(false); });
    setMainControl(m_tabs);
    retranslateUi();
}

void PeopleWorkspace::refresh()
{
    PeopleService people(m_context.db);
    auto trainers = people.trainers(m_context.session, m_partnerId);
    auto exams = people.examPasses(m_context.session, m_partnerId);
    m_trainers = trainers ? trainers.value() : QList<Trainer>{};
    m_exams = exams ? exams.value() : QList<ExamPass>{};
    if (!trainers)
        showError(trainers.error());
    fillTrainers();
    fillExams();
}

void PeopleWorkspace::retranslateUi()
{
    m_heading->setText(title());
    m_tabs->setTabText(0, tr("&Trainers (MCT)"));
    m_tabs->setTabText(1, tr("E&xam passes"));
    m_tabs->tabBar()->setAccessibleName(tr("Trainers or exam passes"));
    m_trainerTable->retranslateUi();
    m_examTable->retranslateUi();
    m_trainerTable->setHeaders({tr("Name"), tr("MCT ID"), tr("Valid from"), tr("Valid until"), tr("Status")});
    m_examTable->setHeaders({tr("Person"), tr("Exam"), tr("Passed on"), tr("Competency")});
    m_trainerTable->table()->setAccessibleName(tr("Microsoft Certified Trainers"));
    m_examTable->table()->setAccessibleName(tr("Exam passes"));
    fillTrainers();
    fillExams();
}

void PeopleWorkspace::fillTrainers()
{
    const QDate today = QDate::currentDate();
    QList<RecordTable::Row> rows;
    int soon = 0;
    for (const Trainer& t : m_trainers) {
        RecordTable::Row row;
        row.id = t.id;
        QString status;
        if (!t.isActiveOn(today)) {
            status = t.validTo < today ? tr("Expired") : tr("Not yet valid");
            row.muted = true;
        } else if (PeopleService::expiresSoon(t, today)) {
            const qint64 days = today.daysTo(t.validTo);
            status = tr("Expires in %n day(s)", nullptr, int(days));
            row.warning = tr("This MCT ends on %1: renew it to keep the MCT requirement met.")
                              .arg(display::longDate(t.validTo));
            ++soon;
        } else {
            status = tr("Active");
        }
        row.cells = {t.name, t.mctId, t.validFrom.isValid() ? QVariant(t.validFrom) : QVariant(QString()),
                     t.validTo, status};
        rows.append(row);
    }
    m_trainerTable->setRows(rows);
    m_trainerTable->setNote(
        soon > 0 ? tr("%n MCT(s) end within %1 days.", nullptr, soon).arg(PeopleService::kExpiryWarningDays)
                 : QString());
}

void PeopleWorkspace::fillExams()
{
    QList<RecordTable::Row> rows;
    for (const ExamPass& e : m_exams)
        rows.append({e.id, {e.person, e.exam, e.passedOn, e.competency}, {}, false});
    m_examTable->setRows(rows);
}

void PeopleWorkspace::editTrainer(qint64 id)
{
    const auto found =
        std::find_if(m_trainers.cbegin(), m_trainers.cend(), [id](const Trainer& t) { return t.id == id; });
    const Trainer current = found != m_trainers.cend() ? *found : Trainer{};
    TrainerDialog dialog(
        current,
        [this](const Trainer& t) -> Status {
            PeopleService people(m_context.db);
            auto saved = t.id ? people.updateTrainer(m_context.session, m_partnerId, t)
                              : people.addTrainer(m_context.session, m_partnerId, t);
            return saved ? Status() : Status(saved.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PeopleWorkspace::editExam(qint64 id)
{
    const auto found =
        std::find_if(m_exams.cbegin(), m_exams.cend(), [id](const ExamPass& e) { return e.id == id; });
    const ExamPass current = found != m_exams.cend() ? *found : ExamPass{};
    QStringList competencies;
    for (const ExamPass& e : m_exams)
        competencies << e.competency;
    competencies.removeDuplicates();
    competencies.sort();
    ExamPassDialog dialog(
        current, competencies,
        [this](const ExamPass& e) -> Status {
            PeopleService people(m_context.db);
            const QDate today = QDate::currentDate();
            auto saved = e.id ? people.updateExamPass(m_context.session, m_partnerId, e, today)
                              : people.addExamPass(m_context.session, m_partnerId, e, today);
            return saved ? Status() : Status(saved.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PeopleWorkspace::removeTrainer(qint64 id)
{
    const auto found =
        std::find_if(m_trainers.cbegin(), m_trainers.cend(), [id](const Trainer& t) { return t.id == id; });
    if (found == m_trainers.cend())
        return;
    if (QMessageBox::question(this, tr("Remove trainer"),
                              tr("Remove %1 (%2)?").arg(found->name, found->mctId)) != QMessageBox::Yes)
        return;
    if (Status s = PeopleService(m_context.db).removeTrainer(m_context.session, m_partnerId, id); !s)
        showError(s.error());
    refresh();
}

void PeopleWorkspace::removeExam(qint64 id)
{
    const auto found =
        std::find_if(m_exams.cbegin(), m_exams.cend(), [id](const ExamPass& e) { return e.id == id; });
    if (found == m_exams.cend())
        return;
    if (QMessageBox::question(this, tr("Remove exam pass"),
                              tr("Remove %1's pass of %2?").arg(found->person, found->exam)) !=
        QMessageBox::Yes)
        return;
    if (Status s = PeopleService(m_context.db).removeExamPass(m_context.session, m_partnerId, id); !s)
        showError(s.error());
    refresh();
}

void PeopleWorkspace::importCsv(bool trainers)
{
    const QString path =
        QFileDialog::getOpenFileName(this, trainers ? tr("Import trainers") : tr("Import exam passes"),
                                     QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError({QStringLiteral("FILE_UNREADABLE"), {}, {path, file.errorString()}});
        return;
    }
    PeopleService people(m_context.db);
    auto result = trainers
                      ? people.importTrainers(m_context.session, m_partnerId, file)
                      : people.importExamPasses(m_context.session, m_partnerId, file, QDate::currentDate());
    if (!result) {
        showError(result.error());
        return;
    }
    if (!result->ok()) {
        ImportErrorsDialog(result.value(), this).exec();
        return;
    }
    QMessageBox::information(this, tr("Import finished"),
                             tr("%1 added, %2 updated, %3 already up to date.")
                                 .arg(result->added)
                                 .arg(result->updated)
                                 .arg(result->unchanged));
    refresh();
}

void PeopleWorkspace::exportCsv(bool trainers)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
                                                      trainers ? QStringLiteral("trainers.csv")
                                                               : QStringLiteral("exam-passes.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    PeopleService people(m_context.db);
    auto data = trainers ? people.exportTrainers(m_context.session, m_partnerId)
                         : people.exportExamPasses(m_context.session, m_partnerId);
    if (!data) {
        showError(data.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size() || !file.commit())
        showError({QStringLiteral("FILE_UNWRITABLE"), {}, {path, file.errorString()}});
}

void PeopleWorkspace::showError(const Error& error)
{
    QMessageBox::warning(this, tr("People"), Messages::textWithPath(error));
}

} // namespace lp
