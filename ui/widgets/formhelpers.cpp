// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
#include "formhelpers.h"

#include "domain/displayformat.h"
#include "domain/messages.h"
#include "widgets/announcer.h"
#include "widgets/localedateedit.h"
#include "widgets/statecolors.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lp::form {

QDateEdit* dateEdit(QWidget* parent, const QDate& date, const char* objectName)
{
    auto* e = new ui::LocaleDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    e->setObjectName(QLatin1String(objectName));
    return e;
}

namespace {
const QDate kNoBound(2000, 1, 1); // a bound's date edit at its minimum means "no bound"

// Qt's date edit swallows Tab while it shows its special value text (our "no bound"): the focus
// would stay in it for good. This hands Tab and Shift+Tab on to the next or previous stop then
// (docs/architecture.md#keyboard-and-screen-readers).
class TabLeavesSpecialValue : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* edit = qobject_cast<QDateEdit*>(watched); // the edit, or its line edit
        if (!edit)
            edit = qobject_cast<QDateEdit*>(watched->parent());
        if (!edit || event->type() != QEvent::KeyPress || edit->date() != edit->minimumDate())
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab) ||
            (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return false;
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        for (QWidget* w = forward ? edit->nextInFocusChain() : edit->previousInFocusChain(); w != edit;
             w = forward ? w->nextInFocusChain() : w->previousInFocusChain()) {
            if (w->window() == edit->window() && !edit->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
                w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                return true;
            }
        }
        return false;
    }
};
} // namespace

QDateEdit* boundDateEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new ui::LocaleDateEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMinimumDate(kNoBound);
    edit->setDate(kNoBound);
    auto* tabLeaves = new TabLeavesSpecialValue(edit);
    edit->installEventFilter(tabLeaves);
    for (QLineEdit* part : edit->findChildren<QLineEdit*>())
        part->installEventFilter(tabLeaves);
    return edit;
}

QDate dateBound(const QDateEdit* edit)
{
    return edit->date() == kNoBound ? QDate() : edit->date();
}

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error"));
    l->setWordWrap(true);
    ui::setStateText(l, ui::State::Short);
    l->hide();
    return l;
}

QLabel* confirmationLabel(QWidget* parent, const char* objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    ui::setStateText(l, ui::State::Met);
    a11y::makeAnnouncer(l);
    l->hide();
    return l;
}

std::pair<QPushButton*, QPushButton*> buttons(QDialog* dialog, QVBoxLayout* layout)
{
    auto* box = new QDialogButtonBox(dialog);
    QPushButton* ok = box->addButton(QString(), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    QPushButton* cancel = box->addButton(QString(), QDialogButtonBox::RejectRole);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    return {ok, cancel};
}

void addRows(QFormLayout* form, QWidget* parent, std::initializer_list<QWidget*> fields)
{
    for (QWidget* field : fields) {
        auto* label = new QLabel(parent);
        label->setBuddy(field);
        form->addRow(label, field);
    }
}

QHBoxLayout* heading(QWidget* parent, QLabel** label)
{
    *label = new QLabel(parent);
    QFont font = (*label)->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    (*label)->setFont(font);
    auto* icon = new QLabel(parent);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/learnpartner.svg")).pixmap(48, 48));
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(*label, 1);
    return row;
}

void setLabels(QFormLayout* form, const QStringList& labels)
{
    for (int row = 0; row < labels.size() && row < form->rowCount(); ++row) {
        if (auto* item = form->itemAt(row, QFormLayout::LabelRole))
            qobject_cast<QLabel*>(item->widget())->setText(labels[row]);
    }
}

void showError(QLabel* label, const Error& error, QWidget* field)
{
    label->setText(Messages::text(error));
    label->show();
    if (field)
        field->setFocus();
}

void markInvalid(QWidget* field, bool invalid, const QString& why)
{
    if (!field || isMarkedInvalid(field) == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->setAccessibleDescription(invalid ? why : QString());
    if (invalid) {
        const QColor c = ui::stateForeground(ui::State::Short, field->palette());
        field->setStyleSheet(QStringLiteral("border: 2px solid %1;").arg(c.name()));
    } else {
        field->setStyleSheet(QString());
    }
}

bool isMarkedInvalid(const QWidget* field)
{
    return field && field->property("invalid").toBool();
}

void showErrors(QLabel* label, const QList<FieldError>& errors, const QList<QWidget*>& fields)
{
    for (QWidget* f : fields)
        markInvalid(f, false);
    if (errors.isEmpty()) {
        label->clear();
        label->hide();
        return;
    }
    QStringList lines;
    for (const FieldError& e : errors) {
        const QString sentence = Messages::text(e.error);
        const QString name = e.field ? e.field->accessibleName() : QString();
        lines.append(name.isEmpty() ? sentence
                                    : QCoreApplication::translate("lp::form", "%1: %2").arg(name, sentence));
        if (e.field)
            markInvalid(e.field, true, sentence);
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->show();
    // The lines take room: the window grows to show them and every field whole.
    if (QWidget* window = label->window(); window && window->layout()) {
        window->layout()->activate();
        window->resize(window->width(), std::max(window->height(), window->sizeHint().height()));
    }
    if (errors.first().field)
        errors.first().field->setFocus();
}

QLabel* workspaceHeading(QWidget* parent)
{
    auto* heading = new QLabel(parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QTableWidget* listTable(QWidget* parent, const char* objectName, int columns)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    fitColumnsToContents(t->horizontalHeader());
    t->setTabKeyNavigation(false);
    return t;
}

namespace {
class NaturalSize : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange) {
            auto* w = static_cast<QWidget*>(watched);
            // After the layout has taken the new texts.
            QTimer::singleShot(0, w, [w] {
                if (w->layout())
                    w->layout()->activate();
                w->setMinimumSize(w->minimumSize().expandedTo(w->sizeHint()));
            });
        }
        return false;
    }
};
} // namespace

void keepNaturalSize(QWidget* window)
{
    window->installEventFilter(new NaturalSize(window));
}

void fitColumnsToContents(QHeaderView* header)
{
    // Every column as wide as its widest text, header included, in every language; a horizontal
    // scroll bar when the window is narrower (docs/architecture.md#translations).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void fitHeaderTexts(QHeaderView* header)
{
    for (int i = 0; i < header->count(); ++i)
        if (header->sectionSize(i) < header->sectionSizeHint(i))
            header->resizeSection(i, header->sectionSizeHint(i));
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]); // whole, where the column cuts it ("Waiting for the batch; visib…")
        table->setItem(row, c, item);
    }
}

void fitColumns(QTableWidget* table, int widest)
{
    table->setTextElideMode(Qt::ElideRight);
    table->resizeColumnsToContents();
    // A long text (a landing page's address) takes at most `widest` pixels, so the columns after it
    // show whole; its cells elide, their tooltips say them whole.
    for (int c = 0; c + 1 < table->columnCount(); ++c) {
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
    }
}

QString longDate(const QDate& date)
{
    return display::longDate(date);
}

namespace {
class DateItem : public QTableWidgetItem
{
public:
    explicit DateItem(const QDate& date) : QTableWidgetItem(display::shortDate(date)), m_date(date) {}
    bool operator<(const QTableWidgetItem& other) const override
    {
        if (const auto* d = dynamic_cast<const DateItem*>(&other))
            return m_date < d->m_date;
        return QTableWidgetItem::operator<(other);
    }

private:
    QDate m_date;
};
} // namespace

QTableWidgetItem* dateItem(const QDate& date)
{
    return new DateItem(date);
}

bool writePdf(QTextDocument& document, const QString& fileName, const QString& title, QString* fileError)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("Learning Partner Desk"));
        writer.setTitle(title);
        document.print(&writer);
        if (file.commit())
            return true;
    }
    if (fileError)
        *fileError = file.errorString();
    return false;
}

BusyCursor::BusyCursor()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
}

BusyCursor::~BusyCursor()
{
    QGuiApplication::restoreOverrideCursor();
}

} // namespace lp::form
