#include "pdfwords.h"

#include <QRegularExpression>

namespace Shortlist::PdfImport {

namespace {

// Ligatures of the Alphabetic Presentation Forms block, spelled out.
QStringView ligatureText(char16_t u)
{
    switch (u) {
    case 0xFB00: return u"ff";
    case 0xFB01: return u"fi";
    case 0xFB02: return u"fl";
    case 0xFB03: return u"ffi";
    case 0xFB04: return u"ffl";
    case 0xFB05:
    case 0xFB06: return u"st";
    default: return {};
    }
}

bool isInvisible(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0) // control characters: glyphs of icon fonts without a mapping
        || u == 0x00AD // soft hyphen: only shows where a line breaks, and lines are joined again
        || (u >= 0x200B && u <= 0x200F) // zero-width space, joiners, direction marks
        || u == 0x2060 || u == 0xFEFF || u == 0xFFFC || u == 0xFFFD;
}

bool isPrivateUse(char16_t u)
{
    return u >= 0xE000 && u <= 0xF8FF;
}

bool isBulletChar(char16_t u)
{
    switch (u) {
    case 0x2022: // •
    case 0x25E6: // ◦
    case 0x25AA: // ▪
    case 0x25AB: // ▫
    case 0x25A0: // ■
    case 0x25A1: // □
    case 0x25CF: // ●
    case 0x25CB: // ○
    case 0x25C6: // ◆
    case 0x25C7: // ◇
    case 0x25B8: // ▸
    case 0x25BA: // ►
    case 0x25B6: // ▶
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x2219: // ∙
    case 0x00B7: // ·
    case 0x2013: // –, which LaTeX itemize uses at the second level
    case 0x2014: // —
    case 0x27A2: // ➢
    case 0x2713: // ✓
    case 0x2714: // ✔
    case 0x2756: // ❖
    case '*':
    case '-': return true;
    default: return false;
    }
}

} // namespace

bool isSymbolFontBullet(char16_t u)
{
    switch (u) {
    case 0xF0B7: // Symbol's bullet
    case 0xF0A7: // Wingdings' small square
    case 0xF0A8:
    case 0xF06E: // Wingdings' black square
    case 0xF076: // Wingdings' diamond
    case 0xF0D8: // Wingdings' arrowheads
    case 0xF0E8:
    case 0xF0FC: // Wingdings' tick
        return true;
    default: return false;
    }
}

QString cleanWordText(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (const QStringView spelled = ligatureText(u); !spelled.isEmpty())
            out += spelled;
        else if (u == 0x2011 || u == 0x2010)
            out += QLatin1Char('-');
        else if (u == 0x00A0)
            out += QLatin1Char(' ');
        else if (isSymbolFontBullet(u))
            out += QChar(0x2022);
        else if (!isInvisible(u) && !isPrivateUse(u))
            out += c;
    }
    return out;
}

Emphasis emphasisOfFont(QStringView fontName)
{
    // "ABCDEF+" names the subset embedded, not the font.
    if (const qsizetype plus = fontName.indexOf(QLatin1Char('+')); plus == 6)
        fontName = fontName.sliced(plus + 1);
    // TeX's Computer Modern and Latin Modern names: cmbx, cmb, cmti, cmsl, sfbx, sfti, lmroman10-bold.
    const QString lower = fontName.toString().toLower();
    static const QRegularExpression texBold(QStringLiteral("^(cmbx|cmb\\d|sfbx|cmssbx|ecbx|ecsx)"));
    static const QRegularExpression texItalic(QStringLiteral("^(cmti|cmsl|sfti|sfsl|ecti|ecsl|cmbxti|cmbxsl|cmssi)"));
    // After the family name ("Lato-", "Arial,", "Roboto"): the weight and the slant.
    static const QRegularExpression bold(QStringLiteral("(bold|black|heavy|semibold|demibold|demi\\b|-demi|-sb\\b|-bd\\b|extrabold|ultrabold)"));
    static const QRegularExpression italic(QStringLiteral("(italic|oblique|it\\b|-bi\\b|slanted)"));
    // The family name itself is no weight ("Hairline", "Light" and "Medium" are not bold).
    const qsizetype dash = std::max(lower.indexOf(QLatin1Char('-')), lower.indexOf(QLatin1Char(',')));
    const QString style = dash > 0 ? lower.sliced(dash) : lower;
    int flags = 0;
    if (texBold.match(lower).hasMatch() || bold.match(style).hasMatch())
        flags |= int(Emphasis::Bold);
    if (texItalic.match(lower).hasMatch() || (dash > 0 && italic.match(style).hasMatch())
        || style.contains(QLatin1String("italic")) || style.contains(QLatin1String("oblique")))
        flags |= int(Emphasis::Italic);
    return Emphasis(flags);
}

bool isBulletText(QStringView text)
{
    if (text.size() != 1)
        return false;
    const char16_t u = text.front().unicode();
    // Arrows, geometric shapes and dingbats standing alone before a line are bullets too.
    return isBulletChar(u) || (u >= 0x2190 && u <= 0x21FF) || (u >= 0x25A0 && u <= 0x25FF)
        || (u >= 0x2700 && u <= 0x27BF);
}

} // namespace Shortlist::PdfImport
