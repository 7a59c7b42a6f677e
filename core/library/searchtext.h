#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Shortlist {

struct Profile;

// Text folded so that a search ignores case and accents: "Zoë", "ZOE" and "zoe" all become
// "zoe". Letters are decomposed (NFKD), combining marks dropped, and case folded.
QString foldedForSearch(QStringView text);

// Everything a person may search a profile for (name, headline, location, summary, skills,
// companies, titles, highlights, education, projects, certificates, languages, the sections
// Shortlist did not understand and the file name), folded and UTF-8 encoded. Fields are
// separated by line breaks so that a search never matches across two of them.
QByteArray searchKeyOf(const Profile &profile, QStringView fileName);

// The folded names of a profile's skills, sorted and without repeats.
QStringList skillKeysOf(const Profile &profile);

// Whether a search key holds a folded, UTF-8 encoded word anywhere. Scans sixteen bytes at a
// time where the processor allows, for a search over every row on each keystroke.
bool keyContains(QByteArrayView searchKey, QByteArrayView word);

// A search as typed, split into folded words that must all occur.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(QStringView text);

    bool isEmpty() const { return m_words.isEmpty(); }
    const QList<QByteArray> &words() const { return m_words; }
    bool matches(const QByteArray &searchKey) const;

private:
    QList<QByteArray> m_words;
};

} // namespace Shortlist
