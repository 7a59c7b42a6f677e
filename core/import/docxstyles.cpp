#include "import/docxstyles.h"

#include "import/ooxml.h"

#include <QRegularExpression>

namespace Shortlist::Import {

using namespace Ooxml;

namespace {

// Reads the run and paragraph properties of a style or of the document defaults, up to the
// end of the element the reader is in.
void readStyleProperties(QXmlStreamReader &xml, DocxStyle &style)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (!isWord(xml))
            continue;
        const QStringView name = xml.name();
        if (name == u"name")
            style.name = attribute(xml, "val");
        else if (name == u"basedOn")
            style.basedOn = attribute(xml, "val");
        else if (name == u"outlineLvl")
            style.outlineLevel = attribute(xml, "val").toInt();
        else if (name == u"b")
            style.bold = isOn(xml);
        else if (name == u"i")
            style.italic = isOn(xml);
        else if (name == u"vanish")
            style.hidden = isOn(xml);
        else if (name == u"numId")
            style.numId = attribute(xml, "val");
        else if (name == u"ilvl")
            style.numLevel = attribute(xml, "val").toInt();
        else if (name == u"bottom") // only paragraph borders have one in a paragraph style
            style.ruleBelow = isBorder(xml);
    }
}

// Title → 1; "heading 3" → 4; a custom style whose name says heading ("CV Heading") → 2.
int rankFromName(const QString &name)
{
    const QString lower = name.toLower().simplified();
    if (lower == u"title")
        return 1;
    static const QRegularExpression numbered(QStringLiteral("^heading ?([1-9])$"));
    const QRegularExpressionMatch match = numbered.match(lower);
    if (match.hasMatch())
        return match.captured(1).toInt() + 1;
    if (lower.contains(u"heading") && !lower.contains(u"char"))
        return 2;
    return 0;
}

} // namespace

bool DocxStyles::read(const QByteArray &xmlText, QString *problem)
{
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || !isWord(xml))
            continue;
        if (xml.name() == u"docDefaults") {
            readStyleProperties(xml, m_defaults);
        } else if (xml.name() == u"style") {
            const QString type = attribute(xml, "type");
            const QString id = attribute(xml, "styleId");
            const QString defaultValue = attribute(xml, "default");
            const bool isDefault = defaultValue == u"1" || defaultValue == u"true";
            DocxStyle style;
            readStyleProperties(xml, style);
            if (type == u"paragraph" && isDefault)
                m_defaultParagraphStyle = id;
            if (type == u"paragraph" || type == u"character")
                m_styles.insert(id, style);
        }
    }
    if (xml.hasError()) {
        *problem = xmlProblem(QStringLiteral("word/styles.xml"), xml);
        return false;
    }
    return true;
}

const DocxStyle *DocxStyles::find(const QString &styleId) const
{
    const auto it = m_styles.constFind(styleId.isEmpty() ? m_defaultParagraphStyle : styleId);
    return it == m_styles.constEnd() ? nullptr : &*it;
}

int DocxStyles::headingRank(const QString &styleId) const
{
    const DocxStyle *style = find(styleId);
    // A chain longer than a few dozen is a loop in a damaged file.
    for (int depth = 0; style && depth < 32; ++depth) {
        if (style->outlineLevel >= 0)
            return style->outlineLevel < 9 ? style->outlineLevel + 2 : 0;
        if (const int rank = rankFromName(style->name))
            return rank;
        style = style->basedOn.isEmpty() ? nullptr : find(style->basedOn);
    }
    return 0;
}

std::optional<bool> DocxStyles::styleProperty(const QString &styleId, std::optional<bool> DocxStyle::*which) const
{
    const DocxStyle *style = find(styleId);
    for (int depth = 0; style && depth < 32; ++depth) {
        if ((style->*which).has_value())
            return style->*which;
        style = style->basedOn.isEmpty() ? nullptr : find(style->basedOn);
    }
    return std::nullopt;
}

bool DocxStyles::ruleBelow(const QString &styleId) const
{
    const DocxStyle *style = find(styleId);
    for (int depth = 0; style && depth < 32; ++depth) {
        if (style->ruleBelow)
            return true;
        style = style->basedOn.isEmpty() ? nullptr : find(style->basedOn);
    }
    return false;
}

const DocxStyle *DocxStyles::numberedStyle(const QString &styleId) const
{
    const DocxStyle *style = find(styleId);
    for (int depth = 0; style && depth < 32; ++depth) {
        if (!style->numId.isEmpty())
            return style;
        style = style->basedOn.isEmpty() ? nullptr : find(style->basedOn);
    }
    return nullptr;
}

bool DocxNumbering::read(const QByteArray &xmlText, QString *problem)
{
    QXmlStreamReader xml(xmlText);
    QString abstractId;
    QString numId;
    int level = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && isWord(xml)) {
            if (xml.name() == u"abstractNum")
                abstractId.clear();
            else if (xml.name() == u"num")
                numId.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement || !isWord(xml))
            continue;
        const QStringView name = xml.name();
        if (name == u"abstractNum")
            abstractId = attribute(xml, "abstractNumId");
        else if (name == u"num")
            numId = attribute(xml, "numId");
        else if (name == u"abstractNumId" && !numId.isEmpty())
            m_abstractOf.insert(numId, attribute(xml, "val"));
        else if (name == u"lvl" || name == u"lvlOverride")
            level = attribute(xml, "ilvl").toInt();
        else if (name == u"numFmt" && !abstractId.isEmpty())
            m_abstractFormats[abstractId].insert(level, attribute(xml, "val"));
        else if (name == u"numFmt" && !numId.isEmpty())
            m_overrides[numId].insert(level, attribute(xml, "val"));
    }
    if (xml.hasError()) {
        *problem = xmlProblem(QStringLiteral("word/numbering.xml"), xml);
        return false;
    }
    return true;
}

ListKind DocxNumbering::kind(const QString &numId, int level) const
{
    if (numId.isEmpty() || numId == u"0")
        return ListKind::None;
    QString format = m_overrides.value(numId).value(level);
    if (format.isEmpty())
        format = m_abstractFormats.value(m_abstractOf.value(numId)).value(level);
    if (format == u"none")
        return ListKind::None;
    // A numId without a definition is still a list; Word shows it with bullets.
    return format == u"bullet" || format.isEmpty() ? ListKind::Bullet : ListKind::Numbered;
}

bool readRelationships(const QByteArray &xmlText, QHash<QString, QString> &targets, QHash<QString, QString> *types,
                       QString *problem)
{
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString id = attributes.value("Id"_L1).toString();
        targets.insert(id, attributes.value("Target"_L1).toString());
        if (types)
            types->insert(id, attributes.value("Type"_L1).toString());
    }
    if (xml.hasError()) {
        *problem = xmlProblem(QStringLiteral("a relationships part"), xml);
        return false;
    }
    return true;
}

} // namespace Shortlist::Import
