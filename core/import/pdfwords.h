#pragma once

// The words of a PDF page as Poppler places them, and the clean-up of their characters.
// Internal to core/import: pdfimport.cpp reads them, pdflayout.cpp orders them.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Shortlist::PdfImport {

// One word on a page: its text with the characters that carry no reading cleaned away, its
// box in points (origin top left), and whether the PDF put a space after it.
struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
    bool bullet = false; // a list-bullet glyph (•, ◦, ▪, U+F0B7 …), its text is "•"

    // The box height stands for the font size: Poppler sizes every word box by its font's
    // ascent and descent, so words set in one font and size have one height.
    qreal size() const { return box.height(); }
};

struct Page
{
    QSizeF size;
    QList<Word> words;
};

// A word's text as a reader sees it: ligatures spelled out (ﬁ → fi), soft hyphens, zero-width
// and private-use characters (icon fonts) removed, non-breaking hyphens made plain. Bullet
// glyphs are kept; isBulletText() tells them.
QString cleanWordText(QStringView raw);

// Whether a cleaned word is only a list bullet.
bool isBulletText(QStringView text);

// Whether a private-use character is a bullet of a symbol font (Symbol's U+F0B7, Wingdings'
// squares and arrows) that Word and LibreOffice write for list bullets.
bool isSymbolFontBullet(char16_t u);

} // namespace Shortlist::PdfImport
