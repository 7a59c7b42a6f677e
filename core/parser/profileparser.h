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

// Reads a CV, markdown or plain text, into a profile whose ranges are file offsets.
ParseResult parseProfile(const SourceText &source);

} // namespace Shortlist
