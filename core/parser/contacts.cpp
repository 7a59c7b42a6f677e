#include "contacts.h"

#include <QLatin1StringView>

#include <initializer_list>

namespace Shortlist {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetterOrDigit(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// \s and \w as a regular expression reads them without Unicode properties.
bool isAsciiSpace(char16_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool isAsciiWordCharacter(char16_t c)
{
    return isAsciiLetterOrDigit(c) || c == '_';
}

bool isOneOf(char16_t c, QLatin1StringView set)
{
    for (char s : set) {
        if (c == char16_t(s))
            return true;
    }
    return false;
}

// \b before a word character at `at`.
bool startsWord(QStringView text, qsizetype at)
{
    return at == 0 || !isAsciiWordCharacter(text[at - 1].unicode());
}

// Whether `word` (ASCII, lower case) is written at `at`, in any case.
bool isWrittenInAnyCaseAt(QStringView text, qsizetype at, QLatin1StringView word)
{
    if (at + word.size() > text.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = text[at + i].unicode();
        const char16_t w = char16_t(word[i].unicode());
        if (c != w && !(isAsciiLetter(w) && c == (w ^ 0x20)))
            return false;
    }
    return true;
}

// From `from`, while `accepts` holds: where the run ends.
template<typename Accepts> qsizetype runEnd(QStringView text, qsizetype from, Accepts accepts)
{
    while (from < text.size() && accepts(text[from].unicode()))
        ++from;
    return from;
}

bool isLocalPartCharacter(char16_t c)
{
    return isAsciiLetterOrDigit(c) || isOneOf(c, QLatin1StringView("._%+-"));
}

bool isDomainCharacter(char16_t c)
{
    return isAsciiLetterOrDigit(c) || c == '-';
}

// The address's domain after its '@' at `at`: where the match ends, or -1. Labels are runs of
// domain characters between single dots; the longest match ends in the last label that opens
// with two letters or more (after at least one label), at the end of those letters.
qsizetype emailDomainEnd(QStringView text, qsizetype at)
{
    qsizetype labelStart = at + 1;
    qsizetype labelEnd = runEnd(text, labelStart, isDomainCharacter);
    if (labelEnd == labelStart)
        return -1;
    qsizetype end = -1;
    while (labelEnd + 1 < text.size() && text[labelEnd] == u'.' && isDomainCharacter(text[labelEnd + 1].unicode())) {
        labelStart = labelEnd + 1;
        labelEnd = runEnd(text, labelStart, isDomainCharacter);
        const qsizetype letters = runEnd(text, labelStart, isAsciiLetter);
        if (letters - labelStart >= 2)
            end = letters;
    }
    return end;
}

bool isUrlCharacter(char16_t c)
{
    return !isAsciiSpace(c) && !isOneOf(c, QLatin1StringView("<>()[]"));
}

bool endsUrl(char16_t c)
{
    return isUrlCharacter(c) && !isOneOf(c, QLatin1StringView(".,;:!?'\""));
}

bool isProfilePathCharacter(char16_t c)
{
    return !isAsciiSpace(c) && !isOneOf(c, QLatin1StringView("<>()[],;"));
}

// After "http://", "https://" or "www." at `at`: where the address's text starts, or -1.
qsizetype afterUrlScheme(QStringView text, qsizetype at)
{
    if (isWrittenInAnyCaseAt(text, at, QLatin1StringView("http"))) {
        qsizetype colon = at + 4;
        if (colon < text.size() && (text[colon] == u's' || text[colon] == u'S'))
            ++colon;
        return isWrittenInAnyCaseAt(text, colon, QLatin1StringView("://")) ? colon + 3 : -1;
    }
    return isWrittenInAnyCaseAt(text, at, QLatin1StringView("www.")) ? at + 4 : -1;
}

// The number's digits from `at` (after its '+', "00" or "0"): where the match ends, or -1.
// A digit, five or more of digits, spaces and ( ) . / -, and the last digit of that run.
qsizetype phoneEnd(QStringView text, qsizetype at)
{
    if (at >= text.size() || !isAsciiDigit(text[at].unicode()))
        return -1;
    const qsizetype end = runEnd(text, at + 1, [](char16_t c) {
        return isAsciiDigit(c) || isOneOf(c, QLatin1StringView(" ()./-"));
    });
    for (qsizetype last = end - 1; last >= at + 6; --last) {
        if (isAsciiDigit(text[last].unicode()))
            return last + 1;
    }
    return -1;
}

} // namespace

TextSpan findEmail(QStringView text)
{
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        qsizetype start = at;
        while (start > 0 && isLocalPartCharacter(text[start - 1].unicode()))
            --start;
        if (start == at)
            continue;
        if (const qsizetype end = emailDomainEnd(text, at); end >= 0)
            return {start, end - start};
    }
    return {};
}

TextSpan findUrl(QStringView text)
{
    static constexpr QLatin1StringView kProfileHosts[] = {
        QLatin1StringView("github.com/"),
        QLatin1StringView("gitlab.com/"),
        QLatin1StringView("linkedin.com/"),
        QLatin1StringView("t.me/"),
    };
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (const qsizetype body = afterUrlScheme(text, at); body >= 0) {
            const qsizetype end = runEnd(text, body, isUrlCharacter);
            for (qsizetype last = end - 1; last > body; --last) {
                if (endsUrl(text[last].unicode()))
                    return {at, last + 1 - at};
            }
        }
        if (!startsWord(text, at))
            continue;
        for (QLatin1StringView host : kProfileHosts) {
            if (!isWrittenInAnyCaseAt(text, at, host))
                continue;
            const qsizetype path = at + host.size();
            if (const qsizetype end = runEnd(text, path, isProfilePathCharacter); end > path)
                return {at, end - at};
        }
    }
    return {};
}

TextSpan findPhone(QStringView text)
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = text[at].unicode();
        qsizetype end = -1;
        if (c == u'+') {
            end = phoneEnd(text, at + 1);
        } else if (c == u'0' && startsWord(text, at)) {
            if (at + 1 < text.size() && text[at + 1] == u'0')
                end = phoneEnd(text, at + 2);
            if (end < 0)
                end = phoneEnd(text, at + 1);
        }
        if (end >= 0)
            return {at, end - at};
    }
    return {};
}

} // namespace Shortlist
