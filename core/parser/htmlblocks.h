#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// The HTML that CVs embed in markdown (GitHub profile pages, Jekyll and Hugo sites), read
// as a browser shows it: block elements break lines, list items are bullets, headings are
// headings, and a table of data is rows of cells. Offsets are bytes of the block given.
namespace Shortlist::Html {

enum class TagKind {
    Inline, // <a>, <b>, <span>, <img>…: no break in the text
    Block, // <p>, <div>, <br>, <ul>, <tr>, <td>…: the text breaks around it
    ListItem, // <li>
    Heading, // <h1> … <h6>
    Hidden, // <script>, <style>: their content is not shown either
};

struct Tag
{
    qsizetype begin = 0; // '<'
    qsizetype end = 0; // after '>'
    QByteArray name; // lower case, "!--" for a comment
    bool closing = false;
    TagKind kind = TagKind::Inline;
    int headingLevel = 0;
};

// The tag (or comment) that starts at `at`, if `text` has one there; a '<' that starts none
// ("a < b", "<http://…>", "<me@example.org>") is text.
bool tagAt(QByteArrayView text, qsizetype at, Tag *tag);
// How an inline HTML node's text ("<br/>", "</li>") breaks the line it stands in.
TagKind inlineTagKind(QByteArrayView literal);
// The value of an attribute of a tag (its bytes from '<' to '>'), empty when absent.
QByteArray attribute(QByteArrayView tag, QByteArrayView name);
// "&amp;" as "&", "&#233;" as "é": the named references CVs use and every numeric one.
QString decodeEntities(const QString &text);

// A table of data: rows of cells, spans filled in (a cell spanning three rows is in each).
struct Cell
{
    QString text; // lines joined by '\n'; a list item's line starts with "• "
    qsizetype begin = -1; // the characters of `text` in the block when it is written there
    qsizetype end = -1; // as is, else -1
};

struct Row
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool header = false;
    QList<Cell> cells;
};

struct Table
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<Row> rows;
};

// An HTML block as markdown of the same length, every byte at its place: tags become spaces
// and line breaks, "- " before a list item's text and "# " before a heading's; the tables
// of data are taken out whole (blank in `markdown`) and given as rows. The text around and
// inside the tags stays as written, so markdown written inside HTML (Jekyll's
// markdown="1") is read as markdown.
struct Block
{
    QByteArray markdown;
    QList<Table> tables;
    QList<std::pair<qsizetype, int>> headings; // the offset of each '#' written, and its level
};

Block readBlock(QByteArrayView html);

} // namespace Shortlist::Html
