#include "import/docxbody.h"

#include "import/ooxml.h"

#include <QXmlStreamReader>

namespace Shortlist::Import {

using namespace Ooxml;

namespace {

// Run formatting as written on the run itself, before styles fill in the rest.
struct RunProperties
{
    QString style;
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<bool> hidden;
};

struct ParagraphProperties
{
    QString style;
    QString numId;
    std::optional<int> numLevel;
    std::optional<int> outlineLevel;
    std::optional<bool> ruleBelow;
};

bool isCompatibility(const QXmlStreamReader &xml, QStringView local)
{
    return xml.name() == local && xml.namespaceUri() == compatibilityNs;
}

// Elements whose content is never text the reader shows: properties, deleted revisions,
// field instructions, footnote marks, the previous formatting of a tracked change.
bool isSkipped(const QXmlStreamReader &xml)
{
    if (!isWord(xml))
        return false;
    static const QStringView skipped[] = {
        u"sectPr", u"sdtPr", u"sdtEndPr", u"del", u"moveFrom", u"tblPr", u"tblGrid", u"trPr", u"tcPr",
        u"delText", u"delInstrText", u"footnoteReference", u"endnoteReference",
        u"commentReference", u"pPrChange", u"rPrChange", u"annotationRef", u"fldData"};
    for (QStringView name : skipped) {
        if (xml.name() == name)
            return true;
    }
    return false;
}

bool isWebLink(const QString &target)
{
    return target.startsWith(u"http://") || target.startsWith(u"https://") || target.startsWith(u"mailto:")
        || target.startsWith(u"www.");
}

// The address of a HYPERLINK field instruction (HYPERLINK "https://…" \o "tip"); empty for
// any other field and for a link to a bookmark (HYPERLINK \l "anchor").
QString fieldLink(const QString &instruction)
{
    const QString trimmed = instruction.trimmed();
    if (!trimmed.startsWith(u"HYPERLINK", Qt::CaseInsensitive))
        return {};
    const QString rest = trimmed.mid(9).trimmed();
    if (rest.startsWith(u"\\"))
        return {};
    const QString target = rest.startsWith(u'"') ? rest.mid(1).section(u'"', 0, 0) : rest.section(u' ', 0, 0);
    return isWebLink(target) ? target : QString();
}

class StoryReader
{
public:
    StoryReader(const QByteArray &data, const DocxParts &parts) : m_xml(data), m_parts(parts) {}

    bool read(Blocks &blocks)
    {
        if (m_xml.readNextStartElement())
            readBlocks(blocks);
        return !m_xml.hasError();
    }

    const QXmlStreamReader &xml() const { return m_xml; }

private:
    // Reads the paragraphs and tables inside the current element, up to its end. Containers
    // that only group content (w:body, w:sdt, w:customXml, w:ins…) are read through.
    void readBlocks(Blocks &blocks)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"p"))
                readParagraph(blocks);
            else if (isW(m_xml, u"tbl"))
                readTable(blocks);
            else if (isCompatibility(m_xml, u"AlternateContent"))
                readAlternative([&] { readBlocks(blocks); });
            else if (isW(m_xml, u"sdt"))
                readContentControl([&] { readBlocks(blocks); });
            else if (isSkipped(m_xml))
                m_xml.skipCurrentElement();
            else
                readBlocks(blocks);
        }
    }

    // A content control (w:sdt) of a form that nobody filled in shows its placeholder
    // ("Click here to enter text."), which Word marks with w:showingPlcHdr: that text is not
    // the candidate's and is left out.
    template<typename ReadContent>
    void readContentControl(ReadContent readContent)
    {
        bool placeholder = false;
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"sdtPr")) {
                while (m_xml.readNextStartElement()) {
                    placeholder = placeholder || isW(m_xml, u"showingPlcHdr");
                    m_xml.skipCurrentElement();
                }
            } else if (isW(m_xml, u"sdtContent")) {
                m_placeholders += placeholder ? 1 : 0;
                readContent();
                m_placeholders -= placeholder ? 1 : 0;
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Markup compatibility offers the same content twice: as mc:Choice for programs that know
    // a newer feature and as mc:Fallback for the others (a text box as DrawingML and as VML).
    // Only the first branch is read, so that nothing appears twice.
    template<typename ReadBranch>
    void readAlternative(ReadBranch readBranch)
    {
        bool taken = false;
        while (m_xml.readNextStartElement()) {
            const bool branch = isCompatibility(m_xml, u"Choice") || isCompatibility(m_xml, u"Fallback");
            if (branch && !taken) {
                taken = true;
                readBranch();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readParagraph(Blocks &blocks)
    {
        Paragraph paragraph;
        ParagraphProperties properties;
        Blocks boxes; // text boxes anchored in the paragraph, written after it
        readInline(paragraph, properties, boxes, QString());
        resolveParagraph(paragraph, properties);
        blocks.push_back(paragraphBlock(std::move(paragraph)));
        for (Block &box : boxes)
            blocks.push_back(std::move(box));
    }

    void resolveParagraph(Paragraph &paragraph, const ParagraphProperties &properties) const
    {
        paragraph.ruleBelow = properties.ruleBelow.value_or(m_parts.styles.ruleBelow(properties.style));
        if (properties.outlineLevel)
            paragraph.headingRank = *properties.outlineLevel < 9 ? *properties.outlineLevel + 2 : 0;
        else
            paragraph.headingRank = m_parts.styles.headingRank(properties.style);
        if (paragraph.headingRank > 0)
            return; // a numbered heading ("1. Experience") is a heading, not a list
        QString numId = properties.numId;
        int level = properties.numLevel.value_or(0);
        if (numId.isEmpty()) {
            if (const DocxStyle *style = m_parts.styles.numberedStyle(properties.style)) {
                numId = style->numId;
                level = properties.numLevel.value_or(style->numLevel);
            }
        }
        paragraph.list = m_parts.numbering.kind(numId, level);
        paragraph.listLevel = std::clamp(level, 0, 8);
    }

    void readParagraphProperties(ParagraphProperties &properties)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"rPr") || isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (isW(m_xml, u"pStyle"))
                properties.style = attribute(m_xml, "val");
            else if (isW(m_xml, u"numId"))
                properties.numId = attribute(m_xml, "val");
            else if (isW(m_xml, u"ilvl"))
                properties.numLevel = attribute(m_xml, "val").toInt();
            else if (isW(m_xml, u"outlineLvl"))
                properties.outlineLevel = attribute(m_xml, "val").toInt();
            else if (isW(m_xml, u"bottom")) // of w:pBdr
                properties.ruleBelow = isBorder(m_xml);
            readParagraphProperties(properties);
        }
    }

    // The runs of a paragraph, through hyperlinks, fields, content controls and insertions.
    void readInline(Paragraph &paragraph, ParagraphProperties &properties, Blocks &boxes, const QString &link)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"pPr")) {
                readParagraphProperties(properties);
            } else if (isW(m_xml, u"r")) {
                readRun(paragraph, properties, boxes, link);
            } else if (isW(m_xml, u"hyperlink")) {
                const QString target = m_parts.linkTargets.value(relationshipId(m_xml));
                readInline(paragraph, properties, boxes, isWebLink(target) ? target : link);
            } else if (isW(m_xml, u"fldSimple")) {
                const QString target = fieldLink(attribute(m_xml, "instr"));
                readInline(paragraph, properties, boxes, target.isEmpty() ? link : target);
            } else if (isCompatibility(m_xml, u"AlternateContent")) {
                readAlternative([&] { readInline(paragraph, properties, boxes, link); });
            } else if (isW(m_xml, u"sdt")) {
                readContentControl([&] { readInline(paragraph, properties, boxes, link); });
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readInline(paragraph, properties, boxes, link);
            }
        }
    }

    void readRunProperties(RunProperties &run)
    {
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"rStyle"))
                run.style = attribute(m_xml, "val");
            else if (isW(m_xml, u"b"))
                run.bold = isOn(m_xml);
            else if (isW(m_xml, u"i"))
                run.italic = isOn(m_xml);
            else if (isW(m_xml, u"vanish"))
                run.hidden = isOn(m_xml);
            m_xml.skipCurrentElement();
        }
    }

    // Direct formatting, then the character style, then the paragraph style, then the
    // document's defaults.
    bool resolve(const RunProperties &run, const QString &paragraphStyle,
                 std::optional<bool> RunProperties::*direct, std::optional<bool> DocxStyle::*styled) const
    {
        if ((run.*direct).has_value())
            return *(run.*direct);
        if (!run.style.isEmpty()) {
            if (const std::optional<bool> value = m_parts.styles.styleProperty(run.style, styled))
                return *value;
        }
        if (const std::optional<bool> value = m_parts.styles.styleProperty(paragraphStyle, styled))
            return *value;
        return m_parts.styles.defaultProperty(styled);
    }

    void readRun(Paragraph &paragraph, const ParagraphProperties &properties, Blocks &boxes, const QString &link)
    {
        RunProperties run;
        QString text;
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"rPr")) {
                readRunProperties(run);
            } else if (isW(m_xml, u"t")) {
                text += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (isW(m_xml, u"tab") || isW(m_xml, u"ptab")) {
                text += u'\t';
                m_xml.skipCurrentElement();
            } else if (isW(m_xml, u"br") || isW(m_xml, u"cr")) {
                text += u'\n';
                m_xml.skipCurrentElement();
            } else if (isW(m_xml, u"fldChar")) {
                readFieldCharacter(attribute(m_xml, "fldCharType"));
                m_xml.skipCurrentElement();
            } else if (isW(m_xml, u"instrText")) {
                const QString instruction = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!m_fields.empty() && !m_fields.back().separated && m_fields.back().instruction.size() < 4096)
                    m_fields.back().instruction += instruction;
            } else if (isW(m_xml, u"noBreakHyphen")) {
                text += u'-';
                m_xml.skipCurrentElement();
            } else if (isW(m_xml, u"sym")) {
                text += symbolCharacter(attribute(m_xml, "char"));
                m_xml.skipCurrentElement();
            } else if (isCompatibility(m_xml, u"AlternateContent")) {
                readAlternative([&] { readTextBoxes(boxes); });
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readTextBoxes(boxes); // w:drawing, w:pict, w:object
            }
        }
        if (text.isEmpty() || m_placeholders > 0
            || resolve(run, properties.style, &RunProperties::hidden, &DocxStyle::hidden))
            return;
        paragraph.append(text, resolve(run, properties.style, &RunProperties::bold, &DocxStyle::bold),
                         resolve(run, properties.style, &RunProperties::italic, &DocxStyle::italic),
                         link.isEmpty() ? currentFieldLink() : link);
    }

    // A complex field is a run of w:fldChar begin, its instruction (w:instrText), separate,
    // the result the page shows, and end; fields nest. The result of a HYPERLINK field is
    // a link like a w:hyperlink.
    void readFieldCharacter(const QString &type)
    {
        if (type == u"begin" && m_fields.size() < 64)
            m_fields.emplace_back();
        else if (type == u"separate" && !m_fields.empty())
            m_fields.back().separated = true;
        else if (type == u"end" && !m_fields.empty())
            m_fields.pop_back();
    }

    QString currentFieldLink() const
    {
        for (auto it = m_fields.rbegin(); it != m_fields.rend(); ++it) {
            if (it->separated) {
                if (const QString target = fieldLink(it->instruction); !target.isEmpty())
                    return target;
            }
        }
        return {};
    }

    // w:sym names a glyph of a symbol font by its code; Word writes it as F0xx (or xx), which
    // is where those fonts sit in the private-use area. cleanText() keeps the bullets of it.
    static QString symbolCharacter(const QString &code)
    {
        bool ok = false;
        uint value = code.toUInt(&ok, 16);
        if (!ok || value == 0 || value > 0xFFFF)
            return {};
        if (value < 0x100)
            value += 0xF000;
        return QString(QChar(char16_t(value)));
    }

    // Inside a drawing only the text boxes hold text (w:txbxContent, in DrawingML and VML alike).
    void readTextBoxes(Blocks &boxes)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"txbxContent"))
                readBlocks(boxes);
            else if (isCompatibility(m_xml, u"AlternateContent"))
                readAlternative([&] { readTextBoxes(boxes); });
            else
                readTextBoxes(boxes);
        }
    }

    void readTable(Blocks &blocks)
    {
        Block table;
        readRows(table.rows);
        if (!table.rows.empty())
            blocks.push_back(std::move(table));
    }

    // Rows and cells, through the content controls and custom XML that may wrap each of them.
    void readRows(std::vector<TableRow> &rows)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"tr")) {
                rows.emplace_back();
                readCells(rows.back());
            } else if (isW(m_xml, u"sdt")) {
                readContentControl([&] { readRows(rows); });
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readRows(rows);
            }
        }
    }

    void readCells(TableRow &row)
    {
        const NestingGuard nesting(m_depth);
        if (nesting.tooDeep())
            return m_xml.skipCurrentElement();
        while (m_xml.readNextStartElement()) {
            if (isW(m_xml, u"tc")) {
                row.emplace_back();
                readBlocks(row.back().blocks);
            } else if (isW(m_xml, u"sdt")) {
                readContentControl([&] { readCells(row); });
            } else if (isSkipped(m_xml)) {
                m_xml.skipCurrentElement();
            } else {
                readCells(row);
            }
        }
    }

    QXmlStreamReader m_xml;
    const DocxParts &m_parts;
    struct Field
    {
        QString instruction;
        bool separated = false;
    };
    std::vector<Field> m_fields; // the complex fields the reader is inside, innermost last
    int m_placeholders = 0;      // how many placeholder content controls the reader is inside
    int m_depth = 0;
};

} // namespace

bool readDocxStory(const QByteArray &data, const QString &partName, const DocxParts &parts, Blocks &blocks,
                   QString *problem)
{
    StoryReader reader(data, parts);
    if (reader.read(blocks))
        return true;
    *problem = xmlProblem(partName, reader.xml());
    return false;
}

} // namespace Shortlist::Import
