#pragma once

#include "source/sourcerange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Shortlist {

class SourceText;

// A link or image written inline, with its visible text.
struct InlineLink
{
    QString text;
    QString url;
    bool image = false;

    friend bool operator==(const InlineLink &, const InlineLink &) = default;
};

// One logical line of a CV, as the heuristics see it: the markdown structure
// comes from cmark-gfm, inline markup is removed, and each line knows the range
// of the text it came from (text offsets, see SourceText).
struct Line
{
    enum class Kind { Heading, Text, ListItem, TableRow, Code, Html, Rule };

    Kind kind = Kind::Text;
    int level = 0; // heading level, or list nesting depth (1 = top level)
    QString text; // plain text; list items whose paragraph wraps are joined with spaces
    SourceRange range; // text offsets, trimmed
    int block = 0; // lines of one paragraph (or list, or table) share a block number
    int indent = 0; // leading white space of its source line (a tab counts 4)
    bool blankBefore = false; // an empty line (or the start of a block) precedes it
    bool emphasized = false; // all its text is in *emphasis* or **strong emphasis**
    bool strong = false; // all its text is in **strong emphasis**
    bool headerRow = false; // table header row
    QList<InlineLink> links;
    QStringList cells; // table rows
    QList<SourceRange> cellRanges;

    bool isHeading() const { return kind == Kind::Heading; }
    bool isListItem() const { return kind == Kind::ListItem; }
    bool isBlank() const
    {
        if (!links.isEmpty())
            return false;
        for (QChar c : text) {
            if (!c.isSpace())
                return false;
        }
        return true;
    }
};

// Parses `source` with cmark-gfm (GFM tables, strikethrough and autolinks) and
// flattens the tree into lines. Bytes before `bodyStart` (front matter) are skipped.
QList<Line> markdownLines(const SourceText &source, qsizetype bodyStart = 0);
// The same, appended to `lines`: a caller that parses many files keeps one list's storage.
void appendMarkdownLines(const SourceText &source, qsizetype bodyStart, QList<Line> &lines);

} // namespace Shortlist

Q_DECLARE_TYPEINFO(Shortlist::InlineLink, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Shortlist::Line, Q_RELOCATABLE_TYPE);
