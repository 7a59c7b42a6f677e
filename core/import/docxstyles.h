#pragma once

#include "import/richtext.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Shortlist::Import {

// What a .docx says about its paragraphs beyond their text: the styles (word/styles.xml),
// the list definitions (word/numbering.xml) and the relationship targets hyperlinks point to
// (word/_rels/document.xml.rels). Each reader returns an empty table for a missing part and
// a sentence in `problem` for a damaged one.

struct DocxStyle
{
    QString name;
    QString basedOn;
    int outlineLevel = -1; // w:outlineLvl: 0 for a first-level heading, 9 for body text
    std::optional<bool> bold;
    std::optional<bool> italic;
    std::optional<bool> hidden;
    QString numId; // a list style's numbering
    int numLevel = 0;
    bool ruleBelow = false; // a bottom paragraph border
};

class DocxStyles
{
public:
    bool read(const QByteArray &xml, QString *problem);

    // The heading rank (see Paragraph::headingRank) of a paragraph style, through its basedOn
    // chain: Title, "heading N" and outline levels; 0 when it is body text.
    int headingRank(const QString &styleId) const;
    // A formatting property of a style as inherited through its basedOn chain (nothing
    // when no style of the chain sets it); `which` picks bold, italic or hidden. An empty
    // id is the default paragraph style.
    std::optional<bool> styleProperty(const QString &styleId, std::optional<bool> DocxStyle::*which) const;
    // The same property in the document defaults (w:docDefaults).
    bool defaultProperty(std::optional<bool> DocxStyle::*which) const { return (m_defaults.*which).value_or(false); }
    // Whether a paragraph style, or one it is based on, draws a border under the paragraph.
    bool ruleBelow(const QString &styleId) const;
    // The numbering a paragraph style carries (list styles and "List Bullet").
    const DocxStyle *numberedStyle(const QString &styleId) const;

private:
    const DocxStyle *find(const QString &styleId) const;

    QHash<QString, DocxStyle> m_styles;
    QString m_defaultParagraphStyle;
    DocxStyle m_defaults; // w:docDefaults
};

class DocxNumbering
{
public:
    bool read(const QByteArray &xml, QString *problem);

    // Bullet or numbered for a numId and level; None for numId 0 ("no list") or a "none" format.
    ListKind kind(const QString &numId, int level) const;

private:
    QHash<QString, QHash<int, QString>> m_abstractFormats; // abstractNumId → level → numFmt
    QHash<QString, QString> m_abstractOf;                  // numId → abstractNumId
    QHash<QString, QHash<int, QString>> m_overrides;       // numId → level → numFmt
};

// Id → target of the external hyperlinks (and every other relationship) of one part.
bool readRelationships(const QByteArray &xml, QHash<QString, QString> &targets, QHash<QString, QString> *types,
                       QString *problem);

} // namespace Shortlist::Import
