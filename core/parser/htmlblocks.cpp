#include "htmlblocks.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <optional>

namespace Shortlist::Html {

namespace {

// A tag that never finds its '>' within this many bytes is text: the bound keeps a file of
// many lone '<' linear.
constexpr qsizetype MaxTagLength = 4096;
// Spans larger than this are mistakes (or attacks); a table is never that tall.
constexpr int MaxSpan = 64;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

TagKind kindOf(QByteArrayView name, int *headingLevel)
{
    static const QHash<QByteArray, TagKind> kinds = [] {
        QHash<QByteArray, TagKind> k;
        for (const char *block : {"p", "div", "br", "hr", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
                 "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header", "footer", "nav",
                 "aside", "main", "blockquote", "center", "details", "summary", "figure", "figcaption", "pre",
                 "address", "form", "fieldset", "body", "html", "hgroup"})
            k.insert(block, TagKind::Block);
        k.insert("li", TagKind::ListItem);
        for (const char *hidden : {"script", "style", "template", "head"})
            k.insert(hidden, TagKind::Hidden);
        return k;
    }();
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
        *headingLevel = name[1] - '0';
        return TagKind::Heading;
    }
    return kinds.value(name.toByteArray(), TagKind::Inline);
}

void blank(QByteArray &text, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (text[i] != '\n')
            text[i] = ' ';
    }
}

// All tags of a block in order; the content of a hidden element is taken into its tag.
QList<Tag> tagsOf(QByteArrayView html)
{
    QList<Tag> tags;
    for (qsizetype i = html.indexOf('<'); i >= 0 && i < html.size(); i = html.indexOf('<', i)) {
        Tag tag;
        if (!tagAt(html, i, &tag)) {
            ++i;
            continue;
        }
        if (tag.kind == TagKind::Hidden && !tag.closing) {
            // Up to the element's end tag, or the block's end when it has none.
            const QByteArray close = "</" + tag.name;
            qsizetype c = tag.end;
            Tag end;
            while ((c = html.indexOf(close, c)) >= 0 && !(tagAt(html, c, &end) && end.name == tag.name))
                ++c;
            tag.end = c >= 0 ? end.end : html.size();
        }
        i = tag.end;
        tags.append(std::move(tag));
    }
    return tags;
}

// The visible text of [begin, end) of a cell: block tags break lines, list items are bullets.
QString cellText(QByteArrayView html, const QList<Tag> &tags, qsizetype firstTag, qsizetype begin, qsizetype end)
{
    QByteArray raw;
    qsizetype at = begin;
    for (qsizetype k = firstTag; k < tags.size() && tags[k].begin < end; ++k) {
        const Tag &tag = tags[k];
        if (tag.begin < begin)
            continue;
        raw += html.sliced(at, tag.begin - at);
        if (tag.kind == TagKind::ListItem && !tag.closing)
            raw += "\n\u2022 ";
        else if (tag.kind != TagKind::Inline && tag.kind != TagKind::Hidden)
            raw += '\n';
        at = tag.end;
    }
    if (at < end)
        raw += html.sliced(at, end - at);
    QStringList lines;
    for (const QByteArray &piece : raw.split('\n')) {
        const QString line = decodeEntities(QString::fromUtf8(piece)).simplified();
        if (line.isEmpty())
            continue;
        // A bullet whose text starts on the next line.
        if (!lines.isEmpty() && lines.last() == QStringLiteral("\u2022"))
            lines.last() += QLatin1Char(' ') + line;
        else
            lines.append(line);
    }
    if (!lines.isEmpty() && lines.last() == QStringLiteral("\u2022"))
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

int spanOf(QByteArrayView tag, QByteArrayView name)
{
    bool ok = false;
    const int span = attribute(tag, name).trimmed().toInt(&ok);
    return ok ? std::clamp(span, 1, MaxSpan) : 1;
}

struct PendingCell
{
    Cell cell;
    int rows = 0; // rows still to fill
};

// A table of data read from its tags tags[first] ("<table>") to tags[last] ("</table>",
// or the end); nullopt when the table lays out a page instead (headings, lists or markdown
// in its cells, a table in a table, a single row or column).
std::optional<Table> readTable(QByteArrayView html, const QList<Tag> &tags, qsizetype first, qsizetype last)
{
    struct RawCell
    {
        qsizetype tag, begin, end;
        int rowSpan, colSpan;
        bool header;
    };
    struct RawRow
    {
        qsizetype begin, end;
        bool inHead;
        QList<RawCell> cells;
    };
    QList<RawRow> rows;
    bool inHead = false;
    auto closeCell = [&](qsizetype at) {
        if (!rows.isEmpty() && !rows.last().cells.isEmpty() && rows.last().cells.last().end < 0)
            rows.last().cells.last().end = at;
    };
    for (qsizetype k = first + 1; k < last; ++k) {
        const Tag &tag = tags[k];
        const QByteArrayView text = html.sliced(tag.begin, tag.end - tag.begin);
        if (tag.name == "table" || tag.kind == TagKind::Heading || !attribute(text, "markdown").isEmpty())
            return std::nullopt;
        if (tag.name == "thead") {
            inHead = !tag.closing;
        } else if (tag.name == "tr") {
            closeCell(tag.begin);
            if (!tag.closing)
                rows.append({tag.begin, tag.end, inHead, {}});
            else if (!rows.isEmpty())
                rows.last().end = tag.end;
        } else if (tag.name == "td" || tag.name == "th") {
            closeCell(tag.begin);
            if (tag.closing)
                continue;
            if (rows.isEmpty())
                rows.append({tag.begin, tag.end, inHead, {}});
            rows.last().cells.append({k, tag.end, -1, spanOf(text, "rowspan"), spanOf(text, "colspan"), tag.name == "th"});
            rows.last().end = tag.end;
        } else if (!rows.isEmpty() && !rows.last().cells.isEmpty() && rows.last().cells.last().end < 0) {
            rows.last().end = tag.end;
        }
    }
    closeCell(last < tags.size() ? tags[last].begin : html.size());
    rows.removeIf([](const RawRow &row) { return row.cells.isEmpty(); });
    const qsizetype widest = std::accumulate(rows.cbegin(), rows.cend(), qsizetype(0),
        [](qsizetype w, const RawRow &row) { return std::max(w, row.cells.size()); });
    if (rows.size() < 2 || widest < 2)
        return std::nullopt;

    Table table;
    table.begin = tags[first].begin;
    table.end = last < tags.size() ? tags[last].end : html.size();
    QList<PendingCell> pending;
    for (const RawRow &raw : std::as_const(rows)) {
        Row row {raw.begin, raw.end, raw.inHead, {}};
        bool allHeaders = true;
        int column = 0;
        auto fillSpans = [&] {
            while (column < pending.size() && pending[column].rows > 0) {
                row.cells.append(pending[column].cell);
                --pending[column].rows;
                ++column;
            }
        };
        for (const RawCell &c : raw.cells) {
            fillSpans();
            Cell cell;
            cell.text = cellText(html, tags, c.tag + 1, c.begin, c.end);
            // Markdown in a cell ("- item", "## Heading" on lines of their own) is a page's layout.
            for (QStringView line : QStringView(cell.text).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))
                    || line.startsWith(QLatin1Char('#')))
                    return std::nullopt;
            }
            qsizetype b = c.begin, e = c.end;
            while (b < e && isSpace(html[b]))
                ++b;
            while (e > b && isSpace(html[e - 1]))
                --e;
            const QByteArray utf8 = cell.text.toUtf8();
            if (!utf8.contains('\n')) {
                const qsizetype found = html.sliced(b, e - b).indexOf(utf8);
                if (!utf8.isEmpty() && found >= 0) {
                    cell.begin = b + found;
                    cell.end = cell.begin + utf8.size();
                }
            }
            allHeaders = allHeaders && c.header;
            if (pending.size() <= column)
                pending.resize(column + 1);
            pending[column] = {cell, c.rowSpan - 1};
            row.cells.append(std::move(cell));
            ++column;
            for (int extra = 1; extra < c.colSpan; ++extra, ++column)
                row.cells.append(Cell {});
        }
        fillSpans();
        row.header = row.header || allHeaders;
        table.rows.append(std::move(row));
    }
    return table;
}

} // namespace

bool tagAt(QByteArrayView text, qsizetype at, Tag *tag)
{
    if (at + 2 >= text.size() || text[at] != '<')
        return false;
    const QByteArrayView rest = text.sliced(at + 1);
    if (rest.startsWith("!--")) {
        const qsizetype close = text.indexOf("-->", at + 4);
        *tag = {at, close >= 0 ? close + 3 : text.size(), "!--", false, TagKind::Inline, 0};
        return true;
    }
    qsizetype i = at + 1;
    bool closing = false;
    if (text[i] == '!' || text[i] == '?') {
        const qsizetype close = text.indexOf('>', i);
        if (close < 0 || close - at > MaxTagLength)
            return false;
        *tag = {at, close + 1, "!", false, TagKind::Inline, 0};
        return true;
    }
    if (text[i] == '/') {
        closing = true;
        ++i;
    }
    if (i >= text.size() || !isAsciiLetter(text[i]))
        return false;
    const qsizetype nameBegin = i;
    while (i < text.size() && (isAsciiLetter(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '-'))
        ++i;
    if (i >= text.size() || !(isSpace(text[i]) || text[i] == '/' || text[i] == '>'))
        return false;
    const QByteArray name = text.sliced(nameBegin, i - nameBegin).toByteArray().toLower();
    char quote = 0;
    for (; i < text.size() && i - at <= MaxTagLength; ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            int level = 0;
            const TagKind kind = kindOf(name, &level);
            *tag = {at, i + 1, name, closing, kind, level};
            return true;
        }
    }
    return false;
}

TagKind inlineTagKind(QByteArrayView literal)
{
    // "<br>", "<br/>", "<br />": most inline tags in CVs, told without a look-up.
    if (literal.size() >= 4 && (literal[1] == 'b' || literal[1] == 'B') && (literal[2] == 'r' || literal[2] == 'R')
        && (literal[3] == '>' || literal[3] == '/' || literal[3] == ' '))
        return TagKind::Block;
    Tag tag;
    if (!tagAt(literal, 0, &tag))
        return TagKind::Inline;
    return tag.kind;
}

QByteArray attribute(QByteArrayView tag, QByteArrayView name)
{
    // After the element's name: name="value", name='value' or name=value.
    qsizetype i = 1;
    while (i < tag.size() && !isSpace(tag[i]) && tag[i] != '>' && tag[i] != '/')
        ++i;
    while (i < tag.size()) {
        while (i < tag.size() && (isSpace(tag[i]) || tag[i] == '/'))
            ++i;
        const qsizetype nameBegin = i;
        while (i < tag.size() && !isSpace(tag[i]) && tag[i] != '=' && tag[i] != '>' && tag[i] != '/')
            ++i;
        const QByteArrayView found = tag.sliced(nameBegin, i - nameBegin);
        if (found.isEmpty())
            return {};
        QByteArrayView value;
        if (i < tag.size() && tag[i] == '=') {
            ++i;
            if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
                const char quote = tag[i++];
                const qsizetype close = tag.indexOf(quote, i);
                const qsizetype end = close >= 0 ? close : tag.size();
                value = tag.sliced(i, end - i);
                i = end + 1;
            } else {
                const qsizetype valueBegin = i;
                while (i < tag.size() && !isSpace(tag[i]) && tag[i] != '>')
                    ++i;
                value = tag.sliced(valueBegin, i - valueBegin);
            }
        }
        if (found.compare(name, Qt::CaseInsensitive) == 0)
            return value.isEmpty() ? QByteArray(" ") : value.toByteArray(); // present, even when empty
    }
    return {};
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QChar> named {
        {QStringLiteral("amp"), QLatin1Char('&')}, {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')}, {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("apos"), QLatin1Char('\'')}, {QStringLiteral("nbsp"), QLatin1Char(' ')},
        {QStringLiteral("ndash"), QChar(0x2013)}, {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("middot"), QChar(0x00B7)}, {QStringLiteral("bull"), QChar(0x2022)},
        {QStringLiteral("copy"), QChar(0x00A9)}, {QStringLiteral("hellip"), QChar(0x2026)}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semicolon = text.at(i) == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semicolon > i + 1 && semicolon - i <= 10) {
            const QStringView name = QStringView(text).sliced(i + 1, semicolon - i - 1);
            bool ok = false;
            uint code = 0;
            if (name.startsWith(QLatin1Char('#')))
                code = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))
                    ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = semicolon;
                continue;
            }
            const auto it = named.constFind(name.toString());
            if (it != named.cend()) {
                out += *it;
                i = semicolon;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

Block readBlock(QByteArrayView html)
{
    Block block;
    block.markdown = html.toByteArray();
    const QList<Tag> tags = tagsOf(html);
    for (qsizetype k = 0; k < tags.size(); ++k) {
        const Tag &tag = tags[k];
        if (tag.name == "table" && !tag.closing) {
            // The table's own end tag, past the tables inside it.
            qsizetype last = k + 1;
            for (int depth = 1; last < tags.size(); ++last) {
                if (tags[last].name == "table")
                    depth += tags[last].closing ? -1 : 1;
                if (depth == 0)
                    break;
            }
            if (std::optional<Table> table = readTable(html, tags, k, last)) {
                blank(block.markdown, table->begin, table->end);
                block.tables.append(std::move(*table));
                k = last;
                continue;
            }
        }
        blank(block.markdown, tag.begin, tag.end);
        if (tag.kind == TagKind::Inline || tag.kind == TagKind::Hidden)
            continue;
        // A line ends with the tag; a list item's or a heading's mark starts the next.
        const qsizetype length = tag.end - tag.begin;
        if (!tag.closing && tag.kind == TagKind::ListItem && length >= 4) {
            block.markdown.replace(tag.end - 3, 3, "\n- ");
        } else if (!tag.closing && tag.kind == TagKind::Heading && length >= 4) {
            block.markdown.replace(tag.end - 3, 3, "\n# ");
            block.headings.append({tag.end - 2, tag.headingLevel});
        } else {
            block.markdown[tag.end - 1] = '\n';
        }
    }
    return block;
}

} // namespace Shortlist::Html
