#pragma once

#include "import/richtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Shortlist::Import {

// One line of a paragraph with the look of each of its characters: the unit the markdown
// writer trims, joins and renders with emphasis markers.
struct Look
{
    bool bold = false;
    bool italic = false;
    int link = -1; // index into FormattedLine::links

    bool operator==(const Look &) const = default;
    bool isPlain() const { return !bold && !italic && link < 0; }
};

struct FormattedLine
{
    QString text;
    QList<Look> looks; // one per character of `text`
    QStringList links;

    bool isEmpty() const { return text.isEmpty(); }
};

// The text without what a word processor adds but nobody types: soft hyphens, zero-width
// characters, checkboxes (☐), symbol-font code points from the private-use area (those that
// are bullets become '•'); no-break spaces and hyphens become plain ones.
QString cleanText(const QString &text);

// Where a paragraph's text has a tab between two parts ("Engineer⇥Jan 2019 – Mar 2021"), the
// markdown has this: the parser reads "Engineer | Jan 2019 – Mar 2021" as title and dates.
inline constexpr QStringView tabSeparator = u" | ";

// The paragraph's lines (split at its line breaks), cleaned; tabs at either end dropped and
// tabs between text, or four spaces and more (columns set with the space bar), replaced by
// tabSeparator (or by a space after a label's colon).
QList<FormattedLine> paragraphLines(const Paragraph &paragraph);

// True when the line starts with a bullet typed by hand ("• ", "· ", "- "), which is then
// removed: the paragraph is a list item as much as one Word numbers itself.
bool takeTypedBullet(FormattedLine &line);

// The line as markdown inline text: emphasis markers around runs of bold and italic text,
// links, and escapes for characters markdown would read as markup. `emphasis` false drops
// bold, italics and links (headings); `inTableCell` also escapes '|'.
QString renderLine(const FormattedLine &line, bool emphasis, bool inTableCell = false);

// A line that is only a rule typed with underscores, dashes or equals signs.
bool isTypedRule(const QString &text);

} // namespace Shortlist::Import
