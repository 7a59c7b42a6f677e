#include "sourcetext.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Shortlist {

namespace {

// Code points of bytes 0x80..0x9F in Windows-1252; the five undefined bytes keep
// their C1 control code point so that nothing is lost.
constexpr char16_t kWindows1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
#ifdef __SSE2__
            // Most of a CV is ASCII: thirty-two bytes at a time where the processor compares
            // sixteen at once (every x86-64 one does),
            if (end - p >= 32) {
                const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16));
                if (_mm_movemask_epi8(_mm_or_si128(first, second)) == 0) {
                    p += 32;
                    continue;
                }
            }
#endif
            // else sixteen bytes at a time, or eight and up to the first byte that is not.
            constexpr quint64 kHighBits = 0x8080808080808080ULL;
            if (end - p >= 16
                && ((qFromLittleEndian<quint64>(p) | qFromLittleEndian<quint64>(p + 8)) & kHighBits) == 0) {
                p += 16;
                continue;
            }
            if (end - p < 8) {
                ++p;
                continue;
            }
            const quint64 high = qFromLittleEndian<quint64>(p) & kHighBits;
            p += high == 0 ? 8 : std::countr_zero(high) / 8;
            continue;
        }
        // Two bytes, as Latin accents and Cyrillic take: a lead byte from C2 (C0 and C1
        // would be overlong) and one continuation byte. A Cyrillic word is a run of them,
        // read pair by pair without the eight-byte test above.
        if (*p >= 0xC2 && *p <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            p += 2;
            continue;
        }
        int length = 0;
        char32_t cp = 0, min = 0;
        if ((*p & 0xE0) == 0xC0)
            length = 2, cp = *p & 0x1F, min = 0x80;
        else if ((*p & 0xF0) == 0xE0)
            length = 3, cp = *p & 0x0F, min = 0x800;
        else if ((*p & 0xF8) == 0xF0)
            length = 4, cp = *p & 0x07, min = 0x10000;
        else
            return false;
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

// Writes the UTF-8 form of `ch` (at most four bytes) to `out`; returns how many bytes.
int encodeUtf8(char32_t ch, char *out)
{
    if (ch < 0x80) {
        out[0] = char(ch);
        return 1;
    }
    if (ch < 0x800) {
        out[0] = char(0xC0 | (ch >> 6));
        out[1] = char(0x80 | (ch & 0x3F));
        return 2;
    }
    if (ch < 0x10000) {
        out[0] = char(0xE0 | (ch >> 12));
        out[1] = char(0x80 | ((ch >> 6) & 0x3F));
        out[2] = char(0x80 | (ch & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (ch >> 18));
    out[1] = char(0x80 | ((ch >> 12) & 0x3F));
    out[2] = char(0x80 | ((ch >> 6) & 0x3F));
    out[3] = char(0x80 | (ch & 0x3F));
    return 4;
}

// Appends the UTF-8 form of `ch` to `out` and records `fileOffset` for each byte written.
void appendMapped(QByteArray &out, QList<qsizetype> &map, char32_t ch, qsizetype fileOffset)
{
    char buffer[4];
    const int n = encodeUtf8(ch, buffer);
    out.append(buffer, n);
    for (int i = 0; i < n; ++i)
        map.append(fileOffset);
}

// The UTF-8 form of `text` in `out`, which holds three bytes per UTF-16 unit (a surrogate
// pair, two units, takes four). A lone surrogate is written as its own three bytes.
qsizetype encodeUtf8(QStringView text, char *out)
{
    char *p = out;
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        char32_t ch = text[i].unicode();
        if (ch < 0x80) {
            *p++ = char(ch); // most of a needle
            continue;
        }
        if (QChar::isHighSurrogate(ch) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        p += encodeUtf8(ch, p);
    }
    return p - out;
}

constexpr qsizetype kNotAscii = -2;

// Whether four UTF-16 units are all ASCII and the same as four bytes: one comparison of 64
// bits, the bytes spread out to one per 16-bit lane, rather than four of a unit each.
inline bool isAsciiQuad(const char16_t *units, const char *bytes)
{
    const auto wide = qFromLittleEndian<quint64>(units);
    if (wide & 0xFF80FF80FF80FF80ULL)
        return false;
    quint64 spread = qFromLittleEndian<quint32>(bytes);
    spread = (spread | (spread << 16)) & 0x0000FFFF0000FFFFULL;
    spread = (spread | (spread << 8)) & 0x00FF00FF00FF00FFULL;
    return spread == wide;
}

// Where `needle`, whose first character is ASCII, first occurs in `haystack` when the needle
// is all ASCII (its UTF-8 form is then its UTF-16 form, a byte per unit); -1 when nowhere.
// kNotAscii when a character that is not ASCII is reached before an answer: the caller then
// searches for the needle's UTF-8 form. Up to that character the two searches agree, so the
// needle is checked as it is compared rather than in a pass of its own.
qsizetype findAsciiPrefixed(QByteArrayView haystack, QStringView needle)
{
    const qsizetype n = needle.size(), size = haystack.size();
    const char16_t *units = reinterpret_cast<const char16_t *>(needle.utf16());
    const char *data = haystack.data();
    for (qsizetype at = 0; at + n <= size;) {
        const void *hit = std::memchr(data + at, char(units[0]), size_t(size - n - at + 1));
        if (!hit)
            return -1;
        at = static_cast<const char *>(hit) - data;
        // Four units at a time while they are ASCII and equal, which the loop below would
        // pass one by one; it takes over at the first quad that is not.
        qsizetype k = 1;
        while (k + 4 <= n && isAsciiQuad(units + k, data + at + k))
            k += 4;
        for (;; ++k) {
            if (k == n)
                return at;
            if (units[k] >= 0x80)
                return kNotAscii;
            if (char16_t(uchar(data[at + k])) != units[k])
                break;
        }
        ++at;
    }
    return -1;
}

void decodeWindows1252(QByteArrayView bytes, QByteArray &out, QList<qsizetype> &map)
{
    out.reserve(bytes.size() + bytes.size() / 8);
    map.reserve(bytes.size() + bytes.size() / 8 + 1);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        char32_t ch = byte;
        if (byte >= 0x80 && byte < 0xA0)
            ch = kWindows1252High[byte - 0x80];
        appendMapped(out, map, ch, i);
    }
    map.append(bytes.size());
}

void decodeUtf16(
    QByteArrayView bytes, qsizetype bomLength, bool bigEndian, QByteArray &out, QList<qsizetype> &map)
{
    const qsizetype units = (bytes.size() - bomLength) / 2;
    auto unitAt = [&](qsizetype i) -> char16_t {
        const auto a = uchar(bytes[bomLength + 2 * i]);
        const auto b = uchar(bytes[bomLength + 2 * i + 1]);
        return bigEndian ? char16_t(a << 8 | b) : char16_t(b << 8 | a);
    };
    for (qsizetype i = 0; i < units; ++i) {
        const qsizetype fileOffset = bomLength + 2 * i;
        char32_t ch = unitAt(i);
        if (QChar::isHighSurrogate(ch) && i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1))) {
            ch = QChar::surrogateToUcs4(char16_t(ch), unitAt(i + 1));
            ++i;
        } else if (QChar::isSurrogate(ch)) {
            ch = QChar::ReplacementCharacter;
        }
        appendMapped(out, map, ch, fileOffset);
    }
    map.append(bytes.size());
}

// The byte Windows-1252 writes `ch` with, or -1. Undefined bytes were read as their C1
// control code point, so they are written back as themselves.
int windows1252Byte(char16_t ch)
{
    if (ch < 0x80 || (ch >= 0xA0 && ch <= 0xFF))
        return ch;
    for (int i = 0; i < 32; ++i) {
        if (kWindows1252High[i] == ch)
            return 0x80 + i;
    }
    return -1;
}

} // namespace

bool SourceText::encode(QStringView text, Encoding encoding, QByteArray *out, qsizetype *unencodable)
{
    switch (encoding) {
    case Encoding::Utf8:
        *out = text.toUtf8();
        return true;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        out->resize(text.size() * 2);
        auto *p = reinterpret_cast<uchar *>(out->data());
        for (QChar ch : text) {
            const char16_t unit = ch.unicode();
            if (encoding == Encoding::Utf16LE)
                qToLittleEndian(unit, p);
            else
                qToBigEndian(unit, p);
            p += 2;
        }
        return true;
    }
    case Encoding::Windows1252:
        out->resize(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const int byte = windows1252Byte(text[i].unicode());
            if (byte < 0) {
                if (unencodable)
                    *unencodable = i;
                out->clear();
                return false;
            }
            (*out)[i] = char(byte);
        }
        return true;
    }
    return false;
}

std::optional<SourceText::Encoding> SourceText::utf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.isEmpty() || bytes.size() % 2 != 0 || !std::memchr(bytes.data(), 0, size_t(bytes.size())))
        return std::nullopt;
    const qsizetype units = bytes.size() / 2;
    qsizetype zeroFirst = 0; // units whose first byte is zero: big-endian Latin text
    qsizetype zeroSecond = 0; // units whose second byte is zero: little-endian Latin text
    qsizetype control = 0; // units below U+0020 other than white space, either order
    for (qsizetype i = 0; i < units; ++i) {
        const auto a = uchar(bytes[2 * i]);
        const auto b = uchar(bytes[2 * i + 1]);
        if (a == 0 && b == 0)
            return std::nullopt; // a NUL character: not text
        const uchar low = a == 0 ? b : a;
        if ((a == 0 || b == 0) && low < 0x20 && low != '\n' && low != '\r' && low != '\t' && low != '\f')
            ++control;
        zeroFirst += a == 0;
        zeroSecond += b == 0;
    }
    // Spaces, digits and line ends alone make a quarter of a CV; the other order's zero
    // bytes (U+0100, U+0200, ...) are rare letters.
    const qsizetype zeros = std::max(zeroFirst, zeroSecond);
    const qsizetype otherZeros = std::min(zeroFirst, zeroSecond);
    if (zeros * 4 < units || otherZeros * 10 > zeros || control * 20 > units)
        return std::nullopt;
    return zeroFirst > zeroSecond ? Encoding::Utf16BE : Encoding::Utf16LE;
}

SourceText SourceText::fromBytes(const QByteArray &fileBytes)
{
    SourceText source;
    source.m_file = fileBytes;
    const QByteArrayView bytes(fileBytes);

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        source.m_bomLength = 3;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        source.m_bomLength = 2;
        const bool bigEndian = bytes.startsWith("\xFE\xFF");
        source.m_encoding = bigEndian ? Encoding::Utf16BE : Encoding::Utf16LE;
        decodeUtf16(bytes, 2, bigEndian, source.m_text, source.m_fileOffsets);
    } else if (const auto utf16 = utf16WithoutBom(bytes)) {
        source.m_encoding = *utf16;
        decodeUtf16(bytes, 0, *utf16 == Encoding::Utf16BE, source.m_text, source.m_fileOffsets);
    }

    if (source.m_encoding == Encoding::Utf8) {
        const QByteArrayView body = bytes.sliced(source.m_bomLength);
        if (isValidUtf8(body)) {
            // Without a BOM the text is the file's bytes, shared rather than copied.
            source.m_text = source.m_bomLength ? body.toByteArray() : fileBytes;
        } else {
            // A UTF-8 BOM over bytes that are not UTF-8: the BOM stays a BOM, the rest is Windows-1252.
            source.m_encoding = Encoding::Windows1252;
            decodeWindows1252(bytes.sliced(source.m_bomLength), source.m_text, source.m_fileOffsets);
            for (qsizetype &offset : source.m_fileOffsets)
                offset += source.m_bomLength;
        }
    }

    // Line table over the decoded text: LF, CRLF and lone CR all end a line.
    const QByteArray &text = source.m_text;
    source.m_lineStarts.reserve(text.size() / 40 + 1);
    source.m_lineStarts.append(0);
    bool sawLf = false, sawCrLf = false, sawCr = false;
    const char *data = text.constData();
    const qsizetype size = text.size();
    const bool hasCarriageReturn = std::memchr(data, '\r', size_t(size)) != nullptr;
    if (!hasCarriageReturn) {
        // LF only, the common case: jump from one line feed to the next.
        for (const char *p = data, *end = data + size;
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))));) {
            ++p;
            source.m_lineStarts.append(p - data);
            sawLf = true;
        }
    }
    for (qsizetype i = 0; hasCarriageReturn && i < size; ++i) {
        const char c = data[i];
        if (c == '\n') {
            sawLf = true;
            source.m_lineStarts.append(i + 1);
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                sawCrLf = true;
                ++i;
            } else {
                sawCr = true;
            }
            source.m_lineStarts.append(i + 1);
        }
    }
    const int kinds = int(sawLf) + int(sawCrLf) + int(sawCr);
    if (kinds > 1)
        source.m_lineEnding = LineEnding::Mixed;
    else if (sawCrLf)
        source.m_lineEnding = LineEnding::CRLF;
    else if (sawLf)
        source.m_lineEnding = LineEnding::LF;
    else if (sawCr)
        source.m_lineEnding = LineEnding::CR;
    return source;
}

// Where a line ends when carriage returns may stand before its line feed, or alone.
qsizetype SourceText::lineEndBeforeTerminators(int line) const
{
    qsizetype end = line + 1 < m_lineStarts.size() ? m_lineStarts.at(line + 1) : m_text.size();
    while (end > m_lineStarts.at(line) && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r'))
        --end;
    return end;
}

int SourceText::lineAt(qsizetype textOffset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), textOffset);
    return int(std::distance(m_lineStarts.cbegin(), it)) - 1;
}

qsizetype SourceText::offsetOf(int line1, int column1) const
{
    const int line = std::clamp(line1 - 1, 0, lineCount() - 1);
    return std::min(lineStart(line) + std::max(column1 - 1, 0), lineEnd(line));
}

QString SourceText::text(qsizetype begin, qsizetype end) const
{
    if (begin < 0 || end <= begin)
        return {};
    return QString::fromUtf8(m_text.constData() + begin, end - begin);
}

SourceRange SourceText::trimmed(qsizetype begin, qsizetype end) const
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (begin < end && isSpace(m_text[begin]))
        ++begin;
    while (end > begin && isSpace(m_text[end - 1]))
        --end;
    return {begin, end};
}

SourceRange SourceText::find(QStringView needle, qsizetype begin, qsizetype end, Qt::CaseSensitivity cs) const
{
    // A UTF-8 needle is never shorter than its UTF-16 form.
    if (needle.isEmpty() || begin < 0 || end <= begin || needle.size() > end - begin)
        return {};
    const QByteArrayView haystack(m_text.constData() + begin, end - begin);
    if (cs == Qt::CaseSensitive) {
        const char16_t first = needle.front().unicode();
        if (first < 0x80) {
            // Most needles are ASCII words of a line: compared with the bytes as they are,
            // without writing them out as UTF-8 first.
            if (const qsizetype at = findAsciiPrefixed(haystack, needle); at != kNotAscii)
                return at < 0 ? SourceRange {} : SourceRange {begin + at, begin + at + needle.size()};
        }
        // Room on the stack for a paragraph's worth of Cyrillic or accented text.
        QVarLengthArray<char, 1024> utf8Needle(needle.size() * 3);
        utf8Needle.resize(encodeUtf8(needle, utf8Needle.data()));
        // Lines are short: the first byte by memchr, the rest by memcmp, no search tables.
        const char *data = haystack.data();
        const qsizetype n = utf8Needle.size(), size = haystack.size();
        for (qsizetype at = 0; at + n <= size;) {
            const void *hit = std::memchr(data + at, utf8Needle[0], size_t(size - n - at + 1));
            if (!hit)
                return {};
            at = static_cast<const char *>(hit) - data;
            if (std::memcmp(data + at, utf8Needle.data(), size_t(n)) == 0)
                return {begin + at, begin + at + n};
            ++at;
        }
        return {};
    }
    const QString decoded = QString::fromUtf8(haystack);
    const qsizetype at = decoded.indexOf(needle, 0, cs);
    if (at < 0)
        return {};
    const qsizetype prefix = QStringView(decoded).first(at).toUtf8().size();
    const qsizetype length = QStringView(decoded).sliced(at, needle.size()).toUtf8().size();
    return {begin + prefix, begin + prefix + length};
}

qsizetype SourceText::toFileOffset(qsizetype textOffset) const
{
    if (textOffset < 0)
        return -1;
    if (m_fileOffsets.isEmpty())
        return std::min(textOffset, m_text.size()) + m_bomLength;
    return m_fileOffsets.at(std::min(textOffset, qsizetype(m_fileOffsets.size() - 1)));
}

} // namespace Shortlist
