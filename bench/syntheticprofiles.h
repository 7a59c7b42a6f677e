#pragma once

#include <QByteArray>
#include <QList>

namespace ShortlistBench {

struct SyntheticProfile
{
    QByteArray bytes; // UTF-8, as a CV file would hold it
    int positions = 0; // jobs written, to compare with what the parser finds
    bool markdown = true; // false for the plain-text layout, which a person saves as .txt
};

// `count` CVs in six languages and five layouts (markdown with job headings, "Title, Company
// (dates)" headings, dates-first headings, an experience table, plain text). The same seed
// gives the same CVs.
QList<SyntheticProfile> syntheticProfiles(int count, quint32 seed);

} // namespace ShortlistBench
