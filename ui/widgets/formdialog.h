// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"
#include "widgets/formhelpers.h"
#include "widgets/retranslating.h"

#include <QDialog>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

class QFormLayout;
class QLabel;
class QLayout;
class QPushButton;

namespace lp {

// The skeleton every form dialog of the application shares: a form of labelled fields, the red
// line that says what is wrong, Save and Cancel. Save hands the fields to save() (the service
// call); on an error the dialog stays open, says it under the form, puts the focus on the field
// it names and says it again after a language switch.
//
// A dialog derives from it, creates its fields, adds them with addRows()/addRow() and calls
// retranslateUi() at the end of its constructor; it sets its own texts in retranslateForm().
class FormDialog : public Retranslating<QDialog>
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget* parent = nullptr);

    // Saves through save(); closes only when it succeeds.
    void accept() override;

protected:
    // One row per field, each labelled by an empty label whose buddy is the field.
    void addRows(std::initializer_list<QWidget*> fields);
    // A row whose field is a layout of several widgets; the label's mnemonic focuses `buddy`.
    void addRow(QWidget* buddy, QLayout* field);
    // The label texts of the rows, top to bottom.
    void setLabels(const QStringList& labels);
    // The field an error's path names, in `fields`; `otherwise` for any other path.
    void setErrorFields(std::initializer_list<std::pair<const char*, QWidget*>> fields, QWidget* otherwise);
    QPushButton* okButton() const { return m_ok; }
    // The field setErrorFields() gives for an error's path.
    QWidget* fieldForPath(const QString& path) const;

    // Every problem the fields have before anything is saved (a date that is no date, an MPN ID with
    // letters in it), all listed at once with their fields marked; save() runs only when there is none.
    virtual QList<form::FieldError> problems() { return {}; }
    // Reads the record from the fields and hands it to the service.
    virtual Status save() = 0;
    // Sets the dialog's own texts: title, labels, accessible names (the buttons say Save and Cancel).
    virtual void retranslateForm() = 0;
    // Sets every text: the buttons', the dialog's own, the error's.
    void retranslateUi() final;

private:
    QWidget* fieldFor(const QString& path) const;

    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<std::pair<QString, QWidget*>> m_errorFields;
    QWidget* m_otherField = nullptr;
    std::optional<Error> m_lastError;
    QList<form::FieldError> m_lastProblems;
};

} // namespace lp
