// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// Both .ts files against translations/glossary.md: every message whose English uses a program
// term uses the glossary's Italian word and none of the words to avoid; no Italian message
// addresses the reader as "voi" or "tu"; no English message uses British spelling.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Term
{
    QString name;
    QRegularExpression english;
    QRegularExpression italian; // may be empty: only the avoid list applies
    QRegularExpression avoid;   // may be empty
};

struct Glossary
{
    QList<Term> terms;
    QList<QRegularExpression> registerAvoid; // Italian, every message
    QList<QRegularExpression> spellingAvoid; // English, every message
};

struct Message
{
    QString context;
    QString source;
    QStringList forms; // one, or the numerus forms
};

QRegularExpression pattern(const QString& cell)
{
    static const QRegularExpression code(QStringLiteral("^`(.*)`$"));
    const QRegularExpressionMatch m = code.match(cell);
    if (!m.hasMatch())
        return {};
    return QRegularExpression(m.captured(1), QRegularExpression::CaseInsensitiveOption |
                                                 QRegularExpression::UseUnicodePropertiesOption);
}

// The cells of a Markdown table row; `\|` inside a cell is a literal bar.
QStringList cells(const QString& line)
{
    static const QRegularExpression bar(QStringLiteral("(?<!\\\\)\\|"));
    QStringList parts = line.trimmed().split(bar);
    if (parts.size() < 3)
        return {};
    parts = parts.mid(1, parts.size() - 2);
    for (QString& p : parts)
        p = p.trimmed().replace(QLatin1String("\\|"), QLatin1String("|"));
    return parts;
}

Glossary parseGlossary(const QString& markdown)
{
    Glossary g;
    QString table;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            table.clear();
            continue;
        }
        const QStringList c = cells(line);
        if (c.isEmpty())
            continue;
        if (c.first() == QLatin1String("English") || c.first() == QLatin1String("Scope")) {
            table = c.first();
            continue;
        }
        if (c.first().startsWith(QLatin1String("---")))
            continue;
        if (table == QLatin1String("English") && c.size() >= 5)
            g.terms.append({c[0], pattern(c[1]), pattern(c[3]), pattern(c[4])});
        else if (table == QLatin1String("Scope") && c[0] == QLatin1String("register"))
            g.registerAvoid.append(pattern(c[1]));
        else if (table == QLatin1String("Scope") && c[0] == QLatin1String("spelling"))
            g.spellingAvoid.append(pattern(c[1]));
    }
    return g;
}

// The live messages of a .ts file (vanished and obsolete ones left out).
QList<Message> readTs(const QByteArray& xml)
{
    QList<Message> out;
    QXmlStreamReader r(xml);
    QString context;
    Message current;
    bool numerus = false;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        if (name == QLatin1String("name")) {
            context = r.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}};
            numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = r.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = r.attributes().value(QLatin1String("type")).toString();
            if (numerus) {
                while (r.readNextStartElement())
                    current.forms.append(r.readElementText());
            } else {
                current.forms.append(r.readElementText());
            }
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                out.append(current);
        } else if (name != QLatin1String("TS") && name != QLatin1String("context")) {
            r.skipCurrentElement(); // location, comment, ...
        }
    }
    return out;
}

QString withoutMnemonics(QString s)
{
    return s.remove(QLatin1Char('&'));
}

QStringList italianFindings(const Glossary& g, const QList<Message>& messages)
{
    QStringList findings;
    for (const Message& m : messages) {
        const QString source = withoutMnemonics(m.source);
        for (const QString& raw : m.forms) {
            const QString text = withoutMnemonics(raw);
            for (const QRegularExpression& re : g.registerAvoid)
                if (re.match(text).hasMatch())
                    findings << QStringLiteral("register: %1 \"%2\"").arg(m.context, text);
            for (const Term& t : g.terms) {
                if (!t.english.match(source).hasMatch())
                    continue;
                if (!t.italian.pattern().isEmpty() && !t.italian.match(text).hasMatch())
                    findings << QStringLiteral("%1: \"%2\" is not \"%3\" in %4 \"%5\"")
                                    .arg(t.name, text, t.italian.pattern(), m.context, source);
                if (!t.avoid.pattern().isEmpty() && t.avoid.match(text).hasMatch())
                    findings << QStringLiteral("%1: \"%2\" uses a word to avoid (%3)")
                                    .arg(t.name, text, t.avoid.pattern());
            }
        }
    }
    return findings;
}

QStringList englishFindings(const Glossary& g, const QList<Message>& messages)
{
    QStringList findings;
    for (const Message& m : messages)
        for (const QString& text : QStringList{m.source} + m.forms)
            for (const QRegularExpression& re : g.spellingAvoid)
                if (re.match(text).hasMatch())
                    findings << QStringLiteral("spelling: %1 \"%2\"").arg(m.context, text);
    return findings;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString dir()
{
    return QStringLiteral(LP_SOURCE_DIR "/translations");
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

    Glossary m_glossary;

private slots:
    void initTestCase()
    {
        m_glossary = parseGlossary(QString::fromUtf8(readFile(dir() + QStringLiteral("/glossary.md"))));
    }

    void glossaryIsReadable()
    {
        QVERIFY2(m_glossary.terms.size() >= 30, qPrintable(QString::number(m_glossary.terms.size())));
        QCOMPARE(m_glossary.registerAvoid.size(), 1);
        QCOMPARE(m_glossary.spellingAvoid.size(), 1);
        for (const Term& t : std::as_const(m_glossary.terms)) {
            QVERIFY2(t.english.isValid() && !t.english.pattern().isEmpty(), qPrintable(t.name));
            QVERIFY2(t.italian.isValid(), qPrintable(t.name));
            QVERIFY2(t.avoid.isValid(), qPrintable(t.name));
        }
    }

    void italianFollowsTheGlossary()
    {
        const QList<Message> it = readTs(readFile(dir() + QStringLiteral("/learnpartner_it.ts")));
        QVERIFY(it.size() > 500);
        const QStringList findings = italianFindings(m_glossary, it);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    }

    void englishIsAmerican()
    {
        const QList<Message> en = readTs(readFile(dir() + QStringLiteral("/learnpartner_en.ts")));
        QVERIFY(en.size() > 500);
        const QStringList findings = englishFindings(m_glossary, en);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
    }

    // The checks find what they are for: a planted wrong term, a "voi", a word to avoid and a
    // British spelling are each reported, and the numerus forms are read one by one.
    void plantedMistakesAreFound()
    {
        const QByteArray planted = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="it_IT">
<context><name>lp::Planted</name>
<message><source>&amp;New enrollment...</source><translation>&amp;Nuova iscrizione...</translation></message>
<message><source>Your memberships</source><translation>Le vostre appartenenze</translation></message>
<message numerus="yes"><source>%n case(s) in the window of the report</source>
<translation><numerusform>%n caso nel periodo del report</numerusform><numerusform>%n segnalazioni nella finestra del report</numerusform></translation></message>
<message><source>The organisation</source><translation type="vanished">L'organizzazione</translation></message>
</context></TS>)";
        const QList<Message> messages = readTs(planted);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[2].forms.size(), 2);
        const QStringList findings = italianFindings(m_glossary, messages);
        auto has = [&](const QString& what) {
            for (const QString& f : findings)
                if (f.contains(what))
                    return true;
            return false;
        };
        QVERIFY2(has(QStringLiteral("enroll, enrollment: \"Nuova iscrizione...\" is not")),
                 qPrintable(findings.join(QLatin1Char('\n'))));
        QVERIFY(has(QStringLiteral("register: lp::Planted \"Le vostre appartenenze\"")));
        QVERIFY(
            has(QStringLiteral("discrepancy case: \"%n segnalazioni nella finestra del report\" is not")));
        QVERIFY(has(QStringLiteral("KPI window: \"%n segnalazioni nella finestra del report\" uses a word")));
        QVERIFY(!has(QStringLiteral("\"%n caso nel periodo del report\"")));

        QByteArray british = planted;
        british.replace("type=\"vanished\"", "");
        const QStringList spelling = englishFindings(m_glossary, readTs(british));
        QCOMPARE(spelling.size(), 1);
        QVERIFY(spelling.first().contains(QLatin1String("The organisation")));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
