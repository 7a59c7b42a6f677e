#include "textprofile.h"


#include <algorithm>

namespace Shortlist {

TextProfile parseTextProfile(const QString &path, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    ProfileFile file = parseProfileBytes(path, utf8);
    TextProfile result {std::move(file.profile), std::move(file.warnings), std::move(file.error)};
    if (!result.isValid())
        return result;

    // The parser counts UTF-8 bytes. When every character is ASCII the two counts agree;
    // otherwise each byte offset that starts a character is mapped to its UTF-16 index.
    if (utf8.size() == text.size())
        return result;
    QList<qsizetype> utf16Of(utf8.size() + 1);
    qsizetype index = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = uchar(utf8[i]);
        utf16Of[i] = index;
        if (byte < 0x80 || byte >= 0xC0)
            index += byte >= 0xF0 ? 2 : 1; // four-byte characters take a surrogate pair
    }
    utf16Of[utf8.size()] = index;
    result.profile.forEachRange([&](SourceRange &range) {
        if (range.isValid())
            range = {utf16Of.at(range.begin), utf16Of.at(range.end)};
    });
    return result;
}

} // namespace Shortlist
