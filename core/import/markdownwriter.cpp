#include "import/markdownwriter.h"

#include "import/markdownline.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Shortlist::Import {

namespace {

// The heading ranks a document uses, mapped in order onto levels 1 to 6: a document with a
// title and Heading 1 and 2 gets `#`, `##`, `###`; one with only Heading 2 and 3 gets `#`, `##`.
void collectRanks(const Blocks &blocks, QMap<int, int> &levels)
{
    for (const Block &block : blocks) {
        if (block.paragraph.headingRank > 0)
            levels.insert(block.paragraph.headingRank, 0);
        for (const TableRow &row : block.rows) {
            for (const TableCell &cell : row)
                collectRanks(cell.blocks, levels);
        }
    }
}

bool hasText(const QList<FormattedLine> &lines)
{
    return std::any_of(lines.begin(), lines.end(), [](const FormattedLine &line) { return !line.isEmpty(); });
}

// The non-empty lines of a cell that holds only plain paragraphs; empty when it holds a
// heading, a list or a table.
bool plainCellLines(const TableCell &cell, QList<FormattedLine> &lines)
{
    for (const Block &block : cell.blocks) {
        if (block.isTable() || block.paragraph.headingRank > 0 || block.paragraph.list != ListKind::None)
            return false;
        for (FormattedLine &line : paragraphLines(block.paragraph)) {
            if (!line.isEmpty())
                lines.append(std::move(line));
        }
    }
    return true;
}

QString plainText(const Paragraph &paragraph)
{
    QString text;
    for (const Span &span : paragraph.spans)
        text += span.text;
    return cleanText(text).trimmed();
}

bool isShortLine(const Paragraph &paragraph, const QString &text)
{
    return text.size() <= 60 && !text.contains(u'\n') && !text.contains(u'\t') && paragraph.list == ListKind::None;
}

// A rule under a short line underlines a heading, as a setext heading does in markdown: a
// rule typed as a paragraph of its own ("Experience" over "________"), or a border Word or
// LibreOffice draws under the paragraph. The line becomes a heading of the first level
// below the title and a typed rule is dropped. Paragraphs that share a border are a framed
// box (contact details), not headings: a border counts only when its neighbours have none.
void markUnderlinedHeadings(Blocks &blocks)
{
    std::vector<Paragraph *> paragraphs; // the non-empty ones, in order; nullptr for a table
    for (Block &block : blocks) {
        if (block.isTable()) {
            for (TableRow &row : block.rows) {
                for (TableCell &cell : row)
                    markUnderlinedHeadings(cell.blocks);
            }
            paragraphs.push_back(nullptr);
        } else if (!plainText(block.paragraph).isEmpty()) {
            paragraphs.push_back(&block.paragraph);
        }
    }
    const auto bordered = [&](std::size_t i) { return i < paragraphs.size() && paragraphs[i] && paragraphs[i]->ruleBelow; };
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        Paragraph *paragraph = paragraphs[i];
        if (!paragraph || paragraph->headingRank > 0)
            continue;
        const QString text = plainText(*paragraph);
        if (!isShortLine(*paragraph, text))
            continue;
        if (paragraph->ruleBelow && !(i > 0 && bordered(i - 1)) && !bordered(i + 1)) {
            paragraph->headingRank = 2;
        } else if (i + 1 < paragraphs.size() && paragraphs[i + 1] && isTypedRule(plainText(*paragraphs[i + 1]))
                   && !isTypedRule(text)) {
            paragraph->headingRank = 2;
            paragraphs[i + 1]->spans.clear();
        }
    }
}

class Writer
{
public:
    explicit Writer(const Blocks &blocks)
    {
        QMap<int, int> levels;
        collectRanks(blocks, levels);
        int level = 0;
        for (auto it = levels.begin(); it != levels.end(); ++it)
            it.value() = std::min(++level, 6);
        m_levels = levels;
    }

    void write(const Blocks &blocks)
    {
        for (const Block &block : blocks) {
            if (block.isTable())
                writeTable(block.rows);
            else
                writeParagraph(block.paragraph);
        }
    }

    QString result() const { return m_out.isEmpty() ? m_out : m_out + u'\n'; }

private:
    void startBlock(bool listItem)
    {
        // List items follow one another; everything else stands apart by a blank line.
        if (m_out.isEmpty())
            return;
        m_out += listItem && m_inList ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }

    void endList()
    {
        m_inList = false;
        m_markerWidths.clear();
        m_counters.clear();
    }

    void writeParagraph(const Paragraph &paragraph)
    {
        QList<FormattedLine> lines = paragraphLines(paragraph);
        if (!hasText(lines))
            return;
        if (paragraph.headingRank > 0)
            return writeHeading(paragraph.headingRank, lines);
        // A bullet typed at the start makes a list item; one typed inside a list item that
        // Word already bullets would be a second bullet.
        ListKind list = paragraph.list;
        if (takeTypedBullet(lines.first()) && list == ListKind::None)
            list = ListKind::Bullet;
        if (list != ListKind::None)
            return writeListItem(list, paragraph.listLevel, lines);
        endList();
        if (lines.size() == 1 && isTypedRule(lines.first().text)) {
            startBlock(false);
            m_out += QStringLiteral("---");
            return;
        }
        startBlock(false);
        QStringList rendered;
        for (const FormattedLine &line : std::as_const(lines)) {
            if (!line.isEmpty())
                rendered.append(renderLine(line, true));
        }
        m_out += rendered.join(u'\n');
    }

    void writeHeading(int rank, const QList<FormattedLine> &lines)
    {
        endList();
        QStringList parts;
        for (const FormattedLine &line : lines) {
            if (!line.isEmpty())
                parts.append(renderLine(line, false));
        }
        startBlock(false);
        m_out += QString(m_levels.value(rank, 1), u'#') + u' ' + parts.join(u' ');
    }

    void writeListItem(ListKind kind, int level, const QList<FormattedLine> &lines)
    {
        // A level deeper than one below the open ones is read as the next level down.
        level = std::clamp(level, 0, int(m_markerWidths.size()));
        m_markerWidths.resize(level + 1);
        m_counters.resize(level + 1);
        const int count = ++m_counters[level];
        const QString marker = kind == ListKind::Bullet ? QStringLiteral("- ") : QString::number(count) + u". ";
        m_markerWidths[level] = int(marker.size());
        int indent = 0;
        for (int i = 0; i < level; ++i)
            indent += m_markerWidths[i];
        startBlock(true);
        m_inList = true;
        bool first = true;
        for (const FormattedLine &line : lines) {
            if (line.isEmpty())
                continue;
            if (!first)
                m_out += u'\n';
            m_out += QString(first ? indent : indent + marker.size(), u' ');
            if (first)
                m_out += marker;
            m_out += renderLine(line, true);
            first = false;
        }
    }

    void writeTable(const std::vector<TableRow> &rows)
    {
        endList();
        if (isDataTable(rows))
            writeDataTable(rows);
        else
            writeLayoutTable(rows);
        endList();
    }

    // A table of data names its columns in its first row: every cell there holds a short
    // text without digits, and every cell of every row holds at most one line. With two
    // columns that is also what a form of labels and values looks like ("Name | Mira
    // Okonkwo"), so there the first row must also stand out in bold. Such a table becomes a
    // GFM table, which the parser reads by its column names. Anything else (a CV laid out in
    // a table: a date or label column beside the entries, a sidebar beside the main text,
    // cells holding whole sections) only places text on the page, and its cells are written
    // as paragraphs in reading order, row by row and left to right.
    static bool isDataTable(const std::vector<TableRow> &rows)
    {
        if (rows.size() < 2 || rows.front().size() < 2)
            return false;
        for (const TableRow &row : rows) {
            if (row.size() != rows.front().size())
                return false;
            for (const TableCell &cell : row) {
                QList<FormattedLine> lines;
                if (!plainCellLines(cell, lines) || lines.size() > 1)
                    return false;
            }
        }
        bool allBold = true;
        for (const TableCell &cell : rows.front()) {
            QList<FormattedLine> lines;
            plainCellLines(cell, lines);
            if (lines.size() != 1 || lines.first().text.size() > 40
                || std::any_of(lines.first().text.begin(), lines.first().text.end(), [](QChar c) { return c.isDigit(); }))
                return false;
            allBold = allBold && std::all_of(lines.first().looks.begin(), lines.first().looks.end(), [](const Look &look) { return look.bold; });
        }
        return rows.front().size() > 2 || allBold;
    }

    void writeDataTable(const std::vector<TableRow> &rows)
    {
        startBlock(false);
        bool header = true;
        for (const TableRow &row : rows) {
            QStringList cells;
            for (const TableCell &cell : row) {
                QList<FormattedLine> lines;
                plainCellLines(cell, lines);
                cells.append(lines.isEmpty() ? QString() : renderLine(lines.first(), true, true));
            }
            m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            if (header)
                m_out += QStringLiteral("|") + QStringLiteral(" --- |").repeated(row.size()) + u'\n';
            header = false;
        }
        m_out.chop(1);
    }

    // A row whose filled cells each hold one line ("2019 – 2021 | Engineer, Acme", "E-mail |
    // jo@example.org") is one line, as a person would type it; other rows give their cells'
    // blocks one after the other.
    void writeLayoutTable(const std::vector<TableRow> &rows)
    {
        for (const TableRow &row : rows) {
            QStringList parts;
            bool oneLine = true;
            for (const TableCell &cell : row) {
                QList<FormattedLine> lines;
                if (!plainCellLines(cell, lines) || lines.size() > 1) {
                    oneLine = false;
                    break;
                }
                if (!lines.isEmpty())
                    parts.append(renderLine(lines.first(), true));
            }
            if (oneLine && parts.size() > 1) {
                endList();
                startBlock(false);
                m_out += parts.join(tabSeparator);
                continue;
            }
            if (!writeDatedRow(row)) {
                for (const TableCell &cell : row)
                    write(cell.blocks);
            }
        }
    }

    // A date column beside the entries keeps each date with its entry: where one of a row's
    // two filled cells is a single short line with a digit ("2016 – 2019") and the other
    // starts with a plain paragraph, the two go on one line in reading order ("2016 – 2019 |
    // Analyst, Initech"), as a person types a dated title, and the rest of the entry follows.
    bool writeDatedRow(const TableRow &row)
    {
        std::vector<const TableCell *> filled;
        for (const TableCell &cell : row) {
            if (std::any_of(cell.blocks.begin(), cell.blocks.end(), [](const Block &b) { return !blockIsEmpty(b); }))
                filled.push_back(&cell);
        }
        if (filled.size() != 2)
            return false;
        for (int side = 0; side < 2; ++side) {
            const Paragraph *date = singleDateLine(*filled[side]);
            const TableCell &entry = *filled[1 - side];
            const auto first = std::find_if(entry.blocks.begin(), entry.blocks.end(), [](const Block &b) { return !blockIsEmpty(b); });
            if (!date || first == entry.blocks.end() || first->isTable() || first->paragraph.headingRank > 0
                || first->paragraph.list != ListKind::None
                || std::any_of(first->paragraph.spans.begin(), first->paragraph.spans.end(),
                               [](const Span &span) { return span.text.contains(u'\n'); }))
                continue;
            Paragraph joined;
            const Paragraph &left = side == 0 ? *date : first->paragraph;
            const Paragraph &right = side == 0 ? first->paragraph : *date;
            joined.spans = left.spans;
            joined.spans.append(Span{QStringLiteral("\t"), false, false, QString()});
            joined.spans += right.spans;
            Blocks entryBlocks{paragraphBlock(joined)};
            entryBlocks.insert(entryBlocks.end(), first + 1, entry.blocks.end());
            write(entryBlocks);
            return true;
        }
        return false;
    }

    static bool blockIsEmpty(const Block &block)
    {
        return !block.isTable() && plainText(block.paragraph).isEmpty();
    }

    // The one paragraph of a cell when it is a short line holding a digit.
    static const Paragraph *singleDateLine(const TableCell &cell)
    {
        const Paragraph *found = nullptr;
        for (const Block &block : cell.blocks) {
            if (blockIsEmpty(block))
                continue;
            if (found || block.isTable() || block.paragraph.headingRank > 0 || block.paragraph.list != ListKind::None)
                return nullptr;
            found = &block.paragraph;
        }
        if (!found)
            return nullptr;
        const QString text = plainText(*found);
        const bool short_ = text.size() <= 40 && !text.contains(u'\n');
        return short_ && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) ? found : nullptr;
    }

    QMap<int, int> m_levels;
    QString m_out;
    bool m_inList = false;
    std::vector<int> m_markerWidths; // of the last item at each level of the open list
    std::vector<int> m_counters;
};

// The plain text of a block, to recognise a header paragraph that the body or another header
// already has.
QString blockKey(const Block &block)
{
    QString text = plainText(block.paragraph);
    for (const TableRow &row : block.rows) {
        for (const TableCell &cell : row) {
            for (const Block &inner : cell.blocks)
                text += u' ' + blockKey(inner);
        }
    }
    return text.simplified();
}

bool isPageNumber(const QString &text)
{
    QString rest = text;
    rest.remove(QStringLiteral("page"), Qt::CaseInsensitive).remove(QStringLiteral("of"), Qt::CaseInsensitive);
    return std::all_of(rest.begin(), rest.end(), [](QChar c) { return !c.isLetter(); });
}

} // namespace

QString pageToMarkdown(Blocks headers, Blocks body, Blocks footers)
{
    QSet<QString> seen;
    for (const Block &block : body)
        seen.insert(blockKey(block));
    Blocks all;
    const auto addNew = [&](Blocks &blocks, bool footer) {
        for (Block &block : blocks) {
            const QString key = blockKey(block);
            if (key.isEmpty() || seen.contains(key) || (footer && isPageNumber(key)))
                continue;
            seen.insert(key);
            all.push_back(std::move(block));
        }
    };
    addNew(headers, false);
    std::move(body.begin(), body.end(), std::back_inserter(all));
    addNew(footers, true);
    return toMarkdown(std::move(all));
}

QString toMarkdown(Blocks blocks)
{
    markUnderlinedHeadings(blocks);
    Writer writer(blocks);
    writer.write(blocks);
    return writer.result();
}

} // namespace Shortlist::Import
