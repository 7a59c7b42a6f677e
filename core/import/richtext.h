#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Shortlist::Import {

// What the Word and OpenDocument readers make of a document before it becomes markdown:
// paragraphs of formatted spans, lists and tables, with nothing of either file format left.
// One writer (markdownwriter.h) turns it into the markdown a person would type.

struct Span
{
    // '\t' where the document has a tab, '\n' where it breaks the line inside the paragraph.
    QString text;
    bool bold = false;
    bool italic = false;
    QString link; // where a hyperlink goes; empty when the span is no link
};

enum class ListKind { None, Bullet, Numbered };

struct Paragraph
{
    QList<Span> spans;
    // 0 for body text; the document's title is 1, its first heading level 2 and so on. The
    // writer maps the ranks a document uses onto `#`, `##`, `###`.
    int headingRank = 0;
    ListKind list = ListKind::None;
    int listLevel = 0; // 0 for the outermost list
    // A border drawn under the paragraph: how word processors underline section headings.
    bool ruleBelow = false;

    // Adds text, to the last span when it looks the same.
    void append(const QString &text, bool bold, bool italic, const QString &link = {})
    {
        if (!spans.isEmpty() && spans.last().bold == bold && spans.last().italic == italic && spans.last().link == link)
            spans.last().text += text;
        else
            spans.append(Span{text, bold, italic, link});
    }
};

struct Block;

struct TableCell
{
    std::vector<Block> blocks;
};

using TableRow = std::vector<TableCell>;

// A paragraph, or a table when `rows` is not empty.
struct Block
{
    Paragraph paragraph;
    std::vector<TableRow> rows;

    bool isTable() const { return !rows.empty(); }
};

using Blocks = std::vector<Block>;

inline Block paragraphBlock(Paragraph paragraph)
{
    Block block;
    block.paragraph = std::move(paragraph);
    return block;
}

} // namespace Shortlist::Import
