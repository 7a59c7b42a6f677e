#pragma once

#include "io/profilefile.h"

#include <QString>

namespace Shortlist {

// A profile read from an editor's text rather than from a file: every range is a
// position in `text` (UTF-16 code units, as QString and QTextDocument count them), so
// an edit can be made at it directly.
struct TextProfile
{
    Profile profile;
    QStringList warnings;
    QString error; // empty when the text could be read as a profile

    bool isValid() const { return error.isEmpty(); }
};

TextProfile parseTextProfile(const QString &path, const QString &text);

} // namespace Shortlist
