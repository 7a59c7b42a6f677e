#pragma once

// The words the lexicon knows, and the small tools to look them up; internal to core/parser.

#include "characters.h"
#include "lexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <initializer_list>

namespace Shortlist::Lexicon::detail {

// A set of lower-case words, looked up by view without allocating.
class WordSet
{
public:
    WordSet(std::initializer_list<const char *> words)
    {
        for (const char *w : words)
            m_storage.append(QString::fromUtf8(w));
        index();
    }
    explicit WordSet(const QStringList &words)
        : m_storage(words)
    {
        index();
    }
    bool contains(QStringView word) const { return mayContain(word) && m_views.contains(word); }

private:
    // Most words asked about are in no set. Whether the set holds any word of the same
    // length with the same first and last characters is one bit, and a miss there saves
    // hashing the word.
    static constexpr qsizetype kSignedLength = 31;
    // 256 signatures per length: the larger sets (titles, section words) have up to 40
    // words of a length, which would set most of 64 bits.
    static unsigned signature(QStringView word)
    {
        return (word.front().unicode() * 31u + word.back().unicode()) % 256u;
    }
    bool mayContain(QStringView word) const
    {
        if (word.isEmpty() || word.size() > kSignedLength)
            return true;
        const unsigned bit = signature(word);
        return (m_signatures[word.size()][bit / 64] >> (bit % 64)) & 1;
    }
    void index()
    {
        for (const QString &w : std::as_const(m_storage)) {
            m_views.insert(QStringView(w));
            if (!w.isEmpty() && w.size() <= kSignedLength) {
                const unsigned bit = signature(w);
                m_signatures[w.size()][bit / 64] |= quint64(1) << (bit % 64);
            }
        }
    }

    QStringList m_storage; // owns the characters the views point at
    QSet<QStringView> m_views;
    quint64 m_signatures[kSignedLength + 1][4] = {}; // by length, a bit per signature
};

// The ASCII word characters (letters, digits, ' . + #), a bit each.
inline constexpr quint64 kAsciiWordBits[2] = {
    (quint64(0x3FF) << '0') | (quint64(1) << '\'') | (quint64(1) << '.') | (quint64(1) << '+')
        | (quint64(1) << '#'),
    (quint64(0x3FFFFFF) << ('A' - 64)) | (quint64(0x3FFFFFF) << ('a' - 64)),
};

// Word characters above ASCII other than Latin and Cyrillic letters: Qt's tables.
bool isOtherWordCharacter(QChar c);

// Latin and Cyrillic letters, nearly all of what is not ASCII in a CV, are told without a
// call (a Russian CV asks this of most of its characters); the rest out of line.
inline bool isNonAsciiWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return Characters::isLatinLetter(u) || Characters::isCyrillicLetter(u) || isOtherWordCharacter(c);
}

// Asked of every character of every line the lexicon reads: ASCII by a bit in a table,
// small enough to be inlined into each word loop; the rest out of line.
inline bool isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (kAsciiWordBits[u >> 6] >> (u & 63)) & 1;
    return isNonAsciiWordCharacter(c);
}

inline QChar lower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= 'A' && u <= 'Z' ? QChar(u + 32) : c;
    return Characters::toLower(c);
}

// A word character as words are compared: lower case, with a typographic apostrophe as '.
inline QChar folded(QChar c)
{
    return c == QChar(0x2019) ? QLatin1Char('\'') : lower(c);
}

// An ASCII word character as words are compared (lower case), 0 for the others: what
// isWordCharacter() and folded() answer together, by one look in a table.
inline constexpr std::array<char16_t, 128> kAsciiFolded = [] {
    std::array<char16_t, 128> table {};
    for (char16_t u = 0; u < 128; ++u) {
        if ((kAsciiWordBits[u >> 6] >> (u & 63)) & 1)
            table[u] = u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
    }
    return table;
}();

// The word without its trailing dots, if any is left: what anyWord() hands on.
inline QStringView withoutTrailingDots(QStringView word)
{
    qsizetype length = word.size();
    while (length > 0 && word[length - 1] == QLatin1Char('.'))
        --length;
    return word.first(length);
}

// Calls f(word) for each word of the text, lower case, without trailing dots, until f
// returns true; returns whether it did. No allocation for words of up to 64 characters:
// they are folded into a plain array on the stack (a QVarLengthArray re-reads its size
// and capacity on every append), a longer one into a string of its own. The array holds
// char16_t, not QChar, whose constructor would clear all of it on every call.
template<typename F> bool anyWord(QStringView text, F &&f)
{
    constexpr qsizetype kShortWord = 64;
    char16_t word[kShortWord];
    QString longWord;
    for (qsizetype i = 0, n = text.size(); i < n;) {
        while (i < n && !isWordCharacter(text[i]))
            ++i;
        const qsizetype start = i;
        for (; i < n; ++i) {
            const char16_t u = text[i].unicode();
            QChar c;
            if (u < 0x80) {
                c = QChar(kAsciiFolded[u]);
                if (c.isNull())
                    break;
            } else if (isNonAsciiWordCharacter(text[i])) {
                c = folded(text[i]);
            } else {
                break;
            }
            if (i - start < kShortWord)
                word[i - start] = c.unicode();
        }
        QStringView w;
        if (i - start <= kShortWord) {
            w = withoutTrailingDots(QStringView(word, i - start));
        } else {
            longWord.resize(i - start);
            for (qsizetype k = start; k < i; ++k)
                longWord[k - start] = folded(text[k]);
            w = withoutTrailingDots(longWord);
        }
        if (!w.isEmpty() && f(w))
            return true;
    }
    return false;
}

struct SectionTable
{
    // Headings are matched as whole phrases first, then by their key words.
    QStringList storage; // owns the characters the phrase keys point at
    QHash<QStringView, SectionKind> phrases;
    QList<QPair<QString, SectionKind>> keywords; // a word the heading contains
    QHash<QStringView, SectionKind> keywordKinds; // the same, looked up: the first kind a word was given
    // The phrases of two words or more written without their spaces ("workexperience",
    // "expérienceprofessionnelle"): a heading typed as one word or extracted without spaces.
    QHash<QStringView, SectionKind> gluedPhrases; // its characters are in `storage` too
};

const SectionTable &sectionTable();
const WordSet &titleWords();
const QStringList &titleSuffixes();
const QStringList &titleStems();
const WordSet &legalSuffixes();
const WordSet &institutionWords();
const QStringList &institutionStems();
const WordSet &degreeWords();
const WordSet &languageNames();
const WordSet &proficiencyWords();
const QHash<QStringView, QString> &countries(); // lower-case name -> ISO 3166-1 alpha-2
const QHash<QStringView, QString> &cities(); // lower-case name -> the country's ISO code

// Lexicon::normalized() written into a buffer: a key to look words and phrases up with,
// without allocating.
class NormalizedKey
{
public:
    // The key is never longer than the text: the buffer is sized for it when made, written
    // through a pointer, and the key's length kept apart (QVarLengthArray::resize() is a
    // call out of line, made twice per key before).
    explicit NormalizedKey(QStringView text)
        : m_buffer(text.size())
    {
        QChar *out = m_buffer.data();
        qsizetype length = 0;
        bool space = false;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            char16_t kept;
            if (u < 0x80) {
                kept = kAsciiKey[u];
                if (kept == kDropped)
                    continue;
            } else {
                kept = Characters::isSpace(c) ? char16_t(kSpace) : folded(c).unicode();
            }
            if (kept == kSpace) {
                space = length > 0;
                continue;
            }
            if (space)
                out[length++] = QLatin1Char(' ');
            space = false;
            out[length++] = QChar(kept);
        }
        while (length > 0) {
            const char16_t last = out[length - 1].unicode();
            if (last != ':' && last != '.' && last != ',' && last != ' ')
                break;
            --length;
        }
        m_length = length;
    }
    QStringView view() const { return QStringView(m_buffer.data(), m_length); }

private:
    // What an ASCII character becomes in a key: markup is dropped, white space is a space
    // (runs of it one), letters are lower case.
    static constexpr char16_t kDropped = 0xFFFF; // not ASCII: no entry is dropped by accident
    static constexpr char16_t kSpace = ' ';
    static constexpr std::array<char16_t, 128> kAsciiKey = [] {
        std::array<char16_t, 128> table {};
        for (char16_t u = 0; u < 128; ++u) {
            if (u == '*' || u == '_' || u == '#' || u == '`')
                table[u] = kDropped;
            else if (u == ' ' || (u >= 0x09 && u <= 0x0D))
                table[u] = kSpace;
            else
                table[u] = u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
        }
        return table;
    }();
    QVarLengthArray<QChar, 64> m_buffer;
    qsizetype m_length = 0;
};

} // namespace Shortlist::Lexicon::detail
