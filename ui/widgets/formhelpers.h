// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QStringList>

#include <initializer_list>
#include <utility>

class QDateEdit;
class QDialog;
class QFormLayout;
class QHBoxLayout;
class QHeaderView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTextDocument;
class QVBoxLayout;
class QWidget;

// What every form dialog of the application shares, so they look and behave alike.
namespace lp::form {

// A date edit in ISO form with a calendar popup (today when `date` is null).
QDateEdit* dateEdit(QWidget* parent, const QDate& date, const char* objectName);
// A filter's date bound: an ISO date edit with a calendar popup that starts at "no bound" (its minimum,
// shown as the special value text the caller sets); dateBound() reads it, null for no bound.
QDateEdit* boundDateEdit(QWidget* parent, const char* objectName);
QDate dateBound(const QDateEdit* edit);
// The red line under a form that says what is wrong; hidden until used.
QLabel* errorLabel(QWidget* parent);
// The line that says what an action wrote (the record's number and date), in the "met" colour,
// named `objectName`; hidden until used (docs/architecture.md#every-action-answers).
QLabel* confirmationLabel(QWidget* parent, const char* objectName);
// Accept and reject buttons of our own (a QDialogButtonBox re-says its standard texts on
// a language change, after ours), added to `layout`.
std::pair<QPushButton*, QPushButton*> buttons(QDialog* dialog, QVBoxLayout* layout);
// Adds one row per field, each with an empty label whose buddy is the field (the label's
// mnemonic then focuses it); setLabels() gives the texts.
void addRows(QFormLayout* form, QWidget* parent, std::initializer_list<QWidget*> fields);
// The dialog's own heading, with the application icon: the window manager may show no title.
QHBoxLayout* heading(QWidget* parent, QLabel** label);
// Sets the label texts of a form's rows, top to bottom.
void setLabels(QFormLayout* form, const QStringList& labels);
// Says `error` in the label and puts the focus on the field it concerns.
void showError(QLabel* label, const Error& error, QWidget* field);
// One problem of a form: the field it concerns (null: the form as a whole) and what is wrong.
struct FieldError
{
    QWidget* field = nullptr;
    Error error;
};
// Every problem of a form at once, one line each ("MPN ID: The MPN ID must be made of digits only."),
// each field marked (markInvalid) and the focus on the first; an empty list hides the label and
// clears the marks of `fields`.
void showErrors(QLabel* label, const QList<FieldError>& errors, const QList<QWidget*>& fields);
// A field whose value is refused: a frame in the "short" state colour and the property invalid=true
// (which tests and assistive descriptions read); false puts it back as it was.
void markInvalid(QWidget* field, bool invalid, const QString& why = {});
bool isMarkedInvalid(const QWidget* field);

// A workspace's own title: large and bold, above its content.
QLabel* workspaceHeading(QWidget* parent);
// A read-only list: whole rows selected one at a time, no row numbers, Tab leaves it.
QTableWidget* listTable(QWidget* parent, const char* objectName, int columns);
// A window that cannot be made smaller than the size its content needs in the language of the
// moment (its size hint, taken when it is shown and after a language change): Qt's own minimum
// leaves word-wrapped texts cut at the bottom.
void keepNaturalSize(QWidget* window);
// A list's columns as wide as their texts (header and cells), whatever the language.
void fitColumnsToContents(QHeaderView* header);
// Widens the columns of a large view (sized by hand or by its first rows) to their header's text.
void fitHeaderTexts(QHeaderView* header);
// Fills `row` of a list with one text per column, each with its whole text as its tooltip.
void setRow(QTableWidget* table, int row, const QStringList& cells);
// Columns sized to their content, none but the last wider than `widest` (its cells elide, the
// tooltips say them whole).
void fitColumns(QTableWidget* table, int widest = 280);
// A date as users read it in the current language ("27 November 2026").
QString longDate(const QDate& date);
// A table cell showing `date` in the short form of the current language (four-digit year)
// that sorts by the date, not by its text.
QTableWidgetItem* dateItem(const QDate& date);
// Prints `document` to an A4 PDF written whole or not at all; false with the file's
// error in `fileError` when it cannot be written.
bool writePdf(QTextDocument& document, const QString& fileName, const QString& title, QString* fileError);

// The wait cursor while it lives: for the second or two a large ledger's sums take.
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace lp::form
