#include "import/wordimport.h"

#include "import/markdownwriter.h"
#include "import/ooxml.h"
#include "import/odtstyles.h"
#include "import/zipreader.h"

#include <QCoreApplication>

namespace Shortlist {

using namespace Import;
using namespace Import::Odf;

namespace {

// The strings of this file, under the context lupdate and the translations know.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Shortlist::Import)
};

// Reads office:text (and the headers and footers of the master pages) into blocks, by the
// same rules as the Word reader: headings, emphasis, lists, tables, text in frames.
class OdtReader
{
public:
    OdtReader(const QByteArray &data, const OdtStyles &styles) : m_xml(data), m_styles(styles) {}

    bool readBody(Blocks &blocks)
    {
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() == QXmlStreamReader::StartElement && is(m_xml, officeNs, u"text")) {
                readBlocks(blocks, {});
                break;
            }
        }
        return !m_xml.hasError();
    }

    // The headers (first) and footers of styles.xml's master pages.
    bool readHeadersAndFooters(Blocks &headers, Blocks &footers)
    {
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.namespaceUri() != styleNs)
                continue;
            if (m_xml.name().startsWith(u"header"))
                readBlocks(headers, {});
            else if (m_xml.name().startsWith(u"footer"))
                readBlocks(footers, {});
        }
        return !m_xml.hasError();
    }

    const QXmlStreamReader &xml() const { return m_xml; }

private:
    struct ListContext
    {
        int depth = -1; // -1 outside lists
        QString style;
    };

    static bool isSkipped(const QXmlStreamReader &xml)
    {
        return is(xml, textNs, u"tracked-changes") || is(xml, textNs, u"sequence-decls")
            || is(xml, textNs, u"note") || is(xml, officeNs, u"annotation") || is(xml, officeNs, u"forms")
            || is(xml, textNs, u"soft-page-break") || is(xml, tableNs, u"table-columns")
            || is(xml, tableNs, u"table-column") || is(xml, textNs, u"table-of-content-source")
            || is(xml, textNs, u"index-title-template");
    }

    void readBlocks(Blocks &blocks, const ListContext &list)
    {
        const Ooxml::NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, textNs, u"p") || is(m_xml, textNs, u"h"))
                readParagraph(blocks, list);
            else if (is(m_xml, textNs, u"list"))
                readList(blocks, list);
            else if (is(m_xml, tableNs, u"table"))
                readTable(blocks);
            else if (isSkipped(m_xml))
                m_xml.skipCurrentElement();
            else
                readBlocks(blocks, list); // sections, list items, frames, text boxes
        }
    }

    void readList(Blocks &blocks, const ListContext &outer)
    {
        ListContext list;
        list.depth = outer.depth + 1;
        const QString style = m_xml.attributes().value(textNs, "style-name"_L1).toString();
        list.style = style.isEmpty() ? outer.style : style;
        readBlocks(blocks, list);
    }

    void readParagraph(Blocks &blocks, const ListContext &list)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QString style = attributes.value(textNs, "style-name"_L1).toString();
        Paragraph paragraph;
        if (is(m_xml, textNs, u"h")) {
            const int level = !attributes.value(textNs, "outline-level"_L1).isNull()
                ? attributes.value(textNs, "outline-level"_L1).toInt() : 1;
            paragraph.headingRank = std::clamp(level, 1, 9) + 1;
        } else {
            paragraph.headingRank = m_styles.headingRank(style);
        }
        if (paragraph.headingRank == 0 && list.depth >= 0) {
            const QString listStyle = list.style.isEmpty() ? m_styles.listStyle(style) : list.style;
            paragraph.list = m_styles.listKind(listStyle, list.depth);
            paragraph.listLevel = list.depth;
        }
        paragraph.ruleBelow = m_styles.property(style, &OdtStyle::ruleBelow).value_or(false);
        const bool bold = m_styles.property(style, &OdtStyle::bold).value_or(false);
        const bool italic = m_styles.property(style, &OdtStyle::italic).value_or(false);
        Blocks frames;
        m_lastWasSpace = true; // leading whitespace is dropped
        readInline(paragraph, frames, bold, italic, QString());
        blocks.push_back(paragraphBlock(std::move(paragraph)));
        for (Block &frame : frames)
            blocks.push_back(std::move(frame));
    }

    // Whitespace in ODF text collapses as in HTML; text:s, text:tab and text:line-break say
    // where spaces, tabs and breaks really are.
    void appendCharacters(Paragraph &paragraph, QStringView text, bool bold, bool italic, const QString &link)
    {
        QString collapsed;
        for (QChar c : text) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
            const bool afterSpace = collapsed.isEmpty() ? m_lastWasSpace : collapsed.back() == u' ';
            if (c == u' ' && afterSpace)
                continue;
            collapsed.append(c);
        }
        if (collapsed.isEmpty())
            return;
        m_lastWasSpace = collapsed.back() == u' ';
        paragraph.append(collapsed, bold, italic, link);
    }

    void readInline(Paragraph &paragraph, Blocks &frames, bool bold, bool italic, const QString &link)
    {
        const Ooxml::NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::Characters) {
                appendCharacters(paragraph, m_xml.text(), bold, italic, link);
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            if (is(m_xml, textNs, u"span")) {
                const QString style = attributes.value(textNs, "style-name"_L1).toString();
                readInline(paragraph, frames, m_styles.property(style, &OdtStyle::bold).value_or(bold),
                           m_styles.property(style, &OdtStyle::italic).value_or(italic), link);
            } else if (is(m_xml, textNs, u"a")) {
                readInline(paragraph, frames, bold, italic, attributes.value(xlinkNs, "href"_L1).toString());
            } else if (is(m_xml, textNs, u"s")) {
                const int count = std::clamp(attributes.value(textNs, "c"_L1).toInt(), 1, 100);
                paragraph.append(QString(count, u' '), bold, italic, link);
                m_xml.skipCurrentElement();
            } else if (is(m_xml, textNs, u"tab") || is(m_xml, textNs, u"line-break")) {
                paragraph.append(m_xml.name() == u"tab" ? QStringLiteral("\t") : QStringLiteral("\n"), bold, italic, link);
                m_lastWasSpace = true;
                m_xml.skipCurrentElement();
            } else if (is(m_xml, drawNs, u"frame")) {
                readBlocks(frames, {}); // a text box's paragraphs, after the paragraph
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readInline(paragraph, frames, bold, italic, link); // text:meta, fields, bookmarks
            }
        }
    }

    void readTable(Blocks &blocks)
    {
        Block table;
        readRows(table.rows);
        if (!table.rows.empty())
            blocks.push_back(std::move(table));
    }

    // Rows, through table:table-header-rows, table:table-rows and row groups.
    void readRows(std::vector<TableRow> &rows)
    {
        const Ooxml::NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, tableNs, u"table-row")) {
                rows.emplace_back();
                while (m_xml.readNextStartElement()) {
                    rows.back().emplace_back();
                    readBlocks(rows.back().back().blocks, {}); // table-cell or covered-table-cell
                }
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readRows(rows);
            }
        }
    }

    QXmlStreamReader m_xml;
    const OdtStyles &m_styles;
    bool m_lastWasSpace = true;
    int m_depth = 0;
};

} // namespace

ImportedDocument importOdt(const QString &path)
{
    ZipReader zip(path);
    if (!zip.isOpen())
        return ImportedDocument::failed(zip.problem());
    if (!zip.contains(QStringLiteral("content.xml"))) {
        return ImportedDocument::failed(zip.contains(QStringLiteral("word/document.xml"))
                           ? Strings::tr("is not an OpenDocument text (it looks like a Word .docx file)")
                           : Strings::tr("is not an OpenDocument text (its zip archive has no content.xml)"));
    }
    const std::optional<QByteArray> content = zip.read(QStringLiteral("content.xml"));
    if (!content)
        return ImportedDocument::failed(zip.problem());
    const std::optional<QByteArray> styleData =
        zip.contains(QStringLiteral("styles.xml")) ? zip.read(QStringLiteral("styles.xml")) : QByteArray();
    if (!styleData)
        return ImportedDocument::failed(zip.problem());

    OdtStyles styles;
    QString problem;
    QStringList notes;
    // Broken named styles cost headings and emphasis, not the text.
    if (!styleData->isEmpty() && !styles.read(*styleData, QStringLiteral("styles.xml"), &problem))
        notes.append(Strings::tr("headings, lists or emphasis may be missing: the file %1").arg(problem));
    if (!styles.read(*content, QStringLiteral("content.xml"), &problem))
        return ImportedDocument::failed(problem);

    Blocks body;
    OdtReader bodyReader(*content, styles);
    if (!bodyReader.readBody(body))
        return ImportedDocument::failed(Ooxml::xmlProblem(QStringLiteral("content.xml"), bodyReader.xml()));
    Blocks headers;
    Blocks footers;
    OdtReader pageReader(*styleData, styles);
    pageReader.readHeadersAndFooters(headers, footers); // damaged page styles cost only their text

    ImportedDocument result;
    result.markdown = pageToMarkdown(std::move(headers), std::move(body), std::move(footers));
    if (result.markdown.trimmed().isEmpty())
        return ImportedDocument::failed(Strings::tr("has no text (the OpenDocument text is empty or holds only pictures)"));
    result.notes = notes;
    return result;
}

} // namespace Shortlist
