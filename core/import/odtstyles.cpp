#include "import/odtstyles.h"

#include "import/ooxml.h"

namespace Shortlist::Import {

using namespace Odf;

namespace {

std::optional<bool> boldFrom(QStringView weight)
{
    if (weight.isEmpty())
        return std::nullopt;
    if (weight == u"bold")
        return true;
    if (weight == u"normal")
        return false;
    bool ok = false;
    const int number = weight.toInt(&ok);
    return ok ? std::optional<bool>(number >= 600) : std::nullopt;
}

std::optional<bool> italicFrom(QStringView style)
{
    if (style.isEmpty())
        return std::nullopt;
    return style == u"italic" || style == u"oblique";
}

} // namespace

bool OdtStyles::read(const QByteArray &data, const QString &partName, QString *problem)
{
    QXmlStreamReader xml(data);
    QString current;     // the style:style being read
    QString currentList; // the text:list-style being read
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (is(xml, styleNs, u"style"))
                current.clear();
            else if (is(xml, textNs, u"list-style"))
                currentList.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (is(xml, officeNs, u"body"))
            break; // content.xml: the styles come before the text
        if (is(xml, styleNs, u"style")) {
            current = attributes.value(styleNs, "name"_L1).toString();
            OdtStyle &style = m_styles[current];
            style = OdtStyle{}; // an automatic style of content.xml may reuse a name of styles.xml
            style.displayName = attributes.value(styleNs, "display-name"_L1).toString();
            style.parent = attributes.value(styleNs, "parent-style-name"_L1).toString();
            style.listStyle = attributes.value(styleNs, "list-style-name"_L1).toString();
            style.outlineLevel = attributes.value(styleNs, "default-outline-level"_L1).toInt();
        } else if (is(xml, styleNs, u"text-properties") && !current.isEmpty()) {
            OdtStyle &style = m_styles[current];
            if (const std::optional<bool> bold = boldFrom(attributes.value(foNs, "font-weight"_L1)))
                style.bold = bold;
            if (const std::optional<bool> italic = italicFrom(attributes.value(foNs, "font-style"_L1)))
                style.italic = italic;
        } else if (is(xml, styleNs, u"paragraph-properties") && !current.isEmpty()) {
            QStringView border = attributes.value(foNs, "border-bottom"_L1);
            if (border.isNull())
                border = attributes.value(foNs, "border"_L1);
            if (!border.isNull())
                m_styles[current].ruleBelow = border != u"none" && !border.startsWith(u"0pt") && !border.startsWith(u"0cm");
        } else if (is(xml, textNs, u"list-style")) {
            currentList = attributes.value(styleNs, "name"_L1).toString();
        } else if (!currentList.isEmpty()
                   && (is(xml, textNs, u"list-level-style-bullet") || is(xml, textNs, u"list-level-style-number")
                       || is(xml, textNs, u"list-level-style-image"))) {
            const int level = attributes.value(textNs, "level"_L1).toInt() - 1;
            const bool numbered = xml.name() == u"list-level-style-number"
                && !attributes.value(styleNs, "num-format"_L1).isEmpty();
            m_lists[currentList].insert(level, numbered ? ListKind::Numbered : ListKind::Bullet);
        }
    }
    if (xml.hasError()) {
        *problem = Ooxml::xmlProblem(partName, xml);
        return false;
    }
    return true;
}

std::optional<bool> OdtStyles::property(const QString &name, std::optional<bool> OdtStyle::*which) const
{
    QString at = name;
    for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
        const auto it = m_styles.constFind(at);
        if (it == m_styles.constEnd())
            break;
        if (((*it).*which).has_value())
            return (*it).*which;
        at = it->parent;
    }
    return std::nullopt;
}

int OdtStyles::headingRank(const QString &name) const
{
    QString at = name;
    for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
        const auto it = m_styles.constFind(at);
        const QString shown = it == m_styles.constEnd() || it->displayName.isEmpty() ? at : it->displayName;
        if (shown == u"Title")
            return 1;
        if (it == m_styles.constEnd())
            break;
        if (it->outlineLevel > 0)
            return std::min(it->outlineLevel, 9) + 1;
        at = it->parent;
    }
    return 0;
}

QString OdtStyles::listStyle(const QString &name) const
{
    QString at = name;
    for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
        const auto it = m_styles.constFind(at);
        if (it == m_styles.constEnd())
            break;
        if (!it->listStyle.isEmpty())
            return it->listStyle;
        at = it->parent;
    }
    return {};
}

ListKind OdtStyles::listKind(const QString &listStyle, int level) const
{
    return m_lists.value(listStyle).value(level, ListKind::Bullet);
}

} // namespace Shortlist::Import
