#pragma once

#include "domain/error.h"
#include "domain/exampass.h"
#include "domain/trainer.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lp {

// Adds or edits one Microsoft Certified Trainer. `save` is the service call: its error is
// shown at the field it names, and the dialog stays open until it succeeds.
class TrainerDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Trainer&)>;
    TrainerDialog(const Trainer& trainer, Save save, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void accept() override;

    Trainer m_trainer;
    Save m_save;
    std::optional<Error> m_lastError;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_mctId = nullptr;
    QCheckBox* m_hasFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

// Adds or edits one exam pass.
class ExamPassDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const ExamPass&)>;
    ExamPassDialog(const ExamPass& pass, const QStringList& competencies, Save save,
                   QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void accept() override;

    ExamPass m_pass;
    Save m_save;
    std::optional<Error> m_lastError;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_person = nullptr;
    QLineEdit* m_exam = nullptr;
    QDateEdit* m_passedOn = nullptr;
    QComboBox* m_competency = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace lp
