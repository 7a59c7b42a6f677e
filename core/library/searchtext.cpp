#include "searchtext.h"

#include "profile/profile.h"

#include <algorithm>

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
    QByteArray take() { return std::move(m_key); }

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

bool SearchQuery::matches(const QByteArray &searchKey) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&](const QByteArray &word) { return searchKey.contains(word); });
}

} // namespace Shortlist
