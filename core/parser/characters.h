#pragma once

// Character classes for the parser's inner loops; internal to core/parser.
//
// QChar answers these for every character, but outside ASCII each answer is a call into
// Qt's Unicode tables. CVs are written mostly in Latin and Cyrillic letters, whose answers
// are known, so those are answered here and everything else is still asked of QChar. Each
// function gives exactly QChar's answer (tst_parser compares them over all of UTF-16).

#include <QChar>
#include <QString>
#include <QStringView>

#include <utility>

namespace Shortlist::Characters {

// Latin-1 letters from À, Latin Extended-A and -B: all letters except × and ÷.
inline bool isLatinLetter(char16_t u)
{
    return u >= 0xC0 && u <= 0x24F && u != 0xD7 && u != 0xF7;
}

// Cyrillic letters, without the thousands sign and the combining marks (U+0482..U+0489).
inline bool isCyrillicLetter(char16_t u)
{
    return (u >= 0x400 && u <= 0x481) || (u >= 0x48A && u <= 0x52F);
}

// QChar::isSpace(): above the space, only U+0085, U+00A0 and characters from U+1680 on.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u > ' ') {
        if (u < 0x1680)
            return u == 0x85 || u == 0xA0;
        return c.isSpace();
    }
    return u == ' ' || (u >= 0x09 && u <= 0x0D);
}

// QChar::isLetter()
inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
    if (isLatinLetter(u) || isCyrillicLetter(u))
        return true;
    return c.isLetter();
}

// QChar::isLetterOrNumber(): the letters isLetter() knows, and ASCII digits.
inline bool isLetterOrNumber(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80 || isLatinLetter(u) || isCyrillicLetter(u))
        return isLetter(c) || (u >= '0' && u <= '9');
    return c.isLetterOrNumber();
}

// QChar::script() == QChar::Script_Cyrillic: the Cyrillic block and its supplement are
// Cyrillic but for two combining marks of any script (U+0485, U+0486); nothing below is.
inline bool isCyrillic(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x400)
        return false;
    if (u <= 0x52F)
        return u != 0x485 && u != 0x486;
    return c.script() == QChar::Script_Cyrillic;
}

// QChar::toLower(): ASCII, Latin-1 and the Russian alphabet (with Ѐ..Џ) by arithmetic.
inline QChar toLower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' ? QChar(char16_t(u + 0x20)) : c;
    if (u >= 0xC0 && u <= 0xDE && u != 0xD7)
        return QChar(char16_t(u + 0x20));
    if (u >= 0x410 && u <= 0x42F)
        return QChar(char16_t(u + 0x20));
    if (u >= 0x400 && u <= 0x40F)
        return QChar(char16_t(u + 0x50));
    if ((u >= 0xDF && u <= 0xFF) || (u >= 0x430 && u <= 0x45F))
        return c; // already lower case
    return c.toLower();
}

// QStringView::trimmed() and QString::trimmed() without the call into Qt when there is
// nothing to trim, as for most of the pieces the parser cuts and the lines it reads.
inline bool hasSpaceAtEitherEnd(QStringView text)
{
    return !text.isEmpty() && (isSpace(text.front()) || isSpace(text.back()));
}
inline QStringView trimmed(QStringView text)
{
    return hasSpaceAtEitherEnd(text) ? text.trimmed() : text;
}
inline QString trimmed(const QString &text)
{
    return hasSpaceAtEitherEnd(text) ? text.trimmed() : text;
}
inline QString trimmed(QString &&text)
{
    return hasSpaceAtEitherEnd(text) ? std::move(text).trimmed() : std::move(text);
}

} // namespace Shortlist::Characters
