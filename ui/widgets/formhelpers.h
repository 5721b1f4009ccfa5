#pragma once

#include "domain/error.h"

#include <QDate>
#include <QStringList>

#include <utility>

class QDateEdit;
class QDialog;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

// What every form dialog of the application shares, so they look and behave alike.
namespace lp::form {

// A date edit in ISO form with a calendar popup (today when `date` is null).
QDateEdit* dateEdit(QWidget* parent, const QDate& date, const char* objectName);
// The red line under a form that says what is wrong; hidden until used.
QLabel* errorLabel(QWidget* parent);
// Accept and reject buttons of our own (a QDialogButtonBox re-says its standard texts on
// a language change, after ours), added to `layout`.
std::pair<QPushButton*, QPushButton*> buttons(QDialog* dialog, QVBoxLayout* layout);
// Sets the label texts of a form's rows, top to bottom.
void setLabels(QFormLayout* form, const QStringList& labels);
// Says `error` in the label and puts the focus on the field it concerns.
void showError(QLabel* label, const Error& error, QWidget* field);

} // namespace lp::form
