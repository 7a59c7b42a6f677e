#pragma once

#include <QStringView>

namespace Shortlist {

// Where a contact detail stands in a piece of text, as UTF-16 indexes.
struct TextSpan
{
    qsizetype start = -1;
    qsizetype length = 0;

    bool isValid() const { return start >= 0; }
    QStringView in(QStringView text) const { return text.sliced(start, length); }
};

// The first e-mail address, web address or telephone number in `text`. Each scanner finds
// what the regular expression in its comment finds, where it finds it first, without
// Unicode properties (\s and \w are ASCII; letters in any case are ASCII letters). A CV's
// header asks them of each of its pieces; setting up a regular expression's match cost more
// than the whole scan.

// [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}
TextSpan findEmail(QStringView text);

// In any case: (?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'"]
//              |\b(?:github\.com|gitlab\.com|linkedin\.com|t\.me)/[^\s<>()\[\],;]+
TextSpan findUrl(QStringView text);

// (?:\+|\b00|\b0)\d[\d ()./-]{5,}\d
TextSpan findPhone(QStringView text);

} // namespace Shortlist
