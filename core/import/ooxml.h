#pragma once

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>

// Small helpers over QXmlStreamReader for WordprocessingML: element and attribute names are
// matched by namespace, never by prefix (a file may bind "w" to anything), in the transitional
// and the strict namespace alike.
namespace Shortlist::Import::Ooxml {

inline constexpr QLatin1StringView wordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline constexpr QLatin1StringView strictWordNs("http://purl.oclc.org/ooxml/wordprocessingml/main");
inline constexpr QLatin1StringView compatibilityNs("http://schemas.openxmlformats.org/markup-compatibility/2006");
inline constexpr QLatin1StringView relationshipsNs("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline constexpr QLatin1StringView strictRelationshipsNs("http://purl.oclc.org/ooxml/officeDocument/relationships");

using namespace Qt::StringLiterals;

inline bool isWord(const QXmlStreamReader &xml)
{
    return xml.namespaceUri() == wordNs || xml.namespaceUri() == strictWordNs;
}

inline bool isW(const QXmlStreamReader &xml, QStringView local)
{
    return xml.name() == local && isWord(xml);
}

inline QString attribute(const QXmlStreamReader &xml, const char *local)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView value = attributes.value(wordNs, QLatin1StringView(local));
    return value.isNull() ? attributes.value(strictWordNs, QLatin1StringView(local)).toString() : value.toString();
}

inline QString relationshipId(const QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView value = attributes.value(relationshipsNs, QLatin1StringView("id"));
    return value.isNull() ? attributes.value(strictRelationshipsNs, QLatin1StringView("id")).toString() : value.toString();
}

// An on/off property (<w:b/>, <w:b w:val="0"/>): on unless its value says off.
inline bool isOn(const QXmlStreamReader &xml)
{
    const QString value = attribute(xml, "val");
    return !(value == u"0" || value == u"false" || value == u"off" || value == u"none");
}

// A border element (<w:bottom w:val="single"/>) that draws a line.
inline bool isBorder(const QXmlStreamReader &xml)
{
    const QString value = attribute(xml, "val");
    return !value.isEmpty() && value != u"nil" && value != u"none";
}

// The readers descend into elements by recursion. Nesting deeper than any real document
// (tables in tables, fields in hyperlinks) is a hostile file: past this depth an element is
// skipped (QXmlStreamReader skips without recursion), so that the stack cannot run out.
class NestingGuard
{
public:
    static constexpr int maxDepth = 200;

    explicit NestingGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~NestingGuard() { --m_depth; }
    NestingGuard(const NestingGuard &) = delete;
    NestingGuard &operator=(const NestingGuard &) = delete;

    bool tooDeep() const { return m_depth > maxDepth; }

private:
    int &m_depth;
};

// A sentence for XML that cannot be read, naming the part and where it broke.
inline QString xmlProblem(const QString &part, const QXmlStreamReader &xml)
{
    return QStringLiteral("is damaged: %1 is not well-formed XML (line %2: %3)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace Shortlist::Import::Ooxml
