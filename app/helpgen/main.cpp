// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Learning Partner Desk contributors
// lp-helpgen: a build-time tool. Turns one language of the user guide (docs/guide/<lang>/*.md) into
// the HTML pages, the Qt Help project (.qhp) and the collection project (.qhcp) that qhelpgenerator
// compiles into the help the application shows (docs/guide/README.md says how the guide is written).
//
//   lp-helpgen SOURCE_DIR OUTPUT_DIR LANG
//
// The order of the pages is the order of the links of SOURCE_DIR/index.md. A line `<a id="NAME"></a>`
// before a heading names that heading: F1 goes to page.html#NAME, in every language the same.
// Links to other .md pages become links to their .html page; images are copied next to the pages.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

struct Heading
{
    int level = 0;
    QString text;
    QString anchor; // empty: the heading has no name of its own
};

struct Page
{
    QString name; // file name without .md
    QString title;
    QList<Heading> headings;
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "lp-helpgen: %s\n", qPrintable(message));
    std::exit(1);
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(path));
    file.write(text.toUtf8());
}

// The pages in the order index.md links them, index first.
QStringList pageOrder(const QString& sourceDir)
{
    QStringList order{QStringLiteral("index")};
    static const QRegularExpression link(QStringLiteral(R"re(\]\(([a-z0-9-]+)\.md[)#])re"));
    auto it = link.globalMatch(readText(sourceDir + QStringLiteral("/index.md")));
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!order.contains(name))
            order << name;
    }
    return order;
}

// Strips the anchor lines, and says for the n-th heading (in the order of the text) the name it had.
QString takeAnchors(const QString& markdown, QStringList& anchorOfHeading)
{
    static const QRegularExpression anchorLine(
        QStringLiteral(R"re(^\s*<a id="([A-Za-z0-9_-]+)"></a>\s*$)re"));
    QStringList kept;
    QString pending;
    bool fenced = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            fenced = !fenced;
        if (!fenced) {
            const auto m = anchorLine.match(line);
            if (m.hasMatch()) {
                pending = m.captured(1);
                continue;
            }
            if (line.startsWith(QLatin1Char('#'))) {
                anchorOfHeading << pending;
                pending.clear();
            }
        }
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

Page convert(const QString& sourceDir, const QString& outDir, const QString& name, const QStringList& pages)
{
    Page page;
    page.name = name;
    QStringList anchors;
    const QString markdown =
        takeAnchors(readText(sourceDir + QLatin1Char('/') + name + QStringLiteral(".md")), anchors);
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);

    // Formats are changed after the walk: changing them during it would split the fragments walked.
    struct Edit
    {
        int from, to;
        QTextCharFormat format;
        bool merge;
    };
    QList<Edit> edits;
    int headingIndex = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level > 0) {
            Heading h{level, block.text().trimmed(),
                      headingIndex < anchors.size() ? anchors[headingIndex] : QString()};
            ++headingIndex;
            if (!h.anchor.isEmpty()) {
                QTextCharFormat format;
                format.setAnchor(true);
                format.setAnchorNames({h.anchor});
                edits.append({block.position(), block.position() + block.length() - 1, format, true});
            }
            if (level == 1 && page.title.isEmpty())
                page.title = h.text;
            page.headings << h;
        }
        // Links to pages of the guide point at their HTML; images are copied beside the pages.
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            bool changed = false;
            if (format.isImageFormat()) {
                QTextImageFormat image = format.toImageFormat();
                const QFileInfo source(QDir(sourceDir).filePath(image.name()));
                const QString target = QStringLiteral("images/") + source.fileName();
                QFile::remove(outDir + QLatin1Char('/') + target);
                // Before the first `./dev guide-shots` the pictures are missing: the pages are built without.
                if (!source.exists())
                    std::fprintf(stderr, "lp-helpgen: warning: %s.md: no image %s\n", qPrintable(name),
                                 qPrintable(image.name()));
                else if (!QFile::copy(source.filePath(), outDir + QLatin1Char('/') + target))
                    fail(QStringLiteral("cannot copy %1").arg(source.filePath()));
                image.setName(target);
                format = image;
                changed = true;
            }
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                QString href = format.anchorHref();
                static const QRegularExpression local(QStringLiteral(R"re(^([a-z0-9-]+)\.md(#.*)?$)re"));
                const auto m = local.match(href);
                const QFileInfo file(QDir(sourceDir).filePath(href));
                if (m.hasMatch()) {
                    if (!pages.contains(m.captured(1)))
                        fail(QStringLiteral("%1.md links to %2, which index.md does not list")
                                 .arg(name, href));
                    format.setAnchorHref(m.captured(1) + QStringLiteral(".html") + m.captured(2));
                    changed = true;
                } else if (!href.contains(QLatin1Char(':')) && !href.startsWith(QLatin1Char('#'))) {
                    // A file of the guide (an example): copied beside the pages.
                    if (!file.isFile())
                        fail(QStringLiteral("%1.md links to %2, which does not exist").arg(name, href));
                    const QString target = QStringLiteral("files/") + file.fileName();
                    QDir().mkpath(outDir + QStringLiteral("/files"));
                    QFile::remove(outDir + QLatin1Char('/') + target);
                    if (!QFile::copy(file.filePath(), outDir + QLatin1Char('/') + target))
                        fail(QStringLiteral("cannot copy %1").arg(file.filePath()));
                    format.setAnchorHref(target);
                    changed = true;
                }
            }
            if (changed)
                edits.append({fragment.position(), fragment.position() + fragment.length(), format, false});
        }
    }
    for (const Edit& edit : edits) {
        QTextCursor cursor(&doc);
        cursor.setPosition(edit.from);
        cursor.setPosition(edit.to, QTextCursor::KeepAnchor);
        if (edit.merge)
            cursor.mergeCharFormat(edit.format);
        else
            cursor.setCharFormat(edit.format);
    }
    if (page.title.isEmpty())
        fail(QStringLiteral("%1.md has no title (# heading)re").arg(name));

    // The body takes the reader's font, not the font of the machine that built the help.
    QString html = doc.toHtml();
    static const QRegularExpression bodyStyle(QStringLiteral(R"re(<body style="[^"]*">)re"));
    html.replace(bodyStyle, QStringLiteral("<body>"));
    // Headings get room above and below them.
    static const QRegularExpression heading(QStringLiteral(R"re(<h([1-4]) style="[^"]*">)re"));
    html.replace(heading, QStringLiteral(R"re(<h\1 style=" margin-top:16px; margin-bottom:8px;">)re"));
    html.replace(QStringLiteral("<head>"),
                 QStringLiteral("<head><title>%1</title>").arg(page.title.toHtmlEscaped()));
    writeText(outDir + QLatin1Char('/') + name + QStringLiteral(".html"), html);
    return page;
}

void writeProject(const QString& outDir, const QString& lang, const QList<Page>& pages)
{
    const QString base = QStringLiteral("learnpartner-") + lang;
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("QtHelpProject"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeTextElement(QStringLiteral("namespace"),
                         QStringLiteral("io.github.learnpartnerdesk.guide.") + lang);
    xml.writeTextElement(QStringLiteral("virtualFolder"), QStringLiteral("doc"));
    xml.writeStartElement(QStringLiteral("filterSection"));
    xml.writeStartElement(QStringLiteral("toc"));
    // The index page is the root; each page below it with its second-level headings.
    xml.writeStartElement(QStringLiteral("section"));
    xml.writeAttribute(QStringLiteral("title"), pages.first().title);
    xml.writeAttribute(QStringLiteral("ref"), QStringLiteral("index.html"));
    for (const Page& page : pages.mid(1)) {
        xml.writeStartElement(QStringLiteral("section"));
        xml.writeAttribute(QStringLiteral("title"), page.title);
        xml.writeAttribute(QStringLiteral("ref"), page.name + QStringLiteral(".html"));
        for (const Heading& h : page.headings) {
            if (h.level != 2 || h.anchor.isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("section"));
            xml.writeAttribute(QStringLiteral("title"), h.text);
            xml.writeAttribute(QStringLiteral("ref"), page.name + QStringLiteral(".html#") + h.anchor);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // section
    xml.writeEndElement(); // toc
    xml.writeStartElement(QStringLiteral("keywords"));
    for (const Page& page : pages) {
        for (const Heading& h : page.headings) {
            xml.writeStartElement(QStringLiteral("keyword"));
            xml.writeAttribute(QStringLiteral("name"), h.text);
            QString ref = page.name + QStringLiteral(".html");
            if (!h.anchor.isEmpty()) {
                ref += QLatin1Char('#') + h.anchor;
                xml.writeAttribute(QStringLiteral("id"), page.name + QLatin1Char('.') + h.anchor);
            }
            xml.writeAttribute(QStringLiteral("ref"), ref);
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // keywords
    xml.writeStartElement(QStringLiteral("files"));
    for (const Page& page : pages)
        xml.writeTextElement(QStringLiteral("file"), page.name + QStringLiteral(".html"));
    for (const QString& folder : {QStringLiteral("images"), QStringLiteral("files")})
        for (const QString& file :
             QDir(outDir + QLatin1Char('/') + folder).entryList(QDir::Files, QDir::Name))
            xml.writeTextElement(QStringLiteral("file"), folder + QLatin1Char('/') + file);
    xml.writeEndElement(); // files
    xml.writeEndElement(); // filterSection
    xml.writeEndElement(); // QtHelpProject
    xml.writeEndDocument();
    writeText(outDir + QLatin1Char('/') + base + QStringLiteral(".qhp"), text);

    QString collection;
    QXmlStreamWriter c(&collection);
    c.setAutoFormatting(true);
    c.writeStartDocument();
    c.writeStartElement(QStringLiteral("QHelpCollectionProject"));
    c.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    c.writeStartElement(QStringLiteral("docFiles"));
    c.writeStartElement(QStringLiteral("generate"));
    c.writeStartElement(QStringLiteral("file"));
    c.writeTextElement(QStringLiteral("input"), base + QStringLiteral(".qhp"));
    c.writeTextElement(QStringLiteral("output"), base + QStringLiteral(".qch"));
    c.writeEndElement();
    c.writeEndElement(); // generate
    c.writeStartElement(QStringLiteral("register"));
    c.writeTextElement(QStringLiteral("file"), base + QStringLiteral(".qch"));
    c.writeEndElement();
    c.writeEndElement(); // docFiles
    c.writeEndElement();
    c.writeEndDocument();
    writeText(outDir + QLatin1Char('/') + base + QStringLiteral(".qhcp"), collection);
}

} // namespace

int main(int argc, char* argv[])
{
    // QTextDocument needs a QGuiApplication (fonts); the build has no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        fail(QStringLiteral("usage: lp-helpgen SOURCE_DIR OUTPUT_DIR LANG"));
    const QString sourceDir = args[1];
    const QString outDir = args[2];
    const QString lang = args[3];
    if (!QDir().mkpath(outDir + QStringLiteral("/images")))
        fail(QStringLiteral("cannot create %1").arg(outDir));
    const QStringList order = pageOrder(sourceDir);
    for (const QFileInfo& md : QDir(sourceDir).entryInfoList({QStringLiteral("*.md")}, QDir::Files))
        if (!order.contains(md.completeBaseName()))
            fail(QStringLiteral("index.md does not list %1").arg(md.fileName()));
    QList<Page> pages;
    for (const QString& name : order)
        pages << convert(sourceDir, outDir, name, order);
    writeProject(outDir, lang, pages);
    return 0;
}
