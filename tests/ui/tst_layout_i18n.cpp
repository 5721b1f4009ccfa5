// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Every screen (tests/common/screentour.h) in English, in Italian and in a pseudo-translation
// (every message 40% longer, with accents), at the size it opens with and at its minimum size:
// no two controls of one window share a mnemonic, and no label, button, check box, tab, group
// title, column header or table cell has text that does not fit (clipped or elided).
#include "guitest.h"
#include "i18n/translations.h"
#include "screentour.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

using namespace lp;

namespace {

// English made 40% longer and accented, placeholders, mnemonics and HTML tags kept: what a
// longer language does to the layout, before it is translated.
QString pseudo(const QString& text)
{
    static const QString plain = QStringLiteral("aeiouAEIOU");
    static const QString accented = QStringLiteral("àéìòùÀÉÌÒÙ");
    QString out;
    int letters = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) { // an HTML tag, as it is
            const int end = text.indexOf(QLatin1Char('>'), i);
            if (end < 0) {
                out += text.mid(i);
                break;
            }
            out += text.mid(i, end - i + 1);
            i = end;
            continue;
        }
        if (c == QLatin1Char('&')) { // an entity (&amp;) or a mnemonic (&x), as it is
            static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
            const QRegularExpressionMatch e = entity.match(text, i, QRegularExpression::NormalMatch,
                                                           QRegularExpression::AnchorAtOffsetMatchOption);
            const qsizetype length = e.hasMatch() ? e.capturedLength() : qMin<qsizetype>(2, text.size() - i);
            out += text.mid(i, length);
            i += int(length) - 1;
            continue;
        }
        if (c == QLatin1Char('%')) { // %1, %L1, %n, %Ln, as it is
            static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
            const QRegularExpressionMatch p = placeholder.match(
                text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const qsizetype length = p.hasMatch() ? p.capturedLength() : 1;
            out += text.mid(i, length);
            i += int(length) - 1;
            continue;
        }
        if (c.isLetter())
            ++letters;
        const int k = plain.indexOf(c);
        out += k >= 0 ? accented.at(k) : c;
    }
    if (letters == 0)
        return out;
    // The padding goes before a trailing colon or ellipsis, so a label still ends with it.
    static const QRegularExpression tail(QStringLiteral("(:|\\.\\.\\.|…)?\\s*$"));
    const QString padding = QLatin1Char(' ') + QString(qMax(1, (letters * 4 + 9) / 10), QChar(0x00B7));
    const int at = int(tail.match(out).capturedStart());
    return out.left(at) + padding + out.mid(at);
}

// Answers with the English of the application's own .qm, lengthened by pseudo().
class PseudoTranslator : public QTranslator
{
public:
    PseudoTranslator()
    {
        if (!m_english.load(QStringLiteral(":/i18n/learnpartner_en.qm")))
            qFatal("the English translation is not embedded");
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        QString english = m_english.translate(context, source, disambiguation, n);
        if (english.isEmpty())
            english = QString::fromUtf8(source);
        return pseudo(english);
    }

private:
    QTranslator m_english;
};

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QChar mnemonicOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The widgets a person sees in `window` now (not those of hidden pages or other windows).
QList<QWidget*> shown(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>())
        if (w->window() == window && w->isVisibleTo(window))
            out << w;
    return out;
}

QString describe(QWidget* w, const QString& text)
{
    const QString name =
        w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return QStringLiteral("%1 \"%2\"").arg(name, text);
}

QStringList mnemonicClashes(QWidget* window)
{
    QHash<QChar, QStringList> users;
    auto add = [&](const QString& text, QWidget* w) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            users[m] << describe(w, text);
    };
    for (QWidget* w : shown(window)) {
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text(), w);
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text(), w);
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title(), w);
        else if (auto* t = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i), w);
    }
    if (auto* main = qobject_cast<QMainWindow*>(window))
        for (QAction* a : main->menuBar()->actions())
            if (a->isVisible())
                add(a->text(), main->menuBar());
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it->size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QLatin1String(", ")));
    return clashes;
}

int textWidth(const QWidget* w, const QString& text)
{
    int widest = 0;
    for (const QString& line : withoutMnemonic(text).split(QLatin1Char('\n')))
        widest = qMax(widest, w->fontMetrics().horizontalAdvance(line));
    return widest;
}

QStringList clippedTexts(QWidget* window)
{
    QStringList found;
    for (QWidget* w : shown(window)) {
        if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            const QRect r = l->contentsRect().adjusted(l->margin(), l->margin(), -l->margin(), -l->margin());
            if (l->wordWrap()) {
                if (l->heightForWidth(l->width()) > l->height() + 1)
                    found << QStringLiteral("%1: cut at the bottom (%2 of %3 px)")
                                 .arg(describe(l, l->text().left(60)))
                                 .arg(l->height())
                                 .arg(l->heightForWidth(l->width()));
            } else if (l->sizeHint().width() > l->width() + 1 && r.width() < textWidth(l, l->text())) {
                found << QStringLiteral("%1: %2 of %3 px")
                             .arg(describe(l, l->text().left(60)))
                             .arg(l->width())
                             .arg(l->sizeHint().width());
            }
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            // An icon-only tool button (a line edit's date picker) shows no text.
            if (auto* tool = qobject_cast<QToolButton*>(b);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            // The style's own measure of text, icon, indicator and margins.
            if (!b->text().isEmpty() && b->sizeHint().width() > b->width())
                found << QStringLiteral("%1: %2 of %3 px")
                             .arg(describe(b, b->text()))
                             .arg(b->width())
                             .arg(b->sizeHint().width());
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            // What a date or number field shows (its value, or the special text of "no bound") fits
            // its edit area, the line edit inside it less that edit's margins.
            const QLineEdit* edit = spin->findChild<QLineEdit*>();
            const QString text = spin->text();
            if (edit && !text.isEmpty() && textWidth(edit, text) + 4 > edit->contentsRect().width())
                found << QStringLiteral("%1: %2 of %3 px")
                             .arg(describe(spin, text))
                             .arg(edit->contentsRect().width())
                             .arg(textWidth(edit, text) + 4);
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            if (!g->title().isEmpty() && textWidth(g, g->title()) + 16 > g->width())
                found << describe(g, g->title());
        } else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i) && textWidth(t, t->tabText(i)) + 8 > t->tabRect(i).width())
                    found << describe(t, t->tabText(i));
        } else if (auto* h = qobject_cast<QHeaderView*>(w);
                   h && h->orientation() == Qt::Horizontal && h->model()) {
            for (int s = 0; s < h->count(); ++s) {
                if (h->isSectionHidden(s))
                    continue;
                const QString text = h->model()->headerData(s, Qt::Horizontal).toString();
                const int need = h->sectionSizeHint(s);
                if (!text.isEmpty() && need > h->sectionSize(s))
                    found << QStringLiteral("%1: column %2 is %3 of %4 px")
                                 .arg(describe(h->parentWidget() ? h->parentWidget() : h, text))
                                 .arg(s)
                                 .arg(h->sectionSize(s))
                                 .arg(need);
            }
        } else if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            // The rows on screen: a cell's text fits its column, or the cell says it in a tooltip;
            // a table that wraps its texts and grows its rows to them clips nothing.
            if (auto* t = qobject_cast<QTableView*>(v);
                t && t->wordWrap() &&
                t->verticalHeader()->sectionResizeMode(0) == QHeaderView::ResizeToContents)
                continue;
            const QAbstractItemModel* m = v->model();
            for (int row = 0; row < qMin(m->rowCount(), 30); ++row) {
                for (int col = 0; col < m->columnCount(); ++col) {
                    const QModelIndex i = m->index(row, col);
                    const QRect rect = v->visualRect(i);
                    if (rect.isEmpty() || !v->viewport()->rect().intersects(rect))
                        continue;
                    const QString text = i.data(Qt::DisplayRole).toString();
                    if (text.isEmpty() || text.contains(QLatin1Char('\n')))
                        continue;
                    const int need = v->sizeHintForIndex(i).width();
                    const bool told = i.data(Qt::ToolTipRole).toString().contains(text);
                    if (need > rect.width() && !told)
                        found << QStringLiteral("%1: cell %2,%3 is %4 of %5 px")
                                     .arg(describe(v, text.left(60)))
                                     .arg(row)
                                     .arg(col)
                                     .arg(rect.width())
                                     .arg(need);
                }
            }
        }
    }
    return found;
}

} // namespace

class TestLayoutI18n : public QObject
{
    Q_OBJECT

    PseudoTranslator m_pseudo;

    void tour(const QString& language)
    {
        QStringList problems;
        int screens = 0;
        test::ScreenTour tour;
        tour.visit([&](const QString& name, QWidget* window) {
            ++screens;
            const QSize opened = window->size();
            for (const QSize size : {opened, window->minimumSizeHint().expandedTo(window->minimumSize())}) {
                window->resize(size);
                QApplication::processEvents();
                const QString where = QStringLiteral("[%1] %2 at %3x%4")
                                          .arg(language, name)
                                          .arg(size.width())
                                          .arg(size.height());
                if (const QString shots = qEnvironmentVariable("LP_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    QString file = QStringLiteral("%1-%2-%3x%4")
                                       .arg(language, name)
                                       .arg(size.width())
                                       .arg(size.height());
                    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
                    window->grab().save(shots + QLatin1Char('/') + file + QStringLiteral(".png"));
                }
                for (const QString& p : mnemonicClashes(window))
                    problems << where + QStringLiteral(": mnemonic ") + p;
                for (const QString& p : clippedTexts(window))
                    problems << where + QStringLiteral(": does not fit: ") + p;
            }
            window->resize(opened);
        });
        QVERIFY2(screens > 25, qPrintable(QString::number(screens)));
        problems.removeDuplicates();
        for (const QString& p : std::as_const(problems))
            qInfo().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems (listed above)").arg(problems.size())));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LearningPartnerDeskTests"));
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_pseudo);
        Translations::install(QStringLiteral("en"));
    }

    // The pseudo-translation keeps placeholders, mnemonics and tags, and is 40% longer.
    void pseudoTranslation()
    {
        QCOMPARE(pseudo(QStringLiteral("&Name:")), QStringLiteral("&Nàmé ··:"));
        QCOMPARE(pseudo(QStringLiteral("<b>Case %1</b>, %n day(s)")),
                 QStringLiteral("<b>Càsé %1</b>, %n dày(s) ····"));
        QVERIFY(pseudo(QStringLiteral("Export the ledger...")).endsWith(QLatin1String("...")));
    }

    // The checks find what they are for: two buttons with one mnemonic, a label too narrow.
    void plantedProblemsAreFound()
    {
        QWidget window;
        auto* first = new QPushButton(QStringLiteral("&Save"), &window);
        auto* second = new QPushButton(QStringLiteral("&Send"), &window);
        second->move(0, 40);
        auto* label = new QLabel(QStringLiteral("A label much longer than the room it has"), &window);
        label->move(0, 80);
        label->resize(40, 20);
        auto* date = new QDateEdit(&window);
        date->setSpecialValueText(QStringLiteral("any day at all, whichever"));
        date->setDate(date->minimumDate());
        date->move(0, 110);
        date->resize(90, 24);
        window.resize(300, 150);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        first->adjustSize();
        second->adjustSize();
        const QStringList clashes = mnemonicClashes(&window);
        QCOMPARE(clashes.size(), 1);
        QVERIFY(clashes.first().startsWith(QLatin1String("Alt+s")));
        const QStringList clipped = clippedTexts(&window);
        QCOMPARE(clipped.size(), 2);
        QVERIFY(clipped.first().contains(QLatin1String("A label much longer")));
        QVERIFY(clipped.last().contains(QLatin1String("any day at all")));
    }

    void english() { tour(QStringLiteral("en")); }

    void italian()
    {
        QVERIFY(Translations::install(QStringLiteral("it")));
        tour(QStringLiteral("it"));
    }

    void pseudoLonger()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCoreApplication::installTranslator(&m_pseudo);
        tour(QStringLiteral("pseudo"));
    }
};

QTEST_MAIN(TestLayoutI18n)
#include "tst_layout_i18n.moc"
