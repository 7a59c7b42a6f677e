#include "searchtext.h"

#include "profile/profile.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Shortlist {

QString foldedForSearch(QStringView text)
{
    // Most CV text is ASCII; it needs no decomposition.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toString().toLower();

    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

namespace {

class KeyWriter
{
public:
    void add(QStringView text)
    {
        if (text.isEmpty())
            return;
        if (!m_key.isEmpty())
            m_key.append('\n');
        m_key.append(foldedForSearch(text).toUtf8());
    }
    void add(const Text &text) { add(text.value); }
    void add(const QList<Text> &texts)
    {
        for (const Text &t : texts)
            add(t.value);
    }
    QByteArray take()
    {
        m_key.squeeze(); // kept for as long as the library is open
        return std::move(m_key);
    }

private:
    QByteArray m_key;
};

} // namespace

QByteArray searchKeyOf(const Profile &profile, QStringView fileName)
{
    KeyWriter key;
    const Basics &b = profile.basics;
    key.add(b.name), key.add(b.label), key.add(b.location.text), key.add(b.email), key.add(b.phone);
    key.add(b.summary);
    for (const Link &link : b.links)
        key.add(link.url);
    for (const SkillGroup &group : profile.skills) {
        key.add(group.name);
        for (const Skill &skill : group.keywords)
            key.add(skill.name);
    }
    for (const Position &p : profile.work) {
        key.add(p.title), key.add(p.company), key.add(p.location), key.add(p.description);
        key.add(p.highlights);
    }
    for (const Education &e : profile.education) {
        key.add(e.institution), key.add(e.studyType), key.add(e.area), key.add(e.description);
        key.add(e.courses);
    }
    for (const Project &p : profile.projects)
        key.add(p.name), key.add(p.description), key.add(p.highlights);
    for (const Certificate &c : profile.certificates)
        key.add(c.name), key.add(c.issuer);
    for (const Language &l : profile.languages)
        key.add(l.language), key.add(l.fluency);
    for (const Section &s : profile.sections)
        key.add(s.heading), key.add(s.text);
    key.add(fileName);
    return key.take();
}

QStringList skillKeysOf(const Profile &profile)
{
    QStringList keys;
    for (const SkillGroup &group : profile.skills) {
        for (const Skill &skill : group.keywords)
            keys.append(foldedForSearch(skill.name).trimmed());
    }
    keys.removeAll(QString());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

SearchQuery::SearchQuery(QStringView text)
{
    const QString folded = foldedForSearch(text).simplified();
    for (const QStringView word : QStringView(folded).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_words.append(word.trimmed().toUtf8());
    m_words.removeAll(QByteArray());
}

bool keyContains(QByteArrayView searchKey, QByteArrayView word)
{
    if (word.isEmpty())
        return true;
    if (searchKey.size() < word.size())
        return false;
    if (word.size() == 1)
        return std::memchr(searchKey.data(), word.front(), size_t(searchKey.size())) != nullptr;
    qsizetype from = 0;
#ifdef __SSE2__
    // Positions where the word's first and last bytes both stand, sixteen at a time; only
    // those are compared in full (W. Muła's "SIMD-friendly" substring search).
    const qsizetype span = word.size() - 1;
    const __m128i first = _mm_set1_epi8(word.front());
    const __m128i last = _mm_set1_epi8(word.back());
    for (; from + span + 16 <= searchKey.size(); from += 16) {
        const auto *block = reinterpret_cast<const __m128i *>(searchKey.data() + from);
        const __m128i atFirst = _mm_cmpeq_epi8(first, _mm_loadu_si128(block));
        const __m128i atLast = _mm_cmpeq_epi8(
            last, _mm_loadu_si128(reinterpret_cast<const __m128i *>(searchKey.data() + from + span)));
        for (auto mask = uint(_mm_movemask_epi8(_mm_and_si128(atFirst, atLast))); mask; mask &= mask - 1) {
            const qsizetype at = from + qCountTrailingZeroBits(mask);
            if (std::memcmp(searchKey.data() + at + 1, word.data() + 1, size_t(span - 1)) == 0)
                return true;
        }
    }
#endif
    const std::string_view rest(searchKey.data() + from, size_t(searchKey.size() - from));
    return rest.find(std::string_view(word.data(), size_t(word.size()))) != std::string_view::npos;
}

bool SearchQuery::matches(const QByteArray &searchKey) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&](const QByteArray &word) { return keyContains(searchKey, word); });
}

} // namespace Shortlist
