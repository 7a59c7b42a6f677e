#pragma once

#include "profile/profile.h"

#include <QStringList>

namespace Shortlist {

class SourceText;

struct ParseResult
{
    Profile profile;
    QStringList warnings; // things a reader should know: a fallback encoding, an odd date…
};

// What the parser made of one line of the CV: the section it fell in and the part it
// played there, with the reasons, for `shortlist --explain`.
struct LineReading
{
    int sourceLine = 0; // 1-based line of the text where the line starts
    QString kind; // heading, text, list item, table row…
    QString section; // work, education… or empty before the first section
    QStringList notes; // "dates 2019-03..present", "position 2: header", …
    QString text; // the line's text, markup removed
};

// Reads a CV, markdown or plain text, into a profile whose ranges are file offsets. With
// `explanation`, also says line by line what was made of each line.
ParseResult parseProfile(const SourceText &source, QList<LineReading> *explanation = nullptr);

} // namespace Shortlist
