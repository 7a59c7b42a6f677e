#pragma once

// The words of a PDF page as Poppler places them, and the clean-up of their characters.
// Internal to core/import: pdfimport.cpp reads them, pdflayout.cpp orders them.

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Shortlist::PdfImport {

// How a word is set, as markdown writes it: bold, italic, or both (flags).
enum class Emphasis : quint8 { None = 0, Bold = 1, Italic = 2, BoldItalic = 3 };

// The emphasis a font's name says: "Calibri-Bold", "ABCDEF+Lato-BoldItalic", "SourceSansPro-LightIt",
// "CMBX10" (TeX's bold), "CMTI10" (TeX's italic), "Arial-ItalicMT", "LucidaSans-Demi".
Emphasis emphasisOfFont(QStringView fontName);

// One word on a page: its text with the characters that carry no reading cleaned away, its
// box in points (origin top left), and whether the PDF put a space after it.
struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
    bool bullet = false; // a list-bullet glyph (•, ◦, ▪, U+F0B7 …), its text is "•"
    Emphasis emphasis = Emphasis::None; // from its font's name: bold, italic, both

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
