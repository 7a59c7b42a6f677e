#include "profile.h"

#include <algorithm>

namespace Shortlist {

QList<TextBlock> Position::blocks() const
{
    using Kind = TextBlock::Kind;
    QList<TextBlock> all = body;
    qsizetype front = 0;
    for (const QString &paragraph : description.value.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const bool held = std::any_of(body.cbegin(), body.cend(), [&](const TextBlock &b) {
            return b.kind != Kind::Item && !b.text.value.isEmpty() && paragraph.contains(b.text.value);
        });
        if (!held)
            all.insert(front++, {Kind::Paragraph, 1, {paragraph, description.range}});
    }
    for (const Text &highlight : highlights) {
        // A highlight holds its nested items too: the body has them apart, after it.
        const bool held = std::any_of(body.cbegin(), body.cend(), [&](const TextBlock &b) {
            return b.kind == Kind::Item && b.text.range.begin == highlight.range.begin
                && highlight.value.startsWith(b.text.value);
        });
        if (!held)
            all.append({Kind::Item, 1, highlight});
    }
    return all;
}

} // namespace Shortlist
