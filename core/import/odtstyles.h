#pragma once

#include "import/richtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace Shortlist::Import {

namespace Odf {
using namespace Qt::StringLiterals;
inline constexpr QLatin1StringView officeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
inline constexpr QLatin1StringView textNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
inline constexpr QLatin1StringView styleNs("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
inline constexpr QLatin1StringView tableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
inline constexpr QLatin1StringView drawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
inline constexpr QLatin1StringView foNs("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
inline constexpr QLatin1StringView xlinkNs("http://www.w3.org/1999/xlink");

inline bool is(const QXmlStreamReader &xml, QLatin1StringView ns, QStringView local)
{
    return xml.name() == local && xml.namespaceUri() == ns;
}
} // namespace Odf

struct OdtStyle
{
    QString displayName;
    QString parent;
    QString listStyle;
    int outlineLevel = 0; // style:default-outline-level; 0 when the style is no heading
    std::optional<bool> ruleBelow; // fo:border-bottom (or fo:border) draws a line
    std::optional<bool> bold;
    std::optional<bool> italic;
};

// The paragraph, text and list styles of an OpenDocument text, named and automatic
// (styles.xml and content.xml's office:automatic-styles), read one part after the other.
class OdtStyles
{
public:
    // Reads the styles of one part; false with `problem` set when its XML is damaged.
    bool read(const QByteArray &xml, const QString &partName, QString *problem);

    // Through the parent-style chain; nothing when no style of it sets the property.
    std::optional<bool> property(const QString &name, std::optional<bool> OdtStyle::*which) const;
    // Title → 1, a style with an outline level N (Heading N) → N + 1, else 0.
    int headingRank(const QString &name) const;
    // The list style a paragraph style names, through its parents.
    QString listStyle(const QString &name) const;
    // Bullet or numbered for a level (0-based) of a list style; bullets when unknown.
    ListKind listKind(const QString &listStyle, int level) const;

private:
    QHash<QString, OdtStyle> m_styles;
    QHash<QString, QHash<int, ListKind>> m_lists;
};

} // namespace Shortlist::Import
